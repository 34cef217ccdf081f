import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as QRCode from 'qrcode';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { DomainException, ErrorCode, hashSecretToken, ValidationFailedException } from '@app/common';
import { AppConfig } from '@app/config';
import { FieldCipher } from '@app/crypto';
import { AuthUser } from './auth-user';
import { MfaRepository } from './mfa.repository';
import { SessionsRepository } from './sessions.repository';
import { newTotpSecret, totpStep, totpUri } from './totp';

/** The key id of the data-at-rest key (CASE_SUMMARY_KEY), as for case summaries. */
const KEY_ID = 'k1';
const RECOVERY_CODES = 10;
// Without look-alikes (0/O, 1/I/L), so a code copied from paper is typed right.
const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export interface TotpEnrolment {
  /** Base32, for typing into an authenticator app by hand. */
  secret: string;
  otpauthUri: string;
  /** The same URI as a PNG QR code (data: URL). */
  qrCode: string;
}

/**
 * TOTP multi-factor: enrolment with a QR code, codes at sign-in (a code is accepted once: its time step
 * must be newer than the last accepted one), and single-use recovery codes stored as hashes. The
 * secret is encrypted at rest with a sub-key of the data-at-rest key, bound to the user's id.
 */
@Injectable()
export class MfaService {
  private readonly cipher: FieldCipher;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: MfaRepository,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    config: AppConfig,
  ) {
    this.cipher = FieldCipher.withKeyring({ [KEY_ID]: config.caseSummaryKey }, KEY_ID).derive(
      'sparringsportalen/totp-secret',
    );
  }

  isEnabled(userId: string): Promise<boolean> {
    return this.repository.isEnabled(userId);
  }

  async status(userId: string): Promise<{ enabled: boolean; recoveryCodesLeft: number }> {
    const enabled = await this.repository.isEnabled(userId);
    return { enabled, recoveryCodesLeft: enabled ? await this.repository.remainingRecoveryCodes(userId) : 0 };
  }

  /** A new pending authenticator (replacing an earlier pending one); 409 once one is enabled. */
  async startEnrolment(user: AuthUser): Promise<TotpEnrolment> {
    const secret = newTotpSecret();
    const sealed = this.cipher.encrypt(Buffer.from(secret, 'utf8'), aad(user.id));
    if (!(await this.repository.savePending(user.id, sealed, this.cipher.currentKeyId))) {
      throw new DomainException(
        ErrorCode.Conflict,
        'Totrinsbekræftelse er allerede slået til for din konto.',
      );
    }
    const otpauthUri = totpUri(secret, user.email);
    return { secret, otpauthUri, qrCode: await QRCode.toDataURL(otpauthUri, { margin: 1, width: 240 }) };
  }

  /**
   * The first code from the app switches MFA on, gives the recovery codes (shown once), and counts as
   * the second factor of the session that enrolled.
   */
  async confirmEnrolment(
    user: AuthUser,
    sessionId: string,
    code: string,
  ): Promise<{ recoveryCodes: string[] }> {
    const row = await this.repository.find(user.id);
    if (!row || row.enabled_at) {
      throw new DomainException(ErrorCode.Conflict, 'Start opsætningen af totrinsbekræftelse forfra.');
    }
    const step = totpStep(this.secretOf(user.id, row), code);
    if (step === null) throw wrongCode();
    const recoveryCodes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.enable(manager, user.id, step))) throw wrongCode();
      await this.repository.replaceRecoveryCodes(manager, user.id, recoveryCodes.map(hashRecoveryCode));
      await this.sessions.markMfa(manager, sessionId, 'otp');
      await this.audit.record(
        {
          action: AuditAction.MfaEnabled,
          actor: { id: user.id, role: user.role, regionId: user.regionId },
          subject: { type: 'user', id: user.id },
          details: { method: 'totp' },
        },
        manager,
      );
    });
    return { recoveryCodes };
  }

  /** True when the code is right for now and newer than any accepted before (no replay). */
  async verifyCode(userId: string, code: string): Promise<boolean> {
    const row = await this.repository.find(userId);
    if (!row?.enabled_at) return false;
    const step = totpStep(this.secretOf(userId, row), code);
    return step !== null && this.repository.claimStep(userId, step);
  }

  /** Uses a recovery code once. */
  useRecoveryCode(userId: string, code: string): Promise<boolean> {
    return this.repository.useRecoveryCode(userId, hashRecoveryCode(code));
  }

  /** An admin's reset of someone's authenticator (in the admin's transaction). */
  remove(manager: EntityManager, userId: string): Promise<boolean> {
    return this.repository.remove(manager, userId);
  }

  private secretOf(userId: string, row: { secret_ciphertext: Buffer; key_id: string }): string {
    return this.cipher.decrypt(row.secret_ciphertext, row.key_id, aad(userId)).toString('utf8');
  }
}

const aad = (userId: string) => `user-mfa:${userId}:totp-secret`;

const wrongCode = () =>
  new ValidationFailedException([
    { field: 'code', message: 'Koden passer ikke. Skriv den 6-cifrede kode, som appen viser lige nu.' },
  ]);

function newRecoveryCode(): string {
  const bytes = randomBytes(10);
  const chars = Array.from(bytes, (byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Case, spaces and dashes do not matter when a recovery code is typed. */
export const hashRecoveryCode = (code: string): string =>
  hashSecretToken(code.toUpperCase().replace(/[\s-]/g, ''));
