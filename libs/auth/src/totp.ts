import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Sparringsportalen';
const PERIOD_S = 30;
/** Codes of the step before and after are accepted too (clock drift of the phone). */
const WINDOW = 1;

/** A fresh random TOTP secret (160 bits, RFC 4226's recommendation), base32 as authenticator apps show it. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

const totpOf = (secret: string, label = '') =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_S,
    secret: Secret.fromBase32(secret),
  });

/** The `otpauth://` URI an authenticator app reads from the QR code. */
export const totpUri = (secret: string, accountName: string): string =>
  totpOf(secret, accountName).toString();

/**
 * The time step a code is valid for (within the drift window), or null for a wrong code. The caller
 * refuses steps at or before the last accepted one, so a code cannot be replayed.
 */
export function totpStep(secret: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(secret).validate({ token: code, timestamp: now, window: WINDOW });
  return delta === null ? null : TOTP.counter({ period: PERIOD_S, timestamp: now }) + delta;
}
