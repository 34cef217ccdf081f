import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A user's authenticator (TOTP). The secret is encrypted at rest (AES-256-GCM, a sub-key of the
 * data-at-rest key, the user id as additional data). Pending until the first code confirms it.
 */
@Entity('user_mfa')
export class UserMfa {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'bytea' })
  secretCiphertext!: Buffer;

  @Column({ type: 'varchar', length: 10 })
  keyId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Null while enrolment is pending. */
  @Column({ type: 'timestamptz', nullable: true })
  enabledAt!: Date | null;

  /** The last 30-second step a code was accepted for: that code and older ones are refused (replay). */
  @Column({ type: 'bigint', nullable: true })
  lastUsedStep!: string | null;
}
