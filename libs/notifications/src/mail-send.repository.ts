import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { returnedRows } from '@app/database';

/** One mail to one recipient: the send log's key. */
export interface MailSendKey {
  bookingId: string;
  kind: string;
  icsSequence: number;
  recipient: string;
}

export type Claim =
  | { claimed: true; id: string; messageId: string }
  | { claimed: false; status: 'sent' | 'failed' | 'sending' };

/**
 * The send log (`mail_sends`). An attempt is recorded — committed, status `sending`, with the
 * Message-ID fixed at the first attempt — before the SMTP server sees the mail, so a worker dying
 * between the server's acceptance and the `sent` mark leaves a trace and the retry reuses the id.
 */
@Injectable()
export class MailSendRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Claims the mail for one attempt: a `pending` row, or a `sending` row whose attempt is older than
   * the lease (its worker died). A `sending` row within its lease belongs to a running attempt.
   */
  async claim(key: MailSendKey, leaseMs: number, messageDomain: string): Promise<Claim> {
    const params = [key.bookingId, key.kind, key.icsSequence, key.recipient.toLowerCase()];
    await this.dataSource.query(
      `INSERT INTO mail_sends (booking_id, kind, ics_sequence, recipient, message_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (booking_id, kind, ics_sequence, recipient) DO NOTHING`,
      [...params, `<${randomUUID()}@${messageDomain}>`],
    );
    const claimed = returnedRows<{ id: string; message_id: string }>(
      await this.dataSource.query(
        `UPDATE mail_sends SET status = 'sending', attempts = attempts + 1, sending_since = now(),
                message_id = COALESCE(message_id, $6)
         WHERE booking_id = $1 AND kind = $2 AND ics_sequence = $3 AND recipient = $4
           AND (status = 'pending' OR (status = 'sending' AND sending_since < now() - ($5 || ' milliseconds')::interval))
         RETURNING id, message_id`,
        [...params, String(leaseMs), `<${randomUUID()}@${messageDomain}>`],
      ),
    );
    if (claimed[0]) {
      return { claimed: true, id: claimed[0].id, messageId: claimed[0].message_id };
    }
    const [row]: { status: 'sent' | 'failed' | 'sending' }[] = await this.dataSource.query(
      `SELECT status FROM mail_sends WHERE booking_id = $1 AND kind = $2 AND ics_sequence = $3 AND recipient = $4`,
      params,
    );
    return { claimed: false, status: row.status };
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_sends SET status = 'sent', last_error = NULL, sent_at = now(), sending_since = NULL WHERE id = $1`,
      [id],
    );
  }

  /** A failed attempt: `pending` for a retry, or `failed` for good (5xx). Keeps the Message-ID. */
  async markFailed(id: string, permanent: boolean, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_sends SET status = $2, last_error = $3, sending_since = NULL WHERE id = $1`,
      [id, permanent ? 'failed' : 'pending', error.slice(0, 1000)],
    );
  }
}
