import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Recent failed sign-ins per e-mail address from any client (known address or not, so the answer
 * never tells whether an account exists). Many of them slow every attempt on the address down; they
 * never lock it — locks are per address and client (LoginClientThrottle), so nobody can lock an owner
 * out from elsewhere.
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

  /** When the owner was last mailed about a lock, so a storm of locks sends one mail per lock period. */
  @Column({ type: 'timestamptz', nullable: true })
  lockNotifiedAt!: Date | null;
}
