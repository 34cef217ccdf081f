import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = 1;

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
 * AES-256-GCM per field: `version(1) | iv(12) | tag(16) | ciphertext`, a fresh random IV each time.
 * Plain functions without framework imports, so a migration can use them too (the data step that
 * encrypts booking questions written before they were encrypted).
 */
export function sealField(key: Buffer, plain: Buffer, context: SealContext): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(aad(context));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

export function openField(key: Buffer, keyId: string, sealed: Buffer, context: SealContext): Buffer {
  if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION)
    throw new ContentDecryptionError(keyId);
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv(ALGORITHM, key, iv);
  decipher.setAAD(aad(context));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new ContentDecryptionError(keyId);
  }
}

// The label predates the booking question's encryption; kept so existing ciphertexts stay readable.
const aad = (context: SealContext) =>
  Buffer.from(`case-summary:${context.bookingId}:${context.field}`, 'utf8');
