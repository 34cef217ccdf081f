import { createHash, randomBytes } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { Clock, DomainException, ErrorCode } from '@app/common';
import { AppConfig } from '@app/config';
import { OutboxKind, OutboxWriter } from '@app/jobs';
import { Role, User, UsersRepository } from '@app/organisations';
import { AuthUser, toAuthUser } from './auth-user';
import { LoginThrottleRepository } from './login-throttle.repository';
import { MfaService } from './mfa.service';
import { IdentityProvidersService } from './sso/identity-providers.service';
import { DUMMY_HASH_INPUT, PasswordService } from './password.service';
import { SessionsRepository } from './sessions.repository';
import { TokenService } from './token.service';

export interface LoginResult {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  user: AuthUser;
  /** The role requires multi-factor and none is enrolled: only enrolment works until it is done. */
  mfaEnrolmentRequired?: boolean;
}

/** The password was right; the account has an authenticator, so a code (or recovery code) is due. */
export interface MfaChallenge {
  mfaRequired: true;
  mfaToken: string;
  expiresIn: number;
}

export interface SessionFacts {
  method: string;
  amr: string[];
  mfa: boolean;
}

const WRONG_CREDENTIALS = 'Forkert e-mail eller adgangskode, eller kontoen er deaktiveret.';
const WRONG_CODE = 'Koden passer ikke, eller den er allerede brugt. Prøv med den næste kode fra appen.';
const INVALID_REFRESH = 'The refresh token is not valid; sign in again';
const UNKNOWN_IP = 'unknown';

/** How a session was signed in. */
export type SignInMethod = 'password' | 'oidc' | 'saml';
const SSO_METHODS: ReadonlySet<string> = new Set(['oidc', 'saml']);

export const hashRefreshToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Roles that must prove a second factor when they sign in with a password. */
export const mfaRequiredFor = (role: Role): boolean => role === Role.Admin;

/**
 * Sign-in, sessions and the bearer check. An access token is short-lived and names its session; a
 * refresh token is used once and rotated; presenting a used one again revokes the session (it was
 * stolen or replayed).
 *
 * Failed sign-ins lock the (address, client IP) pair for LOGIN_LOCKOUT after LOGIN_MAX_FAILURES, and
 * many failures from anywhere slow every attempt on the address down (LOGIN_SLOWDOWN) without
 * locking it, so nobody can lock an owner out from elsewhere. A failure is counted before anything
 * else can fail; during a lock the password is still checked (same timing) and a right one is
 * refused exactly like a wrong one, and does not clear the count.
 */
