import { randomBytes } from 'node:crypto';
import {
  ContentCipher as CaseSummaryCipher,
  ContentDecryptionError as CaseSummaryDecryptionError,
} from './content-cipher';

describe('ContentCipher', () => {
  const key = randomBytes(32);
  const sut = CaseSummaryCipher.withKeyring({ k1: key }, 'k1');
  const context = { bookingId: '5f1c0d5e-0000-4000-8000-000000000001', field: 'text' };
  const plain = Buffer.from('Uro i skolen, SDQ 19', 'utf8');

  it('round-trips, with a fresh IV every time and no plain text in the output', () => {
    const a = sut.encrypt(plain, context);
    const b = sut.encrypt(plain, context);
    expect(a.equals(b)).toBe(false);
    expect(a.includes(plain)).toBe(false);
    expect(sut.decrypt(a, 'k1', context).equals(plain)).toBe(true);
  });

  it('fails loudly with a wrong key, another row or field, or tampered bytes', () => {
    const sealed = sut.encrypt(plain, context);
    const wrong = CaseSummaryCipher.withKeyring({ k1: randomBytes(32) }, 'k1');
    expect(() => wrong.decrypt(sealed, 'k1', context)).toThrow(CaseSummaryDecryptionError);
    expect(() => sut.decrypt(sealed, 'k1', { ...context, field: 'file' })).toThrow(
      CaseSummaryDecryptionError,
    );
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => sut.decrypt(tampered, 'k1', context)).toThrow(CaseSummaryDecryptionError);
  });

  it('reads old keys after a rotation and writes with the current one', () => {
    const old = sut.encrypt(plain, context);
    const rotated = CaseSummaryCipher.withKeyring({ k1: key, k2: randomBytes(32) }, 'k2');
    expect(rotated.currentKeyId).toBe('k2');
    expect(rotated.decrypt(old, 'k1', context).equals(plain)).toBe(true);
    expect(() => rotated.decrypt(rotated.encrypt(plain, context), 'k1', context)).toThrow(
      CaseSummaryDecryptionError,
    );
    expect(() => rotated.decrypt(old, 'k9', context)).toThrow(/not in the keyring/);
  });
});
