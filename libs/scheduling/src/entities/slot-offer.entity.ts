import { Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { Municipality } from '@app/organisations';
import { Slot } from './slot.entity';

/** Which municipalities may book a slot; the key a consultant's slot list is read by. */
@Entity('slot_offers')
@Index(['municipalityId', 'slotId'])
export class SlotOffer {
  @PrimaryColumn({ type: 'uuid' })
  slotId!: string;

  @PrimaryColumn({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => Slot, { onDelete: 'CASCADE' })
  slot?: Slot;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  municipality?: Municipality;
}
