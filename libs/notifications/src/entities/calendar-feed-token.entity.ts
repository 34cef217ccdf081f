import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@app/organisations';

/**
 * A user's secret calendar-feed URL. Only the SHA-256 of the token is stored; one per user, so a new
 * token replaces (revokes) the old one.
 */
@Entity('calendar_feed_tokens')
export class CalendarFeedToken {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Index('uq_calendar_feed_tokens_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
