import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Work for the worker, written in the same transaction as the change that causes it (transactional
 * outbox). Payloads carry ids only — never case content.
 */
@Entity('outbox_messages')
@Index('ix_outbox_pending', ['availableAt'], { where: '"processed_at" IS NULL' })
@Index('ix_outbox_unsettled', ['processedAt'], {
  where: '"processed_at" IS NOT NULL AND "settled_at" IS NULL',
})
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  kind!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt!: Date | null;

  /**
   * When the worker finished the event's mail: every recipient is in the send log (sent, or refused
   * for good) or the mail was no longer wanted. Relayed rows without it are what the outbox mail
   * reconciler checks, since a job in Redis is no proof that the mail goes out.
   */
  @Column({ type: 'timestamptz', nullable: true })
  settledAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
