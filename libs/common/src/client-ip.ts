import { isIP } from 'node:net';

/** Longest textual IP address (IPv4-mapped IPv6); anything longer is not an address. */
const MAX_IP_LENGTH = 45;

/**
 * The client address as the rest of the platform may use it (rate limits, lock-out, audit): a
 * syntactically valid IPv4/IPv6 address, or null. Fastify derives `request.ip` from trusted hops only
 * (TRUST_PROXY), but a trusted proxy may still pass on a malformed X-Forwarded-For entry.
 */
export function normaliseClientIp(raw: string | undefined | null): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_IP_LENGTH) return null;
  return isIP(raw) ? raw : null;
}
