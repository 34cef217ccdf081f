import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@app/organisations';

/**
 * A request made with an `Idempotency-Key`: the first successful response, replayed for retries with
 * the same key and body. The primary key (user, key) makes concurrent retries resolve in the database.
 * Keys older than 24 hours are expired and may be reused.
 */
@Entity('idempotency_keys')
export class IdempotencyKey {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  /** SHA-256 of the route and the request body. */
  @Column({ type: 'char', length: 64 })
  requestHash!: string;

  /** Null only inside the transaction that claimed the key. */
  @Column({ type: 'smallint', nullable: true })
  responseStatus!: number | null;

  /** The response body: a booking view (ids, codes and the caller's own texts; never logged). */
  @Column({ type: 'jsonb', nullable: true })
  responseBody!: unknown;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
