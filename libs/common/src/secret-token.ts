import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random bearer secret for a link or a one-time code: 32 bytes, URL-safe. */
export const newSecretToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** What is stored of a secret token: its SHA-256 (the token itself is only ever in the mail or the reply). */
export const hashSecretToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Constant-time comparison of two hex hashes of the same length. */
export const sameHash = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
