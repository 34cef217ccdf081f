import {
  copenhagenInstant,
  formatDanish,
  localDateOf,
  localTimeOf,
  validateStartTime,
} from './copenhagen-time';

describe('validateStartTime', () => {
  const sut = validateStartTime;

  it.each([
    ['09:00', 9, 0],
    ['00:00', 0, 0],
    ['23:59', 23, 59],
    ['02:30', 2, 30], // inside the DST hour: accepted, resolved by the DST policy
  ])('accepts %p', (value, hour, minute) => {
    expect(sut(value)).toEqual({ valid: true, hour, minute });
  });

  it.each(['9:00', '24:00', '09:60', '09:00:00', ' 09:00', '09.00', '', 'noon', 900, null, undefined])(
    'rejects %p',
    (value) => {
      const result = sut(value);

      expect(result.valid).toBe(false);
      expect(result.valid === false && result.error).toMatch(/HH:MM/);
    },
  );
});

describe('copenhagenInstant', () => {
  const sut = copenhagenInstant;

  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(sut('2027-03-23', '09:00').toISOString()).toBe('2027-03-23T08:00:00.000Z');
    expect(sut('2027-03-30', '09:00').toISOString()).toBe('2027-03-30T07:00:00.000Z');
    expect(sut('2027-11-02', '09:00').toISOString()).toBe('2027-11-02T08:00:00.000Z');
  });

  it('keeps ordinary times on the DST days themselves', () => {
    expect(sut('2027-03-28', '09:00').toISOString()).toBe('2027-03-28T07:00:00.000Z');
    expect(sut('2027-03-28', '01:59').toISOString()).toBe('2027-03-28T00:59:00.000Z');
    expect(sut('2027-03-28', '03:00').toISOString()).toBe('2027-03-28T01:00:00.000Z');
    expect(sut('2027-10-31', '09:00').toISOString()).toBe('2027-10-31T08:00:00.000Z');
  });

  it('moves a non-existent spring-forward time forward by the skipped hour (offset before the gap)', () => {
    const instant = sut('2027-03-28', '02:30');

    expect(instant.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(localTimeOf(instant)).toBe('03:30');
    expect(sut('2027-03-28', '02:00').toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });

  it('takes the first (summer-time) instant of an ambiguous fall-back time', () => {
    expect(sut('2027-10-31', '02:30').toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(sut('2027-10-31', '02:00').toISOString()).toBe('2027-10-31T00:00:00.000Z');
    expect(sut('2027-10-31', '02:59').toISOString()).toBe('2027-10-31T00:59:00.000Z');
    expect(sut('2027-10-31', '03:00').toISOString()).toBe('2027-10-31T02:00:00.000Z');
  });

  it('rejects a bad date or time', () => {
    expect(() => sut('2027-02-29', '09:00')).toThrow(RangeError);
    expect(() => sut('2027-03-28', '9:00')).toThrow(RangeError);
  });
});

describe('localDateOf / localTimeOf', () => {
  it('reads the date and time in Copenhagen, not in UTC', () => {
    const lateUtc = new Date('2027-06-30T22:30:00Z');

    expect(localDateOf(lateUtc)).toBe('2027-07-01');
    expect(localTimeOf(lateUtc)).toBe('00:30');
    expect(localDateOf(new Date('2027-12-31T23:00:00Z'))).toBe('2028-01-01');
    expect(localTimeOf(new Date('2027-01-05T08:05:00Z'))).toBe('09:05');
  });

  it('distinguishes the two 02:30s of the fall-back night only by instant', () => {
    expect(localTimeOf(new Date('2027-10-31T00:30:00Z'))).toBe('02:30');
    expect(localTimeOf(new Date('2027-10-31T01:30:00Z'))).toBe('02:30');
  });

  it('rejects an invalid Date', () => {
    expect(() => localDateOf(new Date('nope'))).toThrow(RangeError);
  });
});

describe('formatDanish', () => {
  const sut = formatDanish;

  it.each([
    ['2027-03-30T07:00:00Z', 'tirsdag 30. marts 2027 kl. 09.00'],
    ['2027-01-05T08:00:00Z', 'tirsdag 5. januar 2027 kl. 09.00'],
    ['2027-05-06T12:15:00Z', 'torsdag 6. maj 2027 kl. 14.15'],
    ['2027-10-31T00:30:00Z', 'søndag 31. oktober 2027 kl. 02.30'],
    ['2027-12-31T23:30:00Z', 'lørdag 1. januar 2028 kl. 00.30'],
    ['2027-02-08T07:45:00Z', 'mandag 8. februar 2027 kl. 08.45'],
    ['2027-08-18T11:00:00Z', 'onsdag 18. august 2027 kl. 13.00'],
    ['2027-09-17T06:00:00Z', 'fredag 17. september 2027 kl. 08.00'],
  ])('formats %s as %p', (iso, expected) => {
    expect(sut(new Date(iso))).toBe(expected);
  });
});
