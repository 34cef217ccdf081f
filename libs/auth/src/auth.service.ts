import { createHash, randomBytes } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { Clock, DomainException, ErrorCode } from '@app/common';
import { AppConfig } from '@app/config';
import { User, UsersRepository } from '@app/organisations';
import { AuthUser, toAuthUser } from './auth-user';
import { DUMMY_HASH_INPUT, PasswordService } from './password.service';
import { SessionsRepository } from './sessions.repository';
import { TokenService } from './token.service';

export interface LoginResult {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  user: AuthUser;
}

const WRONG_CREDENTIALS = 'Wrong e-mail or password, or the account is deactivated';
const INVALID_REFRESH = 'The refresh token is not valid; sign in again';

export const hashRefreshToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Sign-in, sessions and the bearer check. An access token is short-lived and names its session; a
 * refresh token is used once and rotated; presenting a used one again revokes the session (it was
 * stolen or replayed). Failed local sign-ins are counted per e-mail address and lock it for a while.
 */
@Injectable()
export class AuthService implements OnModuleInit {
  private dummyHash = '';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    this.dummyHash = await this.passwords.hash(DUMMY_HASH_INPUT);
  }

  signInOptions(): { sso: boolean; localLogin: boolean } {
    return { sso: this.config.oidc !== null, localLogin: this.config.localLoginEnabled };
  }

  async login(email: string, password: string): Promise<LoginResult> {
    if (!this.config.localLoginEnabled) {
      throw new DomainException(ErrorCode.Forbidden, 'Local sign-in is switched off; use single sign-on');
    }
    const address = email.trim().toLowerCase().slice(0, 254);
    const now = this.clock.now();
    const lockedUntil = await this.sessions.lockedUntil(address);
    if (lockedUntil && lockedUntil > now) throw lockedOut();

    const user = await this.users.findByEmailWithPassword(address);
    const valid = await this.passwords.verify(user?.passwordHash ?? this.dummyHash, password);
    if (!user || !user.passwordHash || !valid || !user.active) {
      await this.audit.record({
        action: AuditAction.LoginFailed,
        subject: user ? { type: 'user', id: user.id } : null,
        regionId: user?.regionId ?? null,
        details: {
          email: address,
          reason: !user ? 'unknown_user' : !user.active ? 'deactivated' : 'wrong_password',
        },
      });
      const { failures, locked } = await this.sessions.recordFailure(address, {
        now,
        windowStart: new Date(now.getTime() - this.config.loginLockoutMs),
        max: this.config.loginMaxFailures,
        lockUntil: new Date(now.getTime() + this.config.loginLockoutMs),
      });
      if (locked) {
        await this.audit.record({
          action: AuditAction.LoginLocked,
          subject: user ? { type: 'user', id: user.id } : null,
          regionId: user?.regionId ?? null,
          details: { email: address, failures },
        });
        throw lockedOut();
      }
      throw new DomainException(ErrorCode.Unauthenticated, WRONG_CREDENTIALS);
    }
    await this.sessions.clearFailures(address);
    return this.startSession(user, 'password');
  }

  /** Opens a session for a user who has proven who they are (password or single sign-on). */
  async startSession(user: User, method: 'password' | 'oidc'): Promise<LoginResult> {
    const refreshToken = newRefreshToken();
    const sessionId = await this.dataSource.transaction(async (manager) => {
      const id = await this.sessions.createSession(manager, {
        userId: user.id,
        method,
        lifetimeMs: this.config.refreshTokenTtlMs,
      });
      await this.sessions.addRefreshToken(manager, id, hashRefreshToken(refreshToken));
      await this.audit.record(
        {
          action: AuditAction.LoginSucceeded,
          actor: { id: user.id, role: user.role, regionId: user.regionId },
          details: { method },
        },
        manager,
      );
      return id;
    });
    return {
      accessToken: await this.tokens.signAccessToken(user.id, sessionId),
      expiresIn: this.tokens.accessTokenTtlSeconds,
      refreshToken,
      user: toAuthUser(user),
    };
  }

  /** Exchanges a refresh token for a new pair; a second use of the same token revokes its session. */
  async refresh(refreshToken: string): Promise<LoginResult> {
    const now = this.clock.now();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const row = await this.sessions.findRefreshToken(manager, hashRefreshToken(refreshToken));
      if (!row || row.revoked_at || row.expired) return null;
      if (row.used_at) {
        await this.sessions.revokeSession(manager, row.session_id, 'refresh_reuse', now);
        const user = await this.users.findById(row.user_id);
        await this.audit.record(
          {
            action: AuditAction.RefreshTokenReused,
            subject: { type: 'user', id: row.user_id },
            regionId: user?.regionId ?? null,
          },
          manager,
        );
        return 'reused' as const;
      }
      const user = await this.users.findById(row.user_id);
      if (!user?.active) return null;
      await this.sessions.markUsed(manager, row.id, now);
      const next = newRefreshToken();
      await this.sessions.addRefreshToken(manager, row.session_id, hashRefreshToken(next));
      return { user, sessionId: row.session_id, refreshToken: next };
    });
    if (outcome === null || outcome === 'reused') {
      throw new DomainException(ErrorCode.Unauthenticated, INVALID_REFRESH);
    }
    return {
      accessToken: await this.tokens.signAccessToken(outcome.user.id, outcome.sessionId),
      expiresIn: this.tokens.accessTokenTtlSeconds,
      refreshToken: outcome.refreshToken,
      user: toAuthUser(outcome.user),
    };
  }

  /** Ends the caller's session: its refresh tokens and access tokens stop working at once. */
  async logout(user: AuthUser, sessionId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.revokeSession(manager, sessionId, 'logout', this.clock.now());
      await this.audit.record(
        { action: AuditAction.Logout, actor: { id: user.id, role: user.role, regionId: user.regionId } },
        manager,
      );
    });
  }

  /** Resolves a bearer token to the current user record and session; null when any of them is not valid. */
  async authenticate(token: string): Promise<{ user: AuthUser; sessionId: string } | null> {
    const claims = await this.tokens.verifyAccessToken(token);
    if (!claims) return null;
    const [user, live] = await Promise.all([
      this.users.findById(claims.userId),
      this.sessions.isSessionLive(claims.sessionId, claims.userId),
    ]);
    return user?.active && live ? { user: toAuthUser(user), sessionId: claims.sessionId } : null;
  }
}

function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

function lockedOut(): DomainException {
  return new DomainException(
    ErrorCode.RateLimited,
    'Too many failed sign-ins for this e-mail address; try again later',
  );
}
