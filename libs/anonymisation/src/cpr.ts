import { isValidDate } from './calendar';
import { Span } from './types';

/*
 * CPR numbers (personnumre): DDMMYY-SSSS, where the 7th digit together with the year gives the century.
 *
 * Modulus 11 is deliberately not used, neither to reject nor to accept: since 2007 the CPR office issues
 * numbers that fail it, so a number is judged on its date and century alone.
 *
 * Replacement numbers (erstatningspersonnumre) are found too, as written in the two conventions in use:
 * - the CPR office's advice for systems outside CPR: the first digit of the day raised by 6, so the day
 *   runs 61–91 ("670512-1234" for someone born 7 May 1912 or 2012);
 * - the health sector's eCPR (regional D-eCPR and the national X-eCPR of Sundhedsdatastyrelsen):
 *   DDMMYY, a century digit (0/1 for the 1900s, 5 before 1900, 6/7 for the 2000s), two letters — usually
 *   the initials — and a digit for sex: "150643-0SJ1", "3101057JC9".
 * Temporary numbers made from today's date and a label number look like ordinary CPR numbers and are
 * found as such.
 */

// Written with or without a dash, or with spaces or dots ("120326-1234", "1203261234", "12 03 26 1234",
// "12.03.26-1234"). The three date parts use the same separator; the serial may be set off by any.
const CPR_PATTERN =
  /(?<![\p{L}\p{N}]|\d[.,-])(\d{2})([.\- ]?)(\d{2})\2(\d{2})[ \t]?[-–./ ]?[ \t]?(\d{4}|\d[A-Za-z]{2}\d)(?![\p{L}\p{N}]|[.,-]\d)/gu;

export function findCprNumbers(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(CPR_PATTERN)) {
    const [, day, , month, year, serial] = match;
    if (isCprDate(day, month, year, serial)) {
      spans.push({ type: 'cpr', start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}

/** Whether a 10-character CPR number (separators allowed) has a valid birth date for its century. */
export function isValidCpr(value: string): boolean {
  const compact = value.replace(/[\s.\-–/]/g, '');
  const match = /^(\d{2})(\d{2})(\d{2})(\d{4}|\d[A-Za-z]{2}\d)$/.exec(compact);
  return match !== null && isCprDate(match[1], match[2], match[3], match[4]);
}

/** The full birth year from the two-digit year and the 7th digit, by the CPR office's table. */
export function cprBirthYear(twoDigitYear: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900 + twoDigitYear;
  if (seventhDigit === 4 || seventhDigit === 9) return (twoDigitYear <= 36 ? 2000 : 1900) + twoDigitYear;
  return (twoDigitYear <= 57 ? 2000 : 1800) + twoDigitYear;
}

function isCprDate(dayText: string, monthText: string, yearText: string, serial: string): boolean {
  let day = Number(dayText);
  const month = Number(monthText);
  const year = Number(yearText);
  if (day > 60) day -= 60; // replacement number: day raised by 60
  if (/[A-Za-z]/.test(serial)) {
    // eCPR: its century digit follows other rules, so any century the date is valid in will do.
    return [1800, 1900, 2000].some((century) => isValidDate(century + year, month, day));
  }
  return isValidDate(cprBirthYear(year, Number(serial[0])), month, day);
}
