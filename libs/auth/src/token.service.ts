import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@app/config';

export interface AccessTokenClaims {
  sub: string;
  /** The session the token belongs to; a revoked session makes the token useless at once. */
  sid: string;
  typ: 'access';
}

/** A password was right and a second factor is due: proves the first step for a few minutes. */
interface MfaChallengeClaims {
  sub: string;
  typ: 'mfa';
}

const MFA_CHALLENGE_TTL_S = 5 * 60;

/** Signs and verifies short-lived bearer tokens (HS256 with AUTH_SECRET). */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  get accessTokenTtlSeconds(): number {
    return Math.max(1, Math.floor(this.config.accessTokenTtlMs / 1000));
  }

  signAccessToken(userId: string, sessionId: string): Promise<string> {
    const claims: AccessTokenClaims = { sub: userId, sid: sessionId, typ: 'access' };
    return this.jwt.signAsync(claims, { expiresIn: this.accessTokenTtlSeconds, algorithm: 'HS256' });
  }

  get mfaChallengeTtlSeconds(): number {
    return MFA_CHALLENGE_TTL_S;
  }

  signMfaChallenge(userId: string): Promise<string> {
    const claims: MfaChallengeClaims = { sub: userId, typ: 'mfa' };
    return this.jwt.signAsync(claims, { expiresIn: MFA_CHALLENGE_TTL_S, algorithm: 'HS256' });
  }

  /** The user of a valid, unexpired challenge, or null. */
  async verifyMfaChallenge(token: string): Promise<string | null> {
    try {
      const claims = await this.jwt.verifyAsync<MfaChallengeClaims>(token, { algorithms: ['HS256'] });
      return claims.typ === 'mfa' && typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }

  /** The user and session of a valid access token, or null for anything else (expired, forged, malformed). */
  async verifyAccessToken(token: string): Promise<{ userId: string; sessionId: string } | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
      return claims.typ === 'access' && typeof claims.sub === 'string' && typeof claims.sid === 'string'
        ? { userId: claims.sub, sessionId: claims.sid }
        : null;
    } catch {
      return null;
    }
  }
}
