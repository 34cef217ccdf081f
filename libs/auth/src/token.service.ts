import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@app/config';

export interface AccessTokenClaims {
  sub: string;
  typ: 'access';
}

/** Signs and verifies short-lived bearer tokens (HS256 with AUTH_SECRET). */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  get accessTokenTtlSeconds(): number {
    return Math.floor(this.config.accessTokenTtlMs / 1000);
  }

  signAccessToken(userId: string): Promise<string> {
    const claims: AccessTokenClaims = { sub: userId, typ: 'access' };
    return this.jwt.signAsync(claims, { expiresIn: this.accessTokenTtlSeconds, algorithm: 'HS256' });
  }

  /** The user id of a valid access token, or null for anything else (expired, forged, malformed). */
  async verifyAccessToken(token: string): Promise<string | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
      return claims.typ === 'access' && typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