@Injectable()
export class AuthService implements OnModuleInit {
  private dummyHash = '';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly mfa: MfaService,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly providers: IdentityProvidersService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.dummyHash = await this.passwords.hash(DUMMY_HASH_INPUT);
  }

  /**
   * What the sign-in page offers: `sso` is the default provider from the environment; `discovery`
   * says that providers are registered per organisation, so the page asks for the e-mail first.
   */
  async signInOptions(): Promise<{ sso: boolean; localLogin: boolean; discovery: boolean }> {
    return {
      sso: this.config.oidc !== null,
      localLogin: this.config.localLoginEnabled,
      discovery: await this.providers.anyActive(),
    };
  }

  async login(email: string, password: string, clientIp: string | null): Promise<LoginResult | MfaChallenge> {
    const address = email.trim().toLowerCase().slice(0, 254);
    // Off everywhere, or for the address's domain (decided without looking the account up).
    if (!this.config.localLoginEnabled || (await this.providers.localLoginDisabledForEmail(address))) {
      throw localLoginOff();
    }
    const ip = clientIp ?? UNKNOWN_IP;
    const lockedUntil = await this.beforeAttempt(address, ip);

    const user = await this.users.findByEmailWithPassword(address);
    // Always a real argon2 verification, so neither an unknown address nor a lock shows in the timing.
    const valid = await this.passwords.verify(user?.passwordHash ?? this.dummyHash, password);
    if (lockedUntil || !user || !user.passwordHash || !valid || !user.active) {
      const reason = lockedUntil
        ? 'locked'
        : !user
          ? 'unknown_user'
          : !user.active
            ? 'deactivated'
            : !user.passwordHash
              ? 'no_password'
              : 'wrong_password';
      return this.fail(address, ip, user, reason, lockedUntil);
    }
    if (await this.providers.localLoginDisabledFor(user)) {
      // Only said to someone who knew the password, so it reveals nothing to a guesser.
      await this.audit.record({
        action: AuditAction.LoginFailed,
        subject: { type: 'user', id: user.id },
        regionId: user.regionId,
        details: { email: address, reason: 'local_login_disabled' },
      });
      throw localLoginOff();
    }
    if (await this.mfa.isEnabled(user.id)) {
      // The count is cleared only when the whole sign-in succeeds: a known password must not buy
      // endless guesses at the code.
      return {
        mfaRequired: true,
        mfaToken: await this.tokens.signMfaChallenge(user.id),
        expiresIn: this.tokens.mfaChallengeTtlSeconds,
      };
    }
    await this.throttle.clearAfterSuccess(address, ip);
    const result = await this.startSession(user, 'password', ['pwd'], false);
    return mfaRequiredFor(user.role) ? { ...result, mfaEnrolmentRequired: true } : result;
  }

  /** The second step: a TOTP code (each accepted once) or a single-use recovery code. */
  async completeMfa(
    mfaToken: string,
    proof: { code?: string; recoveryCode?: string },
    clientIp: string | null,
  ): Promise<LoginResult> {
    const userId = await this.tokens.verifyMfaChallenge(mfaToken);
    const user = userId ? await this.users.findById(userId) : null;
    if (!user?.active) {
      throw new DomainException(ErrorCode.Unauthenticated, 'Log ind igen: trinnet med koden er udløbet.');
    }
    const address = user.email.toLowerCase();
    const ip = clientIp ?? UNKNOWN_IP;
    const lockedUntil = await this.beforeAttempt(address, ip);
    const method = proof.code !== undefined ? 'otp' : 'rc';
    // Checked during a lock too (and then refused anyway), so a lock does not show in the timing.
    const valid =
      proof.code !== undefined
        ? await this.mfa.verifyCode(user.id, proof.code)
        : await this.mfa.useRecoveryCode(user.id, proof.recoveryCode ?? '');
    if (lockedUntil || !valid) {
      await this.fail(
        address,
        ip,
        user,
        lockedUntil ? 'locked' : method === 'otp' ? 'wrong_otp' : 'wrong_recovery_code',
        lockedUntil,
        WRONG_CODE,
      );
    }
    if (method === 'rc') {
      await this.audit.record({
        action: AuditAction.MfaRecoveryCodeUsed,
        actor: { id: user.id, role: user.role, regionId: user.regionId },
        subject: { type: 'user', id: user.id },
      });
    }
    await this.throttle.clearAfterSuccess(address, ip);
    return this.startSession(user, 'password', ['pwd', method], true);
  }

  /**
   * Applies the address's slow-down and returns the running lock of (address, client), if any. The
   * slow-down comes first and is the same whatever the password, so it tells nothing either.
   */
  private async beforeAttempt(address: string, ip: string): Promise<Date | null> {
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - this.config.loginLockoutMs);
    const failures = await this.throttle.accountFailures(address, windowStart);
    if (failures >= this.config.loginMaxFailures && this.config.loginSlowdownMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.config.loginSlowdownMs));
    }
    const lockedUntil = await this.throttle.clientLockedUntil(address, ip);
    return lockedUntil && lockedUntil > this.clock.now() ? lockedUntil : null;
  }

  /** Counts the failure first, then audits it (and a new lock, mailing the owner), then refuses. */
  private async fail(
    address: string,
    ip: string,
    user: User | null,
    reason: string,
    runningLock: Date | null,
    message = WRONG_CREDENTIALS,
  ): Promise<never> {
    const now = this.clock.now();
    const count = await this.throttle.recordFailure(address, ip, {
      now,
      windowStart: new Date(now.getTime() - this.config.loginLockoutMs),
      max: this.config.loginMaxFailures,
      lockUntil: new Date(now.getTime() + this.config.loginLockoutMs),
    });
    const subject = user ? { type: 'user', id: user.id } : null;
    const regionId = user?.regionId ?? null;
    await this.audit.record({
      action: AuditAction.LoginFailed,
      subject,
      regionId,
      details: { email: address, reason },
    });
    if (count.lockedNow) {
      await this.audit.record({
        action: AuditAction.LoginLocked,
        subject,
        regionId,
        details: {
          email: address,
          failures: count.clientFailures,
          lockedUntil: count.lockedUntil!.toISOString(),
        },
      });
      await this.notifyOwner(address, ip, user, count.lockedUntil!);
    }
    const lockedUntil = count.lockedUntil ?? runningLock;
    if (lockedUntil) throw lockedOut(lockedUntil);
    throw new DomainException(ErrorCode.Unauthenticated, message);
  }

  /** Mails the owner of a real, active account once per lock period (never for unknown addresses). */
  private async notifyOwner(
    address: string,
    ip: string,
    user: User | null,
    lockedUntil: Date,
  ): Promise<void> {
    if (!user?.active) return;
    const now = this.clock.now();
    const notMailedSince = new Date(now.getTime() - this.config.loginLockoutMs);
    if (!(await this.throttle.claimLockNotification(address, now, notMailedSince))) return;
    await this.outbox.write(this.dataSource.manager, OutboxKind.AccountLocked, {
      userId: user.id,
      lockedUntil: lockedUntil.toISOString(),
      clientIp: ip === UNKNOWN_IP ? null : ip,
    });
  }

  /** Opens a session for a user who has proven who they are (password or single sign-on). */
  async startSession(
    user: User,
    method: SignInMethod,
    amr: string[] = [method === 'password' ? 'pwd' : method],
    mfa = false,
    /** Runs in the session's transaction, e.g. to record the SAML session behind it. */
    onSession?: (manager: EntityManager, sessionId: string) => Promise<void>,
  ): Promise<LoginResult> {
    const refreshToken = newRefreshToken();
    const sessionId = await this.dataSource.transaction(async (manager) => {
      const id = await this.sessions.createSession(manager, {
        userId: user.id,
        method,
        amr,
        mfa,
        lifetimeMs: this.config.refreshTokenTtlMs,
      });
      await this.sessions.addRefreshToken(manager, id, hashRefreshToken(refreshToken));
      if (onSession) await onSession(manager, id);
      await this.audit.record(
        {
          action: AuditAction.LoginSucceeded,
          actor: { id: user.id, role: user.role, regionId: user.regionId },
          details: { method, amr: amr.join(' ') },
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
  async authenticate(
    token: string,
  ): Promise<{ user: AuthUser; sessionId: string; session: SessionFacts; mfaSatisfied: boolean } | null> {
    const claims = await this.tokens.verifyAccessToken(token);
    if (!claims) return null;
    const [user, session] = await Promise.all([
      this.users.findById(claims.userId),
      this.sessions.liveSession(claims.sessionId, claims.userId),
    ]);
    if (!user?.active || !session) return null;
    return {
      user: toAuthUser(user),
      sessionId: claims.sessionId,
      session,
      // Single sign-on users are exempt: their identity provider does the second factor.
      mfaSatisfied: !mfaRequiredFor(user.role) || session.mfa || SSO_METHODS.has(session.method),
    };
  }
}

function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

function localLoginOff(): DomainException {
  return new DomainException(
    ErrorCode.Forbidden,
    'Log ind med adgangskode er slået fra; brug single sign-on.',
  );
}

/** The same answer for a right and a wrong password, for a known and an unknown address. */
function lockedOut(lockedUntil: Date): DomainException {
  return new DomainException(
    ErrorCode.RateLimited,
    'For mange forkerte forsøg på at logge ind med denne e-mailadresse herfra. Kontoen er midlertidigt låst.',
    { lockedUntil: lockedUntil.toISOString() },
  );
}
