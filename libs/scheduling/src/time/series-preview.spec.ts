import { CLOSING_DAYS } from './danish-holidays';
import { previewSeries } from './series-preview';

const window = { from: new Date('2027-03-01T00:00:00Z'), to: new Date('2027-04-10T00:00:00Z') };

describe('previewSeries', () => {
  it('lists every Thursday and marks Maundy Thursday as a skipped public holiday', () => {
    const rule = { weekday: 4 as const, startTime: '09:00', intervalWeeks: 1, startsOn: '2027-03-01' };
    const dates = previewSeries(rule, window, 45, CLOSING_DAYS);
    expect(dates.map((date) => date.localDate)).toEqual([
      '2027-03-04',
      '2027-03-11',
      '2027-03-18',
      '2027-03-25',
      '2027-04-01',
      '2027-04-08',
    ]);
    // Easter 2027 is 28 March: Skærtorsdag is 25 March.
    expect(dates.filter((date) => date.skipped)).toEqual([
      {
        localDate: '2027-03-25',
        startsAt: new Date('2027-03-25T08:00:00Z'),
        skipped: { reason: 'public_holiday', name: 'Skærtorsdag' },
      },
    ]);
  });

  it('marks nothing when the series keeps public holidays', () => {
    const rule = {
      weekday: 4 as const,
      startTime: '09:00',
      intervalWeeks: 1,
      startsOn: '2027-03-01',
      includePublicHolidays: true,
    };
    expect(previewSeries(rule, window, 45, CLOSING_DAYS).some((date) => date.skipped)).toBe(false);
  });

  it('marks a closing day the configuration names, and follows the interval and the end date', () => {
    const december = { from: new Date('2027-12-01T00:00:00Z'), to: new Date('2028-01-31T00:00:00Z') };
    // 24 December 2027 is a Friday.
    const rule = {
      weekday: 5 as const,
      startTime: '13:00',
      intervalWeeks: 2,
      startsOn: '2027-12-10',
      endsOn: '2028-01-07',
    };
    const dates = previewSeries(rule, december, 45, CLOSING_DAYS);
    expect(dates.map((date) => [date.localDate, date.skipped?.reason ?? null])).toEqual([
      ['2027-12-10', null],
      ['2027-12-24', 'closing_day'],
      ['2028-01-07', null],
    ]);
    expect(previewSeries(rule, december, 45, []).every((date) => !date.skipped)).toBe(true);
  });
});
