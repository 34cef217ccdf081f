import { AppConfig, loadConfig } from '@app/config';
import { CaseSummaryDeadline } from './case-summary-deadline';

const config = (extra: Record<string, string> = {}): AppConfig =>
  loadConfig({
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/sparring',
    REDIS_URL: 'redis://127.0.0.1:6379',
    SMTP_URL: 'smtp://127.0.0.1:1025',
    AUTH_SECRET: 'x'.repeat(32),
    CASE_SUMMARY_KEY: Buffer.alloc(32, 7).toString('base64'),
    ...extra,
  });

describe('CaseSummaryDeadline (product rule 5)', () => {
  const sut = new CaseSummaryDeadline(config());

  it('is 2 working days before the session at its time of day, in Danish time across DST', () => {
    // Tuesday 30 March 2027 09:00 (summer time) after Easter → Tuesday 23 March 09:00 (winter time).
    expect(sut.regularDueAt(new Date('2027-03-30T07:00:00Z')).toISOString()).toBe('2027-03-23T08:00:00.000Z');
    // Monday 15 March 10:00 → Thursday 11 March 10:00.
    expect(sut.regularDueAt(new Date('2027-03-15T09:00:00Z')).toISOString()).toBe('2027-03-11T09:00:00.000Z');
  });

  it('follows CASE_SUMMARY_DUE_WORKING_DAYS and CLOSING_DAYS', () => {
    const three = new CaseSummaryDeadline(config({ CASE_SUMMARY_DUE_WORKING_DAYS: '3' }));
    expect(three.regularDueAt(new Date('2027-03-15T09:00:00Z')).toISOString()).toBe(
      '2027-03-10T09:00:00.000Z',
    );
    const noClosingDays = new CaseSummaryDeadline(config({ CLOSING_DAYS: '' }));
    const tuesdayAfterChristmas = new Date('2027-12-28T09:00:00Z');
    expect(sut.regularDueAt(tuesdayAfterChristmas).toISOString()).toBe('2027-12-23T09:00:00.000Z');
    expect(noClosingDays.regularDueAt(tuesdayAfterChristmas).toISOString()).toBe('2027-12-24T09:00:00.000Z');
  });

  it('is due at once for a booking made after the regular deadline, and says so', () => {
    const startsAt = new Date('2027-03-15T09:00:00Z'); // Monday
    const inTime = new Date('2027-03-10T12:00:00Z');
    expect(sut.dueFor(startsAt, inTime)).toEqual({
      dueAt: new Date('2027-03-11T09:00:00Z'),
      immediately: false,
    });
    const late = new Date('2027-03-12T12:00:00Z'); // Friday: 2 days 21 h ahead, but only 1 working day
    expect(sut.dueFor(startsAt, late)).toEqual({ dueAt: late, immediately: true });
    expect(sut.wasImmediate(late, startsAt)).toBe(true);
    expect(sut.wasImmediate(new Date('2027-03-11T09:00:00Z'), startsAt)).toBe(false);
  });
});
