import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed sign-ins per (e-mail address, client IP); after LOGIN_MAX_FAILURES that pair is locked. */
@Entity('login_client_throttle')
export class LoginClientThrottle {
  @PrimaryColumn({ type: 'varchar', length: 254 })
  email!: string;

  /** The client address from trusted hops only, or `unknown`. */
  @PrimaryColumn({ type: 'varchar', length: 45 })
  clientIp!: string;

  @Column({ type: 'integer', default: 0 })
  failures!: number;

  @Column({ type: 'timestamptz' })
  lastFailureAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}
