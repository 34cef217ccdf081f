import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = 1;

/** The key id of CASE_SUMMARY_KEY. A rotation adds a key under a new id and makes it current. */
export const CURRENT_KEY_ID = 'k1';

export class CaseSummaryDecryptionError extends Error {
  constructor(keyId: string) {
    // Never the content: only which key failed.
    super(`Case summary content could not be decrypted with key "${keyId}" (wrong key or tampered data)`);
    this.name = 'CaseSummaryDecryptionError';
  }
}

/**
 * AES-256-GCM per field: `version(1) | iv(12) | tag(16) | ciphertext`, a fresh random IV each time,
 * the booking id and field name as additional data (a ciphertext cannot be moved to another row or
 * field). Decrypting with the wrong key throws; it never returns garbage.
 */
@Injectable()
export class CaseSummaryCipher {
  private readonly keys: ReadonlyMap<string, Buffer>;
  /** New content is encrypted with this key; older ids stay readable while they are in the keyring. */
  readonly currentKeyId: string = CURRENT_KEY_ID;

  constructor(config: AppConfig) {
    this.keys = new Map([[CURRENT_KEY_ID, config.caseSummaryKey]]);
  }

  /** A cipher on an explicit keyring (tests, a future rotation). */
  static withKeyring(keys: Record<string, Buffer>, currentKeyId: string): CaseSummaryCipher {
    const cipher = Object.create(CaseSummaryCipher.prototype) as CaseSummaryCipher;
    for (const [id, key] of Object.entries(keys))
      if (key.length !== 32) throw new Error(`Case summary key "${id}" must be 32 bytes`);
    if (!(currentKeyId in keys)) throw new Error(`No case summary key "${currentKeyId}"`);
    Object.assign(cipher, { keys: new Map(Object.entries(keys)), currentKeyId });
    return cipher;
  }

  encrypt(plain: Buffer, context: { bookingId: string; field: string }): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key(this.currentKeyId), iv);
    cipher.setAAD(aad(context));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  decrypt(sealed: Buffer, keyId: string, context: { bookingId: string; field: string }): Buffer {
    if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION)
      throw new CaseSummaryDecryptionError(keyId);
    const iv = sealed.subarray(1, 1 + IV_BYTES);
    const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv(ALGORITHM, this.key(keyId), iv);
    decipher.setAAD(aad(context));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    } catch {
      throw new CaseSummaryDecryptionError(keyId);
    }
  }

  private key(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`Case summary key "${keyId}" is not in the keyring`);
    return key;
  }
}

const aad = (context: { bookingId: string; field: string }) =>
  Buffer.from(`case-summary:${context.bookingId}:${context.field}`, 'utf8');
