import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Why a summary's content is gone while its statistics metadata stays. */
export enum CaseSummaryPurgeReason {
  Retention = 'retention',
  BookingCancelled = 'booking_cancelled',
  /** Moved to the booking that replaced a BUP-cancelled one. */
  CarriedOver = 'carried_over',
}

/**
 * A booking's case summary. Content (typed text, screenings, the file and its name) is encrypted with
 * AES-256-GCM under `keyId`; only what statistics need is in clear. After retention or a cancellation
 * the content columns are emptied and `purgedAt` set: the row keeps "submitted, when, screening attached".
 */
@Entity('case_summaries')
@Index(['purgedAt'])
export class CaseSummary {
  @PrimaryColumn('uuid')
  bookingId!: string;

  @Column({ type: 'uuid' })
  submittedById!: string;

  @Column({ type: 'timestamptz' })
  submittedAt!: Date;

  /** Which key of the keyring encrypted the content (keys rotate). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  keyId!: string | null;

  @Column({ type: 'bytea', nullable: true })
  textEncrypted!: Buffer | null;

  @Column({ type: 'bytea', nullable: true })
  screeningsEncrypted!: Buffer | null;

  @Column({ type: 'bytea', nullable: true })
  fileNameEncrypted!: Buffer | null;

  @Column({ type: 'bytea', nullable: true })
  fileEncrypted!: Buffer | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  fileContentType!: string | null;

  @Column({ type: 'integer', nullable: true })
  fileSize!: number | null;

  @Column({ type: 'boolean' })
  hasText!: boolean;

  @Column({ type: 'boolean' })
  hasFile!: boolean;

  @Column({ type: 'boolean' })
  screeningAttached!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  purgedAt!: Date | null;

  @Column({
    type: 'enum',
    enum: CaseSummaryPurgeReason,
    enumName: 'case_summary_purge_reason',
    nullable: true,
  })
  purgeReason!: CaseSummaryPurgeReason | null;
}
