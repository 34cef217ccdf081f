import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One sign-in: every access token carries its id (`sid`) and the guard refuses tokens of a revoked
 * session, so logout, refresh-token reuse and deactivation take effect at once.
 */
@Entity('auth_sessions')
export class AuthSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  /** `password` or `oidc`. */
  @Column({ type: 'varchar', length: 20 })
  method!: string;

  /** Authentication methods used, space-separated (RFC 8176 values): `pwd`, `pwd otp`, `pwd rc`, `oidc`. */
  @Column({ type: 'varchar', length: 40, default: '' })
  amr!: string;

  /** A second factor was proven in this session (TOTP or a recovery code). */
  @Column({ type: 'boolean', default: false })
  mfa!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** `logout`, `refresh_reuse`, `deactivated`. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  revokedReason!: string | null;
}
