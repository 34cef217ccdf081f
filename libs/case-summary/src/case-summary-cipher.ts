import { Injectable } from '@nestjs/common';
import { FieldCipher, FieldDecryptionError } from '@app/common';
import { AppConfig } from '@app/config';

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
 * AES-256-GCM per field (the shared FieldCipher), with the booking id and field name as additional
 * data, so a ciphertext cannot be moved to another row or field. Decrypting with the wrong key throws;
 * it never returns garbage.
 */
@Injectable()
export class CaseSummaryCipher {
  private readonly cipher: FieldCipher;

  constructor(config: AppConfig) {
    this.cipher = FieldCipher.withKeyring({ [CURRENT_KEY_ID]: config.caseSummaryKey }, CURRENT_KEY_ID);
  }

  /** New content is encrypted with this key; older ids stay readable while they are in the keyring. */
  get currentKeyId(): string {
    return this.cipher.currentKeyId;
  }

  /** A cipher on an explicit keyring (tests, a future rotation). */
  static withKeyring(keys: Record<string, Buffer>, currentKeyId: string): CaseSummaryCipher {
    const cipher = Object.create(CaseSummaryCipher.prototype) as CaseSummaryCipher;
    Object.assign(cipher, { cipher: FieldCipher.withKeyring(keys, currentKeyId) });
    return cipher;
  }

  encrypt(plain: Buffer, context: { bookingId: string; field: string }): Buffer {
    return this.cipher.encrypt(plain, aad(context));
  }

  decrypt(sealed: Buffer, keyId: string, context: { bookingId: string; field: string }): Buffer {
    try {
      return this.cipher.decrypt(sealed, keyId, aad(context));
    } catch (error) {
      if (error instanceof FieldDecryptionError) throw new CaseSummaryDecryptionError(keyId);
      throw error;
    }
  }
}

const aad = (context: { bookingId: string; field: string }) =>
  `case-summary:${context.bookingId}:${context.field}`;
