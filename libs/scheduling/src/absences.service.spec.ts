import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { AppConfig } from '@app/config';
import { OutboxWriteOptions } from '@app/jobs';
import { AuthUser } from '@app/auth';
import { DomainException, ErrorCode, FixedClock } from '@app/common';
import { Role } from '@app/organisations';
import { AbsencesRepository } from './absences.repository';
import { AbsencesService } from './absences.service';
import { CreateAbsenceDto } from './dto/create-absence.dto';
import { SlotBookings, SlotBookingsChange } from './slot-bookings';
import { SlotCancellation } from './slot-cancellation';
import { SlotOwner } from './slot-owner';
import { SlotOwnerRepository } from './slot-owner.repository';
import { SlotsRepository } from './slots.repository';

const REGION = randomUUID();

interface FakeSlot {
  id: string;
  contactId: string;
  status: 'open' | 'cancelled';
  startsAt: Date;
  deputies: (string | null)[];
  cancelReason?: string;
}

/** The booking side of the port, as scheduling sees it: which slots' bookings it was asked to change. */
class RecordingSlotBookings extends SlotBookings {
  readonly cancelled: { slotId: string; reason: string; delayMs?: number }[] = [];
  readonly newContact: { slotId: string; previousContactId: string; delayMs?: number }[] = [];

  async cancelAllOfSlot(
    _m: EntityManager,
    slotId: string,
    _a: AuthUser,
    reason: string,
    _now: Date,
    delivery: OutboxWriteOptions = {},
  ): Promise<SlotBookingsChange> {
    this.cancelled.push({ slotId, reason, delayMs: delivery.delayMs });
    return { bookingIds: [`booking-of-${slotId}`], outboxIds: [`cancelled-${slotId}`] };
  }

  async announceNewContact(
    _m: EntityManager,
    slotId: string,
    previousContactId: string,
    delivery: OutboxWriteOptions = {},
  ): Promise<SlotBookingsChange> {
    this.newContact.push({ slotId, previousContactId, delayMs: delivery.delayMs });
    return { bookingIds: [`booking-of-${slotId}`], outboxIds: [`moved-${slotId}`] };
  }

  async reopenCancelled(): Promise<number> {
    return 0;
  }
}

/** AbsencesService with its real rules on in-memory slots, people and a fixed clock (Monday 1 March 2027, 10:00). */
function absenceWorld() {
  const clock = new FixedClock(new Date('2027-03-01T09:00:00Z'));
  const slots = new Map<string, FakeSlot>();
  const activeContacts = new Set<string>();
  const manager = {} as EntityManager;
  const dataSource = {
    transaction: (work: (m: EntityManager) => unknown) => work(manager),
  } as unknown as DataSource;
  const slotsRepository = {
    lockOpenOfContact: async (
      _m: EntityManager,
      contactId: string,
      period: { from: Date; to: Date; after: Date },
    ) =>
      [...slots.values()]
        .filter(
          (s) =>
            s.contactId === contactId &&
            s.status === 'open' &&
            s.startsAt >= period.from &&
            s.startsAt < period.to &&
            s.startsAt > period.after,
        )
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
        .map((s) => ({ id: s.id, deputies: s.deputies })),
    setContact: async (_m: EntityManager, id: string, contactId: string) =>
      void (slots.get(id)!.contactId = contactId),
    markCancelled: async (_m: EntityManager, id: string, reason: string) =>
      void Object.assign(slots.get(id)!, { status: 'cancelled', cancelReason: reason }),
  } as unknown as SlotsRepository;
  const people = {
    isActiveContactInRegion: async (id: string, regionId: string, exceptId?: string) =>
      activeContacts.has(id) && regionId === REGION && id !== exceptId,
  } as unknown as SlotOwnerRepository;
  const audit = { record: async () => undefined } as unknown as AuditService;
  const recorded: { absence: object; effects: unknown[] }[] = [];
  const absences = {
    insert: async (_m: EntityManager, absence: object) => {
      recorded.push({ absence, effects: [] });
      return { ...absence, id: randomUUID() };
    },
    recordEffects: async (_m: EntityManager, _id: string, effects: unknown[]) =>
      void (recorded[recorded.length - 1].effects = effects),
  } as unknown as AbsencesRepository;
  // Ten minutes to undo a mistaken absence before anyone is told.
  const config = { absenceUndoWindowMs: 600_000 } as AppConfig;
  const bookings = new RecordingSlotBookings();
  const service = new AbsencesService(
    dataSource,
    new SlotOwner(people),
    new SlotCancellation(slotsRepository, bookings, audit),
    slotsRepository,
    bookings,
    absences,
    audit,
    clock,
    config,
  );
  const addSlot = (contactId: string, startsAt: string, deputies: (string | null)[]) => {
    const id = randomUUID();
    slots.set(id, { id, contactId, status: 'open', startsAt: new Date(startsAt), deputies });
    return id;
  };
  const addContact = () => {
    const id = randomUUID();
    activeContacts.add(id);
    return { id, role: Role.Contact, regionId: REGION } as AuthUser;
  };
  return { service, slots, bookings, recorded, addSlot, addContact };
}

