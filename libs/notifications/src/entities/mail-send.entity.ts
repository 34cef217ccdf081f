import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum MailSendStatus {
  /** Claimed; not (yet) accepted by the SMTP server — a temporary failure leaves it here for the retry. */
  Pending = 'pending',
  /**
   * Handed to the SMTP server, answer not yet recorded. A worker that dies here leaves the row in this
   * state; after the lease a retry sends it again with the same Message-ID (see docs/delivery-guarantees.md).
   */
  Sending = 'sending',
  Sent = 'sent',
  /** The SMTP server refused permanently (5xx): never retried, visible here and in the logs. */
  Failed = 'failed',
}

/**
 * One row per (booking, mail kind, invite sequence, recipient): the unique key makes a retried or
 * re-relayed job send each mail at most once. Holds no content — only who got which kind of mail.
 */
@Entity('mail_sends')
@Index('uq_mail_sends_once', ['bookingId', 'kind', 'icsSequence', 'recipient'], { unique: true })
export class MailSend {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  bookingId!: string;

  /** MailKind, with the offset for reminders (`reminder-3600000`). */
  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  @Column({ type: 'integer' })
  icsSequence!: number;

  @Column({ type: 'varchar', length: 254 })
  recipient!: string;

  @Column({
    type: 'enum',
    enum: MailSendStatus,
    enumName: 'mail_send_status',
    default: MailSendStatus.Pending,
  })
  status!: MailSendStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** The mail's Message-ID, fixed at the first attempt so a repeated delivery is the same message. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  messageId!: string | null;

  /** When the current attempt started (status `sending`); older than the lease means it died. */
  @Column({ type: 'timestamptz', nullable: true })
  sendingSince!: Date | null;

  /** The SMTP server's answer of the last failed attempt (code and text; never mail content). */
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
