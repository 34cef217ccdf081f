import { Secret, TOTP } from 'otpauth';
import { newTotpSecret, totpStep, totpUri } from './totp';

describe('totp', () => {
  const secret = newTotpSecret();
  const codeAt = (timestamp: number) =>
    new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
      timestamp,
    });
  const now = 1_800_000_015_000; // mid-step

  it('accepts the current code and one step of drift either side, with the code’s own step', () => {
    const step = Math.floor(now / 30_000);
    expect(totpStep(secret, codeAt(now), now)).toBe(step);
    expect(totpStep(secret, codeAt(now - 30_000), now)).toBe(step - 1);
    expect(totpStep(secret, codeAt(now + 30_000), now)).toBe(step + 1);
  });

  it('refuses codes further off, and anything that is not six digits', () => {
    expect(totpStep(secret, codeAt(now - 90_000), now)).toBeNull();
    expect(totpStep(secret, '12345', now)).toBeNull();
    expect(totpStep(secret, 'abcdef', now)).toBeNull();
  });

  it('makes an otpauth URI an app can read', () => {
    expect(totpUri(secret, 'a@b.dk')).toMatch(
      /^otpauth:\/\/totp\/Sparringsportalen:a%40b\.dk\?issuer=Sparringsportalen&secret=/,
    );
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  });
});
