import { randomBytes } from 'node:crypto';
import { FieldCipher, FieldDecryptionError } from './field-cipher';

describe('FieldCipher', () => {
  const sut = FieldCipher.withKeyring({ k1: randomBytes(32) }, 'k1');
  const plain = Buffer.from('JBSWY3DPEHPK3PXP', 'utf8');

  it('round-trips with a fresh IV and refuses other additional data', () => {
    const sealed = sut.encrypt(plain, 'user-mfa:a:totp-secret');
    expect(sealed.equals(sut.encrypt(plain, 'user-mfa:a:totp-secret'))).toBe(false);
    expect(sut.decrypt(sealed, 'k1', 'user-mfa:a:totp-secret').equals(plain)).toBe(true);
    expect(() => sut.decrypt(sealed, 'k1', 'user-mfa:b:totp-secret')).toThrow(FieldDecryptionError);
  });

  it('derives separate keys per purpose from one master key', () => {
    const totp = sut.derive('sparringsportalen/totp-secret');
    const other = sut.derive('something-else');
    const sealed = totp.encrypt(plain, 'x');
    expect(totp.decrypt(sealed, 'k1', 'x').equals(plain)).toBe(true);
    expect(() => other.decrypt(sealed, 'k1', 'x')).toThrow(FieldDecryptionError);
    expect(() => sut.decrypt(sealed, 'k1', 'x')).toThrow(FieldDecryptionError);
  });
});
