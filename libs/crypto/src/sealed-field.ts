import { FieldCipher, FieldDecryptionError } from './field-cipher';

/** Which row and field a ciphertext belongs to: bound in as additional data, so it cannot be moved. */
export interface SealContext {
  bookingId: string;
  field: string;
}

/**
 * Thrown when content cannot be decrypted (wrong key, another row or field, tampered bytes). Never
 * carries the content: only which key failed.
 */
export class ContentDecryptionError extends Error {
  constructor(keyId: string) {
    super(`Case content could not be decrypted with key "${keyId}" (wrong key or tampered data)`);
    this.name = 'CaseSummaryDecryptionError';
  }
}

/**
 * Case content sealed with the shared FieldCipher under one key. Plain functions without framework
 * imports, so a migration can use them too (the data step that encrypts booking questions written
 * before they were encrypted).
 */
export function sealField(key: Buffer, plain: Buffer, context: SealContext): Buffer {
  return FieldCipher.withKeyring({ key }, 'key').encrypt(plain, aad(context));
}

export function openField(key: Buffer, keyId: string, sealed: Buffer, context: SealContext): Buffer {
  try {
    return FieldCipher.withKeyring({ [keyId]: key }, keyId).decrypt(sealed, keyId, aad(context));
  } catch (error) {
    if (error instanceof FieldDecryptionError) throw new ContentDecryptionError(keyId);
    throw error;
  }
}

// The label predates the booking question's encryption; kept so existing ciphertexts stay readable.
const aad = (context: SealContext) => `case-summary:${context.bookingId}:${context.field}`;
