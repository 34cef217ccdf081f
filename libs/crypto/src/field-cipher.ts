import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = 1;

/** Decryption failed: wrong key, another row/field, or tampered bytes. Never carries the content. */
export class FieldDecryptionError extends Error {
  constructor(readonly keyId: string) {
    super(`Content could not be decrypted with key "${keyId}" (wrong key or tampered data)`);
    this.name = 'FieldDecryptionError';
  }
}

/**
 * AES-256-GCM per field on a keyring: `version(1) | iv(12) | tag(16) | ciphertext`, a fresh random IV
 * each time, and caller-chosen additional data naming the row and field (a ciphertext cannot be moved
 * to another row or field). Decrypting with the wrong key throws; it never returns garbage. Shared by
 * the case summaries and the TOTP secrets.
 */
export class FieldCipher {
  private constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    /** New content is encrypted with this key; older ids stay readable while they are in the keyring. */
    readonly currentKeyId: string,
  ) {}

  static withKeyring(keys: Record<string, Buffer>, currentKeyId: string): FieldCipher {
    for (const [id, key] of Object.entries(keys))
      if (key.length !== 32) throw new Error(`Key "${id}" must be 32 bytes`);
    if (!(currentKeyId in keys)) throw new Error(`No key "${currentKeyId}"`);
    return new FieldCipher(new Map(Object.entries(keys)), currentKeyId);
  }

  /**
   * A keyring of sub-keys derived with HKDF-SHA256 for one purpose, so one configured master key can
   * protect several kinds of data without ever using the same AES key for two of them.
   */
  derive(purpose: string): FieldCipher {
    const derived: Record<string, Buffer> = {};
    for (const [id, key] of this.keys)
      derived[id] = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), purpose, 32));
    return FieldCipher.withKeyring(derived, this.currentKeyId);
  }

  encrypt(plain: Buffer, aad: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key(this.currentKeyId), iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  decrypt(sealed: Buffer, keyId: string, aad: string): Buffer {
    if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION)
      throw new FieldDecryptionError(keyId);
    const iv = sealed.subarray(1, 1 + IV_BYTES);
    const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv(ALGORITHM, this.key(keyId), iv);
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    } catch {
      throw new FieldDecryptionError(keyId);
    }
  }

  private key(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`Key "${keyId}" is not in the keyring`);
    return key;
  }
}
