import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { returnedRows } from '@app/database';
import { AbsenceSlot } from './entities/absence-slot.entity';
import { Absence } from './entities/absence.entity';

export interface NamedRef {
  id: string;
  name: string;
}

export interface AffectedSlotRow {
  id: string;
  kind: string;
  starts_at: Date;
  /** Distinct standing deputies of the municipalities the slot is offered to (null where one has none). */
  deputies: (string | null)[] | null;
  municipalities: NamedRef[];
  bookings: { bookingId: string; bookedBy: string; municipality: string }[];
}

export interface AbsenceListRow {
  id: string;
  contact_id: string;
  contact_name: string;
  from_date: string;
  to_date: string;
  reason: string | null;
  deputy_contact_id: string | null;
  deputy_name: string | null;
  slots_moved: number;
  slots_cancelled: number;
  undoable_until: Date | null;
  undone_at: Date | null;
  created_at: Date;
}

/** Data access for absences: what one would touch, what one did, and putting it back. */
@Injectable()
export class AbsencesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The contact's open slots starting in [from, to) and after `now`: what an absence would touch. */
  affectedSlots(contactId: string, from: Date, to: Date, now: Date): Promise<AffectedSlotRow[]> {
    return this.dataSource.query(
      `SELECT s.id, s.kind, s.starts_at,
              (SELECT array_agg(DISTINCT m.deputy_contact_id) FROM slot_offers o
                 JOIN municipalities m ON m.id = o.municipality_id WHERE o.slot_id = s.id) AS deputies,
              (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name) ORDER BY m.name), '[]')
                 FROM slot_offers o JOIN municipalities m ON m.id = o.municipality_id
                WHERE o.slot_id = s.id) AS municipalities,
              (SELECT coalesce(json_agg(json_build_object('bookingId', b.id, 'bookedBy', u.name,
                                                          'municipality', bm.name) ORDER BY b.seat), '[]')
                 FROM bookings b JOIN users u ON u.id = b.consultant_id
                 JOIN municipalities bm ON bm.id = b.municipality_id
                WHERE b.slot_id = s.id AND b.status = 'booked') AS bookings
         FROM slots s
        WHERE s.contact_id = $1 AND s.status = 'open' AND s.starts_at >= $2 AND s.starts_at < $3
          AND s.starts_at > $4
        ORDER BY s.starts_at`,
      [contactId, from, to, now],
    );
  }

  /** Active contacts of the region who serve (as contact or deputy) any of the municipalities. */
  servingContacts(municipalityIds: string[], regionId: string, except: string): Promise<NamedRef[]> {
    return this.dataSource.query(
      `SELECT DISTINCT u.id, u.name FROM users u
         JOIN municipalities m ON m.contact_id = u.id OR m.deputy_contact_id = u.id
        WHERE m.id = ANY($1::uuid[]) AND u.role = 'contact' AND u.active AND u.region_id = $2 AND u.id <> $3
        ORDER BY u.name`,
      [municipalityIds, regionId, except],
    );
  }

  namesOf(userIds: string[]): Promise<NamedRef[]> {
    return this.dataSource.query(`SELECT id, name FROM users WHERE id = ANY($1::uuid[])`, [userIds]);
  }

  /** The municipalities a contact serves, as contact or deputy. */
  async servedMunicipalityIds(contactId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM municipalities WHERE contact_id = $1 OR deputy_contact_id = $1`,
      [contactId],
    );
    return rows.map((row) => row.id);
  }

  /** Absences of the region (or of one contact), newest first. */
  list(regionId: string, contactId?: string): Promise<AbsenceListRow[]> {
    return this.dataSource.query(
      `SELECT a.id, a.contact_id, c.name AS contact_name, a.from_date::text, a.to_date::text, a.reason,
              a.deputy_contact_id, d.name AS deputy_name, a.slots_moved, a.slots_cancelled,
              a.undoable_until, a.undone_at, a.created_at
         FROM absences a JOIN users c ON c.id = a.contact_id LEFT JOIN users d ON d.id = a.deputy_contact_id
        WHERE c.region_id = $1 AND ($2::uuid IS NULL OR a.contact_id = $2)
        ORDER BY a.created_at DESC LIMIT 200`,
      [regionId, contactId ?? null],
    );
  }

  insert(manager: EntityManager, absence: Omit<Absence, 'id' | 'createdAt' | 'contact'>): Promise<Absence> {
    return manager.save(manager.create(Absence, absence));
  }

  /** What the absence did to each slot, for undoing it. */
  async recordEffects(
    manager: EntityManager,
    absenceId: string,
    effects: Omit<AbsenceSlot, 'absenceId'>[],
  ): Promise<void> {
    if (effects.length === 0) return;
    await manager.insert(
      AbsenceSlot,
      effects.map((effect) => ({ ...effect, absenceId })),
    );
  }

  lockAbsence(manager: EntityManager, id: string): Promise<Absence | null> {
    return manager.findOne(Absence, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  effects(manager: EntityManager, absenceId: string): Promise<AbsenceSlot[]> {
    return manager.find(AbsenceSlot, { where: { absenceId } });
  }

  /** Deletes the messages not relayed yet; returns how many that was. */
  async deleteUnrelayed(manager: EntityManager, outboxIds: string[]): Promise<number> {
    if (outboxIds.length === 0) return 0;
    const deleted = returnedRows<{ id: string }>(
      await manager.query(
        `DELETE FROM outbox_messages WHERE id = ANY($1::uuid[]) AND processed_at IS NULL RETURNING id`,
        [outboxIds],
      ),
    );
    return deleted.length;
  }

  /** Gives a moved slot back to the absent contact, unless it has moved on since. */
  async moveBack(manager: EntityManager, effect: AbsenceSlot): Promise<number> {
    const moved = returnedRows<{ id: string }>(
      await manager.query(
        `UPDATE slots SET contact_id = $2 WHERE id = $1 AND contact_id = $3 AND status = 'open' RETURNING id`,
        [effect.slotId, effect.previousContactId, effect.deputyContactId],
      ),
    );
    return moved.length;
  }

  /** Reopens a slot the absence cancelled (its bookings are reopened by their owner); 0 if it moved on. */
  async reopenSlot(manager: EntityManager, slotId: string): Promise<number> {
    const reopened = returnedRows<{ id: string }>(
      await manager.query(
        `UPDATE slots SET status = 'open', cancelled_at = NULL, cancel_reason = NULL
          WHERE id = $1 AND status = 'cancelled' RETURNING id`,
        [slotId],
      ),
    );
    return reopened.length;
  }

  async markUndone(manager: EntityManager, id: string, now: Date): Promise<void> {
    await manager.update(Absence, { id }, { undoneAt: now });
  }
}
