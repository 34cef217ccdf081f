import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** What a dashboard token vouches for: an admin's session, for a short while, for /admin/queues only. */
export interface DashboardClaims {
  userId: string;
  sessionId: string;
  expiresAt: number;
}

const AUDIENCE = 'sparring-queue-dashboard';

/**
 * The queue dashboard's cookie token: an HMAC-signed `{ sub, sid, aud, exp }` under a key derived
 * from AUTH_SECRET for this purpose only, so it is never a bearer token for the api and a bearer
 * token is never accepted in its place. Short-lived; the session and the admin role are re-checked
 * on every request.
 */
export class DashboardTokens {
  private readonly key: Buffer;

  constructor(
    authSecret: string,
    private readonly ttlMs: number,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', authSecret, Buffer.alloc(0), AUDIENCE, 32));
  }

  issue(userId: string, sessionId: string, now = Date.now()): string {
    const body = Buffer.from(
      JSON.stringify({ sub: userId, sid: sessionId, aud: AUDIENCE, exp: now + this.ttlMs }),
    ).toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  verify(token: string, now = Date.now()): DashboardClaims | null {
    const [body, signature, extra] = token.split('.');
    if (!body || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
      if (claims.aud !== AUDIENCE || typeof claims.exp !== 'number' || claims.exp <= now) return null;
      if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return null;
      return { userId: claims.sub, sessionId: claims.sid, expiresAt: claims.exp };
    } catch {
      return null;
    }
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
