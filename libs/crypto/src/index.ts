export { ContentCipher, CURRENT_KEY_ID } from './content-cipher';
export { CryptoModule } from './crypto.module';
export { ContentDecryptionError } from './sealed-field';
export type { SealContext } from './sealed-field';
export { FieldCipher, FieldDecryptionError } from './field-cipher';
