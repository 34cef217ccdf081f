import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A one-time link to set a password: an invitation (new user) or a reset. The random token is made
 * when the mail is sent and only its SHA-256 is stored; it expires, works once, and a newer link of
 * the same user supersedes older ones.
 */
@Entity('account_tokens')
export class AccountToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  /** `invitation` or `password_reset`. */
  @Column({ type: 'varchar', length: 20 })
  purpose!: string;

  /** Null until the mail with the link is sent. */
  @Column({ type: 'char', length: 64, nullable: true, unique: true })
  tokenHash!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /** A newer link, a deactivation or a used link of the same user ended this one. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** The admin who sent it; null for "Glemt adgangskode". */
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;
}
