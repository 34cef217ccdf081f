import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per e-mail address (known or not, so the answer never tells whether an account
 * exists); after too many, the address is locked for a while.
 */
@Entity('login_throttle')
export class LoginThrottle {
  /** Lower-cased e-mail as typed. */
  @PrimaryColumn({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'integer', default: 0 })
  failures!: number;

  @Column({ type: 'timestamptz' })
  lastFailureAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}