async function refusal(promise: Promise<unknown>): Promise<DomainException> {
  const error = await promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainException);
  return error as DomainException;
}

describe('AbsencesService (rules, on in-memory fakes and a fixed clock)', () => {
  const period: CreateAbsenceDto = { from: '2027-03-01', to: '2027-03-03', reason: 'Kursus' };

  it('moves each future open slot in the period to the deputy all its municipalities share, else cancels it', async () => {
    const w = absenceWorld();
    const karl = w.addContact();
    const deputy = w.addContact();
    const earlierToday = w.addSlot(karl.id, '2027-03-01T08:00:00Z', [deputy.id]);
    const shared = w.addSlot(karl.id, '2027-03-02T09:00:00Z', [deputy.id]);
    const noSharedDeputy = w.addSlot(karl.id, '2027-03-03T12:00:00Z', [deputy.id, null]);
    // 4 March 00:00 in Copenhagen is 3 March 23:00 UTC: after the period.
    const after = w.addSlot(karl.id, '2027-03-03T23:00:00Z', [deputy.id]);

    const result = await w.service.register(karl, period);

    expect(result).toMatchObject({ contactId: karl.id, slotsMoved: 1, slotsCancelled: 1 });
    expect(w.slots.get(shared)!.contactId).toBe(deputy.id);
    // The messages wait out the undo window; the absence records what it did, for undoing it.
    expect(w.bookings.newContact).toEqual([{ slotId: shared, previousContactId: karl.id, delayMs: 600_000 }]);
    expect(result.undoableUntil).toBe('2027-03-01T09:10:00.000Z');
    expect(w.recorded[0].absence).toMatchObject({
      outboxMessageIds: [`moved-${shared}`, `cancelled-${noSharedDeputy}`],
    });
    expect(w.recorded[0].effects).toEqual([
      expect.objectContaining({ slotId: shared, effect: 'moved', deputyContactId: deputy.id }),
      expect.objectContaining({
        slotId: noSharedDeputy,
        effect: 'cancelled',
        cancelledBookingIds: [`booking-of-${noSharedDeputy}`],
      }),
    ]);
    expect(w.slots.get(noSharedDeputy)).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Fravær: Kursus',
    });
    expect(w.bookings.cancelled).toEqual([
      { slotId: noSharedDeputy, reason: 'Fravær: Kursus', delayMs: 600_000 },
    ]);
    for (const untouched of [earlierToday, after])
      expect(w.slots.get(untouched)).toMatchObject({ contactId: karl.id, status: 'open' });
  });

  it('moves every slot to a named deputy, who must be another active contact of the region', async () => {
    const w = absenceWorld();
    const karl = w.addContact();
    const named = w.addContact();
    const slot = w.addSlot(karl.id, '2027-03-02T09:00:00Z', [null]);
    expect(await w.service.register(karl, { ...period, deputyContactId: named.id })).toMatchObject({
      slotsMoved: 1,
      slotsCancelled: 0,
    });
    expect(w.slots.get(slot)!.contactId).toBe(named.id);

    for (const deputyContactId of [karl.id, randomUUID()]) {
      const error = await refusal(w.service.register(karl, { ...period, deputyContactId }));
      expect(error.code).toBe(ErrorCode.ValidationFailed);
    }
  });

  it('never makes the absent contact their own deputy: the slot is cancelled instead', async () => {
    const w = absenceWorld();
    const karl = w.addContact();
    const slot = w.addSlot(karl.id, '2027-03-02T09:00:00Z', [karl.id]);
    expect(await w.service.register(karl, period)).toMatchObject({ slotsMoved: 0, slotsCancelled: 1 });
    expect(w.slots.get(slot)!.status).toBe('cancelled');
    expect(w.bookings.cancelled[0].reason).toBe('Fravær: Kursus');
  });

  it('refuses an invalid period and another contact’s absence, changing nothing', async () => {
    const w = absenceWorld();
    const karl = w.addContact();
    const slot = w.addSlot(karl.id, '2027-03-02T09:00:00Z', [null]);
    expect((await refusal(w.service.register(karl, { from: '2027-02-30', to: '2027-03-03' }))).code).toBe(
      ErrorCode.ValidationFailed,
    );
    expect((await refusal(w.service.register(karl, { from: '2027-03-03', to: '2027-03-01' }))).code).toBe(
      ErrorCode.ValidationFailed,
    );
    const other = w.addContact();
    expect((await refusal(w.service.register(other, { ...period, contactId: karl.id }))).code).toBe(
      ErrorCode.Forbidden,
    );
    expect(w.slots.get(slot)!.status).toBe('open');
    expect(w.bookings.cancelled).toHaveLength(0);
  });
});
