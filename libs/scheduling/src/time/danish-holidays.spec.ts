import { danishHolidays, easterSunday, isDanishHoliday } from './danish-holidays';

// Written out by hand from the calendar (Easter per the published tables), not derived from the code.
const PUBLIC_HOLIDAYS: Record<number, Record<string, string>> = {
  2026: {
    Nytårsdag: '2026-01-01',
    Skærtorsdag: '2026-04-02',
    Langfredag: '2026-04-03',
    Påskedag: '2026-04-05',
    '2. påskedag': '2026-04-06',
    'Kristi himmelfartsdag': '2026-05-14',
    Pinsedag: '2026-05-24',
    '2. pinsedag': '2026-05-25',
    Juledag: '2026-12-25',
    '2. juledag': '2026-12-26',
  },
  2027: {
    Nytårsdag: '2027-01-01',
    Skærtorsdag: '2027-03-25',
    Langfredag: '2027-03-26',
    Påskedag: '2027-03-28',
    '2. påskedag': '2027-03-29',
    'Kristi himmelfartsdag': '2027-05-06',
    Pinsedag: '2027-05-16',
    '2. pinsedag': '2027-05-17',
    Juledag: '2027-12-25',
    '2. juledag': '2027-12-26',
  },
  2028: {
    Nytårsdag: '2028-01-01',
    Skærtorsdag: '2028-04-13',
    Langfredag: '2028-04-14',
    Påskedag: '2028-04-16',
    '2. påskedag': '2028-04-17',
    'Kristi himmelfartsdag': '2028-05-25',
    Pinsedag: '2028-06-04',
    '2. pinsedag': '2028-06-05',
    Juledag: '2028-12-25',
    '2. juledag': '2028-12-26',
  },
  2029: {
    Nytårsdag: '2029-01-01',
    Skærtorsdag: '2029-03-29',
    Langfredag: '2029-03-30',
    Påskedag: '2029-04-01',
    '2. påskedag': '2029-04-02',
    'Kristi himmelfartsdag': '2029-05-10',
    Pinsedag: '2029-05-20',
    '2. pinsedag': '2029-05-21',
    Juledag: '2029-12-25',
    '2. juledag': '2029-12-26',
  },
  2030: {
    Nytårsdag: '2030-01-01',
    Skærtorsdag: '2030-04-18',
    Langfredag: '2030-04-19',
    Påskedag: '2030-04-21',
    '2. påskedag': '2030-04-22',
    'Kristi himmelfartsdag': '2030-05-30',
    Pinsedag: '2030-06-09',
    '2. pinsedag': '2030-06-10',
    Juledag: '2030-12-25',
    '2. juledag': '2030-12-26',
  },
};

const byName = (holidays: { name: string; date: string }[]) =>
  Object.fromEntries(holidays.map((holiday) => [holiday.name, holiday.date]));

describe('easterSunday', () => {
  const sut = easterSunday;

  it.each([
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    // The extremes of the Gregorian computus.
    [1818, '1818-03-22'],
    [2285, '2285-03-22'],
    [1943, '1943-04-25'],
    [2038, '2038-04-25'],
  ])('is right for %i', (year, expected) => {
    expect(sut(year)).toBe(expected);
  });

  it.each([2026.5, 1582, 10_000, Number.NaN])('rejects the year %p', (year) => {
    expect(() => sut(year)).toThrow(RangeError);
  });
});

describe('danishHolidays', () => {
  const sut = danishHolidays;

  it.each(Object.keys(PUBLIC_HOLIDAYS).map(Number))('gives exactly the public holidays of %i', (year) => {
    const holidays = sut(year);

    expect(byName(holidays)).toEqual(PUBLIC_HOLIDAYS[year]);
    expect(holidays).toHaveLength(10);
    expect(holidays.every((holiday) => holiday.kind === 'public_holiday')).toBe(true);
  });

  it('sorts by date', () => {
    const dates = sut(2027, ['christmas_eve', 'new_years_eve', 'constitution_day']).map((h) => h.date);

    expect(dates).toEqual([...dates].sort());
  });

  it('includes Store bededag (fourth Friday after Easter) up to 2023', () => {
    expect(sut(2023)).toContainEqual({ date: '2023-05-05', name: 'Store bededag', kind: 'public_holiday' });
    expect(sut(2022)).toContainEqual({ date: '2022-05-13', name: 'Store bededag', kind: 'public_holiday' });
    expect(sut(2023)).toHaveLength(11);
  });

  it.each([2024, 2025, 2027, 2030])('has no Store bededag in %i', (year) => {
    expect(sut(year).map((holiday) => holiday.name)).not.toContain('Store bededag');
  });

  it('leaves the closing days out unless asked for', () => {
    expect(sut(2027).map((holiday) => holiday.date)).not.toContain('2027-12-24');
    expect(sut(2027).some((holiday) => holiday.kind === 'closing_day')).toBe(false);
  });

  it('adds exactly the requested closing days', () => {
    const closing = (closingDays: Parameters<typeof sut>[1]) =>
      sut(2027, closingDays).filter((holiday) => holiday.kind === 'closing_day');

    expect(closing(['christmas_eve'])).toEqual([
      { date: '2027-12-24', name: 'Juleaftensdag', kind: 'closing_day' },
    ]);
    expect(closing(['new_years_eve', 'constitution_day'])).toEqual([
      { date: '2027-06-05', name: 'Grundlovsdag', kind: 'closing_day' },
      { date: '2027-12-31', name: 'Nytårsaftensdag', kind: 'closing_day' },
    ]);
  });

  it('rejects an unknown closing day', () => {
    expect(() => sut(2027, ['boxing_day' as never])).toThrow(RangeError);
  });
});

describe('isDanishHoliday', () => {
  const sut = isDanishHoliday;

  it('finds a public holiday by date', () => {
    expect(sut('2027-05-06')).toEqual({
      date: '2027-05-06',
      name: 'Kristi himmelfartsdag',
      kind: 'public_holiday',
    });
    expect(sut('2023-05-05')?.name).toBe('Store bededag');
  });

  it('returns undefined on an ordinary day and on the former Store bededag', () => {
    expect(sut('2027-05-05')).toBeUndefined();
    expect(sut('2024-04-26')).toBeUndefined();
  });

  it('treats closing days as holidays only when switched on', () => {
    expect(sut('2027-12-24')).toBeUndefined();
    expect(sut('2027-12-24', ['christmas_eve'])?.kind).toBe('closing_day');
    expect(sut('2027-12-31', ['christmas_eve'])).toBeUndefined();
    expect(sut('2027-06-05', ['constitution_day'])?.name).toBe('Grundlovsdag');
  });

  it('prefers the public holiday when a closing day falls on it (2. pinsedag 2028 = 5 June)', () => {
    expect(sut('2028-06-05', ['constitution_day'])).toEqual({
      date: '2028-06-05',
      name: '2. pinsedag',
      kind: 'public_holiday',
    });
  });

  it.each(['2027-02-30', '27-05-06', '2027-5-6', '', '2027-05-06T00:00'])('rejects the date %p', (date) => {
    expect(() => sut(date)).toThrow(RangeError);
  });
});
