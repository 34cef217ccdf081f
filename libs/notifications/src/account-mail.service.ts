import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { hashSecretToken, newSecretToken } from '@app/common';
import { AppConfig } from '@app/config';
import { AccountLockedPayload } from '@app/jobs';
import { renderAccountMail } from './account-mail-templates';
import { AccountMailRepository } from './account-mail.repository';
import { MailerService, PermanentSmtpError } from './mailer.service';

/** Payload of JobName.SendAccountMail. */
export type AccountMailRequest = { tokenId: string } | { locked: AccountLockedPayload };

export type AccountMailOutcome = { sent: true } | { skipped: 'gone' | 'not-due' };

/**
 * Account mails: one-time password links and the lock notice. A link's random token is made here, at
 * sending time, and only its hash is stored — in the same transaction that marks the link sent, with
 * the row locked, so a retried or duplicate job never mails a second working link.
 */
@Injectable()
export class AccountMailService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AccountMailRepository,
    private readonly mailer: MailerService,
    private readonly config: AppConfig,
  ) {}

  send(request: AccountMailRequest): Promise<AccountMailOutcome> {
    return 'tokenId' in request ? this.sendLink(request.tokenId) : this.sendLockNotice(request.locked);
  }

  private sendLink(tokenId: string): Promise<AccountMailOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const link = await this.repository.lockLink(manager, tokenId);
      if (!link) return { skipped: 'gone' as const };
      if (!link.due) return { skipped: 'not-due' as const };
      const token = newSecretToken();
      // The token rides in the fragment: it never reaches a server log or a Referer header.
      const url = `${this.config.appUrl}/#/adgangskode?token=${encodeURIComponent(token)}`;
      const rendered = renderAccountMail(
        link.purpose === 'invitation'
          ? { kind: 'invitation', name: link.name, role: link.role, link: url, expiresAt: link.expires_at }
          : { kind: 'password_reset', name: link.name, link: url, expiresAt: link.expires_at },
      );
      await this.deliver(link.email, rendered);
      await this.repository.markSent(manager, tokenId, hashSecretToken(token));
      return { sent: true as const };
    });
  }

  private async sendLockNotice(locked: AccountLockedPayload): Promise<AccountMailOutcome> {
    const user = await this.repository.activeUser(locked.userId);
    if (!user) return { skipped: 'gone' };
    await this.deliver(
      user.email,
      renderAccountMail({
        kind: 'locked',
        name: user.name,
        lockedUntil: new Date(locked.lockedUntil),
        clientIp: locked.clientIp,
        forgotLink: `${this.config.appUrl}/#/glemt-adgangskode`,
      }),
    );
    return { sent: true };
  }

  private async deliver(to: string, mail: { subject: string; text: string; html: string }): Promise<void> {
    try {
      // One-off mails without a send log: a fresh Message-ID each time (a repeated link mail has a new link).
      const domain = this.config.mailFrom.split('@')[1] ?? 'sparringsportalen.local';
      await this.mailer.send({ to, messageId: `<${randomUUID()}@${domain}>`, ...mail });
    } catch (error) {
      if (error instanceof PermanentSmtpError)
        throw new UnrecoverableError(`SMTP refused the account mail permanently (${error.responseCode})`);
      throw error; // temporary: the transaction rolls back (no token stored) and the job retries
    }
  }
}
