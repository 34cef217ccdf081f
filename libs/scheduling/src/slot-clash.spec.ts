import { QueryFailedError } from 'typeorm';
import { ErrorCode } from '@app/common';
import { clashingSlotOf, slotClashProblem } from './slot-clash';

const exclusionError = (detail: string, constraint = 'ex_slots_contact_no_overlap') =>
  new QueryFailedError(
    'INSERT INTO slots …',
    [],
    Object.assign(new Error('conflicting key value'), {
      code: '23P01',
      constraint,
      detail,
    }),
  );

const ID = '6f1c2a8e-3b9d-4c1e-9a55-0d2f4e6b8a10';
const detail = (range: string) =>
  `Key (contact_id, tstzrange(starts_at, ends_at), id)=(11111111-1111-4111-8111-111111111111, ${range}, 22222222-2222-4222-8222-222222222222) conflicts with existing key (contact_id, tstzrange(starts_at, ends_at), id)=(11111111-1111-4111-8111-111111111111, ${range}, ${ID}).`;

describe('slotClashProblem', () => {
  it('names the clashing slot from PostgreSQL’s detail, whatever the session time zone', () => {
    for (const range of [
      '["2027-03-30 07:00:00+00","2027-03-30 07:45:00+00")',
      '["2027-03-30 09:00:00+02","2027-03-30 09:45:00+02")',
      '["2027-03-30 12:30:00.000+05:30","2027-03-30 13:15:00+05:30")',
    ]) {
      expect(clashingSlotOf(exclusionError(detail(range)))).toEqual({
        id: ID,
        startsAt: '2027-03-30T07:00:00.000Z',
        endsAt: '2027-03-30T07:45:00.000Z',
      });
    }
  });

  it('answers 409 CONFLICT in Danish with the slot’s local time and id', () => {
    const problem = slotClashProblem(
      exclusionError(detail('["2027-03-30 07:00:00+00","2027-03-30 07:45:00+00")')),
    );
    expect(problem?.code).toBe(ErrorCode.Conflict);
    expect(problem?.detail).toContain('tirsdag 30. marts 2027 kl. 09.00–09.45');
    expect(problem?.detail).toContain(ID);
    expect(problem?.extras.clashingSlot?.id).toBe(ID);
  });

  it('still answers 409 without naming when the detail cannot be read, and ignores other errors', () => {
    expect(slotClashProblem(exclusionError(''))?.extras.clashingSlot).toBeUndefined();
    expect(slotClashProblem(exclusionError(detail('x'), 'another_constraint'))).toBeNull();
    expect(slotClashProblem(new Error('boom'))).toBeNull();
  });
});
