import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { Clock, DomainException, ErrorCode, hashSecretToken } from '@app/common';
import { AppConfig } from '@app/config';
import { OutboxKind, OutboxWriter } from '@app/jobs';
import { User, UsersRepository } from '@app/organisations';
import { AccountLinkPurpose, AccountLinksRepository } from './account-links.repository';
import { LoginThrottleRepository } from './login-throttle.repository';
import { PasswordService } from './password.service';
import { SessionsRepository } from './sessions.repository';
import { IdentityProvidersService } from './sso/identity-providers.service';

/** At most one "Glemt adgangskode" mail per address this often, so nobody can flood an inbox. */
const RESET_MAIL_INTERVAL_MS = 2 * 60_000;

const INVALID_LINK =
  'Linket virker ikke længere: det er brugt, udløbet eller erstattet af et nyere. Bed om et nyt under "Glemt adgangskode".';

/**
 * One-time links to set a password. Admins never choose or see other people's passwords: creating a
 * user sends an invitation, "Glemt adgangskode" and an admin's reset send a reset link. A link is an
 * outbox row here; the worker makes the random token when it sends the mail and stores only its
 * hash, so the token is never in the database, a queue or a log. A link expires, works once, and a
 * newer link of the same user ends older ones.
 */
@Injectable()
export class AccountLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AccountLinksRepository,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly providers: IdentityProvidersService,
  ) {}

  /** Queues a link mail for the user in the caller's transaction; returns the link's id. */
  async issue(
    manager: EntityManager,
    userId: string,
    purpose: AccountLinkPurpose,
    createdById: string | null,
  ): Promise<string> {
    await this.repository.revokeOpen(manager, userId);
    const tokenId = await this.repository.insert(manager, {
      userId,
      purpose,
      createdById,
      ttlMs: purpose === 'invitation' ? this.config.invitationTtlMs : this.config.passwordResetTtlMs,
    });
    await this.outbox.write(manager, OutboxKind.AccountLinkIssued, { tokenId });
    return tokenId;
  }

  /**
   * A new user's invitation, or null while local passwords are switched off — everywhere or for the
   * user's organisation (single sign-on only: they sign in through their identity provider, and a
   * password link would only confuse).
   */
  async invite(manager: EntityManager, userId: string, adminId: string): Promise<string | null> {
    if (!this.config.localLoginEnabled) return null;
    // Read in the caller's transaction: the user was created there.
    const user = await manager.getRepository(User).findOne({ where: { id: userId } });
    if (user && (await this.providers.localLoginDisabledFor(user))) return null;
    return this.issue(manager, userId, 'invitation', adminId);
  }

  /**
   * "Glemt adgangskode": mails a reset link when the address belongs to an active local account. The
   * caller answers the same whatever happens here, so the answer never tells whether it exists.
   */
  async requestReset(email: string): Promise<void> {
    const address = email.trim().toLowerCase().slice(0, 254);
    const user = this.config.localLoginEnabled ? await this.users.findByEmailWithPassword(address) : null;
    const passwordsOff = user ? await this.providers.localLoginDisabledFor(user) : false;
    const eligible =
      user?.active === true &&
      !passwordsOff &&
      !(await this.repository.recentReset(user.id, RESET_MAIL_INTERVAL_MS));
    await this.dataSource.transaction(async (manager) => {
      if (user && eligible) await this.issue(manager, user.id, 'password_reset', null);
      await this.audit.record(
        {
          action: AuditAction.PasswordResetRequested,
          subject: user ? { type: 'user', id: user.id } : null,
          regionId: user?.regionId ?? null,
          details: {
            email: address,
            outcome: !user
              ? 'unknown_user'
              : !user.active
                ? 'deactivated'
                : passwordsOff
                  ? 'local_login_disabled'
                  : eligible
                    ? 'mailed'
                    : 'recently_mailed',
          },
        },
        manager,
      );
    });
  }

  /** Sets the password from a link: the link is used up, other links and all sessions end, locks lift. */
  async setPassword(token: string, password: string): Promise<void> {
    const passwordHash = await this.passwords.hash(password);
    const refused = await this.dataSource.transaction(async (manager) => {
      const link = await this.repository.findForRedeem(manager, hashSecretToken(token));
      if (!link) return 'unknown' as const;
      if (!link.usable) return link;
      await this.repository.setPasswordHash(manager, link.user_id, passwordHash);
      await this.repository.markUsed(manager, link.id);
      await this.repository.revokeOpen(manager, link.user_id);
      await this.sessions.revokeAllOfUser(manager, link.user_id, 'password_set', this.clock.now());
      await this.throttle.clearAll(manager, link.email);
      await this.audit.record(
        {
          action: AuditAction.PasswordSet,
          actor: { id: link.user_id, role: link.role, regionId: link.region_id },
          subject: { type: 'user', id: link.user_id },
          details: { via: link.purpose },
        },
        manager,
      );
      return null;
    });
    if (refused === null) return;
    const link = refused === 'unknown' ? null : refused;
    await this.audit.record({
      action: AuditAction.PasswordLinkRefused,
      subject: link ? { type: 'user', id: link.user_id } : null,
      regionId: link?.region_id ?? null,
      details: { reason: link ? 'used_expired_or_revoked' : 'unknown_token' },
    });
    throw invalidLink();
  }
}

export function invalidLink(): DomainException {
  return new DomainException(ErrorCode.ValidationFailed, INVALID_LINK, {
    errors: [{ field: 'token', message: INVALID_LINK }],
  });
}
