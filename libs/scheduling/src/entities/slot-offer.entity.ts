import { Column, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { Municipality } from '@app/organisations';
import { Slot, SlotStatus } from './slot.entity';

/** Which municipalities may book a slot; the key a consultant's slot list is read by. */
@Entity('slot_offers')
@Index(['municipalityId', 'slotId'])
// A municipality's offers in time order: the consultant's list of free slots and the statistics'
// period filter read only that municipality's offers of the period, however many years the table holds.
@Index('idx_slot_offers_municipality_start', ['municipalityId', 'startsAt', 'slotId'])
export class SlotOffer {
  @PrimaryColumn({ type: 'uuid' })
  slotId!: string;

  @PrimaryColumn({ type: 'uuid' })
  municipalityId!: string;

  /*
   * The slot's `starts_at`, `status` and `capacity`, denormalised like `bookings.session_starts_at`, so
   * the statistics count a region's offers of a period from this table alone. Set by the
   * `slot_offers_slot_facts` trigger when the offer is inserted and kept equal by the slots'
   * `slots_offer_facts` trigger when a slot is cancelled (or its time corrected) — in the same
   * statement, so they never disagree with the slot.
   */
  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'enum', enum: SlotStatus, enumName: 'slot_status' })
  slotStatus!: SlotStatus;

  @Column({ type: 'integer' })
  capacity!: number;

  @ManyToOne(() => Slot, { onDelete: 'CASCADE' })
  slot?: Slot;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  municipality?: Municipality;
}
