import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One line of the append-only audit log: who did what to which booking or record, when, from where.
 * The database refuses UPDATE and DELETE on this table (trigger in the migration).
 */
@Entity('audit_events')
@Index(['occurredAt'])
@Index(['actorId', 'occurredAt'])
@Index(['bookingId', 'occurredAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  /** Null when nobody is signed in (a failed login) or the platform acted by itself. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  actorRole!: string | null;

  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Column({ type: 'uuid', nullable: true })
  bookingId!: string | null;

  /** The record acted on when it is not a booking, e.g. ('user', id). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  subjectType!: string | null;

  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  /** The region whose admins may read the event. */
  @Column({ type: 'uuid', nullable: true })
  regionId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent!: string | null;

  /** Small facts (a reason code, a count, an e-mail for failed logins) — never case text. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;
}
