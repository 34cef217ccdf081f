import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { ContentDecryptionError, openField, SealContext, sealField } from './sealed-field';

/** The key id of CASE_SUMMARY_KEY. A rotation adds a key under a new id and makes it current. */
export const CURRENT_KEY_ID = 'k1';

/**
 * Encryption at rest of case content — case summaries and booking questions — with AES-256-GCM per
 * field, the booking id and field name as additional data (a ciphertext cannot be moved to another
 * row or field). Decrypting with the wrong key throws; it never returns garbage.
 */
@Injectable()
export class ContentCipher {
  private readonly keys: ReadonlyMap<string, Buffer>;
  /** New content is encrypted with this key; older ids stay readable while they are in the keyring. */
  readonly currentKeyId: string = CURRENT_KEY_ID;

  constructor(config: AppConfig) {
    this.keys = new Map([[CURRENT_KEY_ID, config.caseSummaryKey]]);
  }

  /** A cipher on an explicit keyring (tests, a future rotation). */
  static withKeyring(keys: Record<string, Buffer>, currentKeyId: string): ContentCipher {
    const cipher = Object.create(ContentCipher.prototype) as ContentCipher;
    for (const [id, key] of Object.entries(keys))
      if (key.length !== 32) throw new Error(`Case summary key "${id}" must be 32 bytes`);
    if (!(currentKeyId in keys)) throw new Error(`No case summary key "${currentKeyId}"`);
    Object.assign(cipher, { keys: new Map(Object.entries(keys)), currentKeyId });
    return cipher;
  }

  encrypt(plain: Buffer, context: SealContext): Buffer {
    return sealField(this.key(this.currentKeyId), plain, context);
  }

  decrypt(sealed: Buffer, keyId: string, context: SealContext): Buffer {
    return openField(this.key(keyId), keyId, sealed, context);
  }

  encryptText(plain: string, context: SealContext): Buffer {
    return this.encrypt(Buffer.from(plain, 'utf8'), context);
  }

  decryptText(sealed: Buffer, keyId: string, context: SealContext): string {
    return this.decrypt(sealed, keyId, context).toString('utf8');
  }

  private key(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`Case summary key "${keyId}" is not in the keyring`);
    return key;
  }
}

export { ContentDecryptionError };
