import { AnonymisationChecker } from './anonymisation-checker';
import { cprBirthYear, isValidCpr } from './cpr';
import { hits } from './testing/hits';

describe('CPR numbers', () => {
  const sut = new AnonymisationChecker();
  const check = (text: string) => hits(text, sut.check(text));

  it.each([
    ['120316-1234', 'with a dash'],
    ['1203161234', 'without a dash'],
    ['120316 1234', 'with a space'],
    ['12 03 16 1234', 'with spaces'],
    ['12.03.16-1234', 'with dots'],
    ['12-03-16-1234', 'with dashes throughout'],
    ['120316–1234', 'with an en dash'],
    ['120316 - 1234', 'with a spaced dash'],
  ])('finds %s (%s)', (cpr) => {
    expect(check(`Barnets cpr er ${cpr}.`)).toEqual([['cpr', cpr]]);
  });

  it('gives exact offsets', () => {
    const text = 'CPR: 120316-1234, mor 010185-1236';
    expect(sut.check(text).findings.map(({ start, end }) => [start, end])).toEqual([
      [5, 16],
      [22, 33],
    ]);
  });

  it('finds a number with a valid date that fails modulus 11 (issued since 2007)', () => {
    // 0·4+1·3+0·2+1·7+0·6+7·5+4·4+0·3+0·2+0·1 = 61, not divisible by 11.
    expect(check('cpr 010107-4000')).toEqual([['cpr', '010107-4000']]);
  });

  it('finds a number that passes modulus 11 just the same', () => {
    // 0·4+7·3+0·2+6·7+6·6+0·5+1·4+0·3+0·2+7·1 = 110 = 11·10.
    expect(check('cpr 070660-1007')).toEqual([['cpr', '070660-1007']]);
  });

  it.each([
    ['320199-1234', 'day 32'],
    ['311199-1234', '31 November'],
    ['300299-1234', '30 February'],
    ['011399-1234', 'month 13'],
    ['000199-1234', 'day 0'],
    ['290200-1234', '29 February 1900 (7th digit 1: the 1900s, not a leap year)'],
    ['290258-5123', '29 February 1858 (7th digit 5 with year 58)'],
  ])('does not take %s for a CPR number (%s)', (cpr) => {
    expect(check(`Nummer ${cpr} i skemaet.`).filter(([type]) => type === 'cpr')).toEqual([]);
  });

  it.each([
    ['290200-4234', '29 February 2000 (7th digit 4, year ≤ 36)'],
    ['290256-5123', '29 February 2056 (7th digit 5, year ≤ 57)'],
    ['290296-9123', '29 February 1996 (7th digit 9, year > 36)'],
  ])('accepts %s by the century rules (%s)', (cpr) => {
    expect(check(`Nummer ${cpr}.`)).toEqual([['cpr', cpr]]);
  });

  it.each([
    [36, 4, 2036],
    [37, 4, 1937],
    [36, 9, 2036],
    [37, 9, 1937],
    [57, 5, 2057],
    [58, 5, 1858],
    [57, 8, 2057],
    [58, 8, 1858],
    [99, 0, 1999],
    [5, 3, 1905],
  ])('gives year %i with 7th digit %i the century of %i', (year, digit, expected) => {
    expect(cprBirthYear(year, digit)).toBe(expected);
  });

  describe('replacement numbers (erstatningspersonnumre)', () => {
    it('finds the CPR office form with the day raised by 60', () => {
      expect(check('Erstatningspersonnummer 670512-4123.')).toEqual([['cpr', '670512-4123']]);
      expect(isValidCpr('920512-1234')).toBe(false); // day 32
    });

    it.each(['150643-0SJ1', '150605-6SJ2', '0203291WQ3', '3101057JC9', '150643-0sj1'])(
      'finds the health-sector eCPR %s with letters in the serial',
      (ecpr) => {
        expect(check(`eCPR ${ecpr} oprettet.`)).toEqual([['cpr', ecpr]]);
      },
    );

    it('does not take letters that do not follow the eCPR form', () => {
      expect(check('Kode 150643-SJ12 og 150643-XYZ1.').filter(([type]) => type === 'cpr')).toEqual([]);
    });
  });

  it('does not find a CPR number inside a longer number', () => {
    expect(check('Konto 51203161234 og 1203161234567.')).toEqual([]);
  });

  describe('as people really write them (issue 12)', () => {
    it.each([
      ['over a line break', 'cpr 011117-\n6027 står der.', '011117-\n6027'],
      ['with underscores', 'cpr 03_04_15_2281.', '03_04_15_2281'],
      ['with the serial in parentheses', 'Barnet, 160912 (4371), er henvist.', '160912 (4371)'],
      ['digit by digit', 'nr. 1 1 0 8 1 5 - 3 6 2 4 i systemet', '1 1 0 8 1 5 - 3 6 2 4'],
      ['with the year in full', 'Cpr: 01.11.2017-6027', '01.11.2017-6027'],
      ['with a Unicode hyphen', 'cpr 011117\u20106027', '011117\u20106027'],
    ])('finds one %s', (_, text, number) => {
      expect(check(text)).toEqual([['cpr', number]]);
    });

    it.each([
      ['190613-xxxx', 'Cpr 190613-xxxx.'],
      ['020914-****', 'Cpr: 020914-****'],
      ['190613', 'Pigens cpr 190613 er oplyst.'],
    ])('takes a half-masked number (%s) for the birth date it still shows', (date, text) => {
      expect(check(text)).toEqual([['birthdate', date]]);
    });

    it('leaves a date and a year range alone', () => {
      expect(check('Score 12.03.2018-2019 og perioden 2019-2020.')).toEqual([]);
    });
  });

  it('masks all but two digits at each end', () => {
    expect(sut.check('cpr 120316-1234').findings[0].excerpt).toBe('12****-**34');
  });
});
