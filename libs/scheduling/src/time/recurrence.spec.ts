import { localTimeOf } from './copenhagen-time';
import { type SeriesRule, expandSeries, firstOccurrenceDate, validateSeriesRule } from './recurrence';

const SLOT_MINUTES = 45;
const at = (iso: string) => new Date(iso);
const window = (from: string, to: string) => ({ from: at(from), to: at(to) });
const iso = (instant: Date) => instant.toISOString();

// Every second Tuesday 09:00 from 16 March 2027: crosses 28 March (spring) and 31 October (autumn) 2027.
const everySecondTuesday: SeriesRule = {
  weekday: 2,
  startTime: '09:00',
  intervalWeeks: 2,
  startsOn: '2027-03-16',
};

describe('expandSeries', () => {
  const sut = expandSeries;

  describe('across the daylight-saving changes of 2027', () => {
    const occurrences = sut(everySecondTuesday, window('2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z'), 45);

    it('keeps every slot at 09:00 Copenhagen time', () => {
      expect(occurrences).toHaveLength(21);
      expect(occurrences.every((o) => localTimeOf(o.startsAt) === '09:00')).toBe(true);
    });

    it('moves the UTC instant: 08:00Z in winter, 07:00Z in summer', () => {
      const startsAt = Object.fromEntries(occurrences.map((o) => [o.localDate, iso(o.startsAt)]));

      expect(startsAt['2027-03-16']).toBe('2027-03-16T08:00:00.000Z');
      expect(startsAt['2027-03-30']).toBe('2027-03-30T07:00:00.000Z');
      expect(startsAt['2027-10-26']).toBe('2027-10-26T07:00:00.000Z');
      expect(startsAt['2027-11-09']).toBe('2027-11-09T08:00:00.000Z');
      expect(startsAt['2027-12-21']).toBe('2027-12-21T08:00:00.000Z');
    });

    it('steps exactly two weeks at a time from the first occurrence', () => {
      expect(occurrences.slice(0, 4).map((o) => o.localDate)).toEqual([
        '2027-03-16',
        '2027-03-30',
        '2027-04-13',
        '2027-04-27',
      ]);
      const days = occurrences.map((o) => Date.parse(`${o.localDate}T00:00:00Z`) / 86_400_000);
      expect(days.slice(1).every((day, i) => day - days[i]! === 14)).toBe(true);
    });

    it('makes each slot last slotMinutes of real time', () => {
      expect(occurrences.every((o) => o.endsAt.getTime() - o.startsAt.getTime() === 45 * 60_000)).toBe(true);
      const [first] = sut(everySecondTuesday, window('2027-03-01T00:00:00Z', '2027-03-20T00:00:00Z'), 60);
      expect(iso(first!.endsAt)).toBe('2027-03-16T09:00:00.000Z');
    });
  });

  it('starts on the first matching weekday on/after startsOn', () => {
    const rule = { ...everySecondTuesday, startsOn: '2027-03-10' }; // a Wednesday

    const dates = sut(rule, window('2027-01-01T00:00:00Z', '2027-04-01T00:00:00Z'), SLOT_MINUTES).map(
      (o) => o.localDate,
    );

    expect(dates).toEqual(['2027-03-16', '2027-03-30']);
  });

  it('respects endsOn, inclusive', () => {
    const dates = (endsOn: string | null) =>
      sut({ ...everySecondTuesday, endsOn }, window('2027-03-01T00:00:00Z', '2027-06-01T00:00:00Z'), 45).map(
        (o) => o.localDate,
      );

    expect(dates('2027-04-13')).toEqual(['2027-03-16', '2027-03-30', '2027-04-13']);
    expect(dates('2027-04-12')).toEqual(['2027-03-16', '2027-03-30']);
    expect(dates('2027-03-16')).toEqual(['2027-03-16']);
    expect(dates(null)).toHaveLength(6);
  });

  describe('public holidays', () => {
    // Weekly Thursdays 10:00 over Easter and Kristi himmelfart 2027.
    const thursdays: SeriesRule = {
      weekday: 4,
      startTime: '10:00',
      intervalWeeks: 1,
      startsOn: '2027-03-18',
    };
    const spring = window('2027-03-01T00:00:00Z', '2027-05-14T00:00:00Z');
    const dates = (rule: SeriesRule) => sut(rule, spring, SLOT_MINUTES).map((o) => o.localDate);

    it('skips them by default (Skærtorsdag 25/3, Kristi himmelfartsdag 6/5)', () => {
      expect(dates(thursdays)).toEqual([
        '2027-03-18',
        '2027-04-01',
        '2027-04-08',
        '2027-04-15',
        '2027-04-22',
        '2027-04-29',
        '2027-05-13',
      ]);
    });

    it('keeps them when the contact opts in', () => {
      const all = dates({ ...thursdays, includePublicHolidays: true });

      expect(all).toContain('2027-03-25');
      expect(all).toContain('2027-05-06');
      expect(all).toHaveLength(9);
    });

    it('does not move the cadence when a date is skipped', () => {
      const fortnightly = { ...thursdays, intervalWeeks: 2, startsOn: '2027-04-22' };

      expect(dates(fortnightly)).toEqual(['2027-04-22']); // 2027-05-06 skipped, not replaced by 05-13
    });
  });

  describe('closing days', () => {
    // 24 December 2026 is a Thursday.
    const christmasThursdays: SeriesRule = {
      weekday: 4,
      startTime: '09:00',
      intervalWeeks: 1,
      startsOn: '2026-12-17',
      endsOn: '2026-12-31',
    };
    const december = window('2026-12-01T00:00:00Z', '2027-01-01T00:00:00Z');
    const dates = (rule: SeriesRule) => sut(rule, december, SLOT_MINUTES).map((o) => o.localDate);

    it('keeps them unless switched on', () => {
      expect(dates(christmasThursdays)).toEqual(['2026-12-17', '2026-12-24', '2026-12-31']);
    });

    it('skips the ones switched on', () => {
      expect(dates({ ...christmasThursdays, closingDays: ['christmas_eve'] })).toEqual([
        '2026-12-17',
        '2026-12-31',
      ]);
      expect(dates({ ...christmasThursdays, closingDays: ['christmas_eve', 'new_years_eve'] })).toEqual([
        '2026-12-17',
      ]);
    });

    it('keeps them when public holidays are opted in', () => {
      const rule = {
        ...christmasThursdays,
        closingDays: ['christmas_eve' as const],
        includePublicHolidays: true,
      };

      expect(dates(rule)).toEqual(['2026-12-17', '2026-12-24', '2026-12-31']);
    });
  });

  describe('the window', () => {
    it('is half-open: a start exactly at `from` is in, exactly at `to` is out', () => {
      const startOf30March = '2027-03-30T07:00:00.000Z';

      expect(sut(everySecondTuesday, window(startOf30March, '2027-04-01T00:00:00Z'), 45)).toHaveLength(1);
      expect(sut(everySecondTuesday, window('2027-03-20T00:00:00Z', startOf30March), 45)).toHaveLength(0);
    });

    it('is empty when to is not after from', () => {
      expect(sut(everySecondTuesday, window('2027-05-01T00:00:00Z', '2027-05-01T00:00:00Z'), 45)).toEqual([]);
      expect(sut(everySecondTuesday, window('2027-06-01T00:00:00Z', '2027-05-01T00:00:00Z'), 45)).toEqual([]);
    });

    it('gives the same dates whatever window it starts from (cadence anchored at the 1st occurrence)', () => {
      const rule: SeriesRule = { weekday: 5, startTime: '13:00', intervalWeeks: 3, startsOn: '2027-01-01' };
      const late = sut(rule, window('2029-02-01T00:00:00Z', '2029-04-01T00:00:00Z'), 45);
      const full = sut(rule, window('2027-01-01T00:00:00Z', '2029-04-01T00:00:00Z'), 45);

      expect(late.length).toBeGreaterThan(0);
      expect(late).toEqual(full.filter((o) => o.startsAt >= at('2029-02-01T00:00:00Z')));
    });

    it('expanding [a,c) equals expanding [a,b) then [b,c) for any b (idempotent horizon extension)', () => {
      const a = at('2027-01-01T00:00:00Z');
      const c = at('2028-01-01T00:00:00Z');
      const whole = sut(everySecondTuesday, { from: a, to: c }, 45);
      const splits = [
        at('2027-03-28T01:00:00Z'), // the spring change
        at('2027-03-30T07:00:00Z'), // exactly an occurrence's start
        at('2027-03-30T07:00:00.001Z'),
        at('2027-10-31T01:00:00Z'), // the autumn change
        at('2027-11-09T08:00:00Z'),
        ...Array.from({ length: 53 }, (_, week) => new Date(a.getTime() + week * 7 * 86_400_000 + 3_600_000)),
      ];

      for (const b of splits) {
        const extended = [
          ...sut(everySecondTuesday, { from: a, to: b }, 45),
          ...sut(everySecondTuesday, { from: b, to: c }, 45),
        ];
        expect(extended).toEqual(whole);
      }
    });
  });

  describe('start times inside the DST hour (Sunday 02:30)', () => {
    const sundayNight = (startsOn: string): SeriesRule => ({
      weekday: 7,
      startTime: '02:30',
      intervalWeeks: 1,
      startsOn,
      includePublicHolidays: true, // 28 March 2027 is Easter Sunday
    });

    it('moves the non-existent 02:30 of 28 March 2027 forward to 03:30 CEST, one slot that night', () => {
      const occurrences = sut(
        sundayNight('2027-03-21'),
        window('2027-03-01T00:00:00Z', '2027-04-05T00:00:00Z'),
        45,
      );

      expect(occurrences.map((o) => [o.localDate, iso(o.startsAt), localTimeOf(o.startsAt)])).toEqual([
        ['2027-03-21', '2027-03-21T01:30:00.000Z', '02:30'],
        ['2027-03-28', '2027-03-28T01:30:00.000Z', '03:30'],
        ['2027-04-04', '2027-04-04T00:30:00.000Z', '02:30'],
      ]);
      expect(iso(occurrences[1]!.endsAt)).toBe('2027-03-28T02:15:00.000Z');
    });

    it('takes the first, summer-time 02:30 of 31 October 2027, one slot that night', () => {
      const occurrences = sut(
        sundayNight('2027-10-24'),
        window('2027-10-01T00:00:00Z', '2027-11-10T00:00:00Z'),
        45,
      );

      expect(occurrences.map((o) => [o.localDate, iso(o.startsAt)])).toEqual([
        ['2027-10-24', '2027-10-24T00:30:00.000Z'],
        ['2027-10-31', '2027-10-31T00:30:00.000Z'],
        ['2027-11-07', '2027-11-07T01:30:00.000Z'],
      ]);
    });

    it('does the same in 2026, when the spring change is not a holiday', () => {
      const rule = { ...sundayNight('2026-03-29'), includePublicHolidays: false };

      const [first] = sut(rule, window('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'), 45);

      expect(first).toMatchObject({ localDate: '2026-03-29', startsAt: at('2026-03-29T01:30:00Z') });
    });
  });

  it.each<[string, Partial<SeriesRule>]>([
    ['weekday 0', { weekday: 0 as never }],
    ['weekday 8', { weekday: 8 as never }],
    ['a bad start time', { startTime: '9:00' }],
    ['interval 0', { intervalWeeks: 0 }],
    ['interval 9', { intervalWeeks: 9 }],
    ['a fractional interval', { intervalWeeks: 1.5 }],
    ['a bad startsOn', { startsOn: '2027-02-30' }],
    ['a bad endsOn', { endsOn: '2027-13-01' }],
    ['endsOn before startsOn', { endsOn: '2027-03-15' }],
  ])('rejects a rule with %s', (_, change) => {
    expect(() =>
      sut({ ...everySecondTuesday, ...change }, window('2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z'), 45),
    ).toThrow(RangeError);
  });

  it.each([0, -45, 44.5, Number.NaN])('rejects slotMinutes %p', (slotMinutes) => {
    expect(() =>
      sut(everySecondTuesday, window('2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z'), slotMinutes),
    ).toThrow(RangeError);
  });

  it('rejects an invalid window', () => {
    expect(() =>
      sut(everySecondTuesday, { from: new Date('nope'), to: at('2028-01-01T00:00:00Z') }, 45),
    ).toThrow(RangeError);
  });

  it('does not depend on the window being a Date of the right day (no local-time leakage)', () => {
    // 2027-03-15T23:30Z is already Tuesday 16 March in Copenhagen; the window still finds 09:00 that day.
    const [first] = sut(everySecondTuesday, window('2027-03-15T23:30:00Z', '2027-03-17T00:00:00Z'), 45);

    expect(first?.localDate).toBe('2027-03-16');
  });
});

describe('validateSeriesRule', () => {
  const sut = validateSeriesRule;

  it('returns no problems for a valid rule', () => {
    expect(sut(everySecondTuesday)).toEqual([]);
    expect(sut({ ...everySecondTuesday, endsOn: '2027-03-16', intervalWeeks: 8, weekday: 7 })).toEqual([]);
  });

  it('lists every problem', () => {
    expect(sut({ weekday: 9 as never, startTime: '25:00', intervalWeeks: 0, startsOn: 'x' })).toHaveLength(4);
  });
});

describe('firstOccurrenceDate', () => {
  const sut = firstOccurrenceDate;

  it.each<[string, 1 | 2 | 3 | 4 | 5 | 6 | 7, string]>([
    ['2027-03-16', 2, '2027-03-16'], // already a Tuesday
    ['2027-03-17', 2, '2027-03-23'],
    ['2027-03-15', 7, '2027-03-21'],
    ['2027-12-31', 1, '2028-01-03'],
  ])('from %s on weekday %i is %s', (startsOn, weekday, expected) => {
    expect(sut(startsOn, weekday)).toBe(expected);
  });
});
