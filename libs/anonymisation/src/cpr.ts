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

// Written with or without a dash, or with spaces, dots or underscores ("120326-1234", "1203261234",
// "12 03 26 1234", "12.03.26-1234", "12_03_26_1234", "2105 12-3318", "3006\n14-2290"): one character at
// most between the date parts, a valid date and ten digits are specific enough. The
// serial may be set off by a short run of anything a hurried writer or a broken line puts there
// ("120326-\n1234", "120326 (1234)", "120326 - 1234"). The checker has already folded foreign digits
// and removed zero-width characters and soft hyphens.
const SERIAL_GAP = String.raw`[ \t\n._\-–—/()]{0,4}`;
const CPR_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}]|\d[.,-])\(?(\d{2})([._\- \n]?)(\d{2})[._\- \n]?(\d{2})${SERIAL_GAP}(\d{4}|\d[A-Za-z]{2}\d)\)?(?![\p{L}\p{N}]|[.,-]\d)`,
  'gu',
);
// One digit at a time: "1 2 0 3 2 6 - 1 2 3 4", "1.2.0.3.2.6.1.2.3.4".
const SPACED_CPR_PATTERN =
  /(?<![\p{L}\p{N}])\d(?:[ ._]\d){5}[ \t._\-–/]{1,5}\d(?:[ ._]\d){3}(?![\p{L}\p{N}]|[ .,-]\d)/gu;
// A CPR number with the serial hidden ("190613-xxxx", "190613-****") still tells the birth date.
const MASKED_SERIAL_PATTERN =
  /(?<![\p{L}\p{N}]|\d[.,-])(\d{2})([.\- ]?)(\d{2})\2(\d{2})[ \t]?[-–]?[ \t]?(?:[xX]{4}|[*#?]{4}|_{4}|…)(?![\p{L}\p{N}])/gu;

// The year written in full, as on a form: "01.11.2017-6027". Still the person's number.
const FULL_YEAR_CPR_PATTERN =
  /(?<![\p{L}\p{N}]|\d[.,-])(\d{2})[._\- ]?(\d{2})[._\- ]?(?:19|20)(\d{2})[ \t]?[-–/][ \t]?(\d{4})(?![\p{L}\p{N}]|[.,-]\d)/gu;
// Only the date part after a CPR label ("cpr 190613", "CPR-nr.: 19.06.13") still gives the birth date.
const LABELLED_DATE_PART_PATTERN =
  /(?<![\p{L}])(?:cpr|cpr-nr\.?|cpr-nummer|cprnr\.?|personnummer|personnr\.?)[ \t]*[:.]?[ \t]*(?<date>(\d{2})([._\- ]?)(\d{2})\3(\d{2}))(?![\p{N}]|[ \t._\-–/()]{0,4}\d)/giu;

export function findCprNumbers(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(FULL_YEAR_CPR_PATTERN)) {
    const [, day, month, year, serial] = match;
    // "12.03.2018-2019" is a date and a year range, not a number.
    if (isCprDate(day, month, year, serial) && !/^(?:19|20)\d\d$/.test(serial)) {
      spans.push({ type: 'cpr', start: match.index, end: match.index + match[0].length });
    }
  }
  for (const match of text.matchAll(LABELLED_DATE_PART_PATTERN)) {
    const [, date, day, , month, year] = match;
    if (!isDateInAnyCentury(day, month, year)) continue;
    const start = match.index + match[0].length - date.length;
    spans.push({ type: 'birthdate', start, end: start + date.length });
  }
  for (const match of text.matchAll(CPR_PATTERN)) {
    const [, day, , month, year, serial] = match;
    if (isCprDate(day, month, year, serial)) {
      spans.push({ type: 'cpr', ...withoutOuterParentheses(match[0], match.index) });
    }
  }
  for (const match of text.matchAll(SPACED_CPR_PATTERN)) {
    if (isValidCpr(match[0].replace(/\D/g, ''))) {
      spans.push({ type: 'cpr', start: match.index, end: match.index + match[0].length });
    }
  }
  for (const match of text.matchAll(MASKED_SERIAL_PATTERN)) {
    const [, day, , month, year] = match;
    if (isDateInAnyCentury(day, month, year)) {
      spans.push({ type: 'birthdate', start: match.index, end: match.index + match[0].length });
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
    return isDateInAnyCentury(dayText, monthText, yearText);
  }
  return isValidDate(cprBirthYear(year, Number(serial[0])), month, day);
}

function isDateInAnyCentury(dayText: string, monthText: string, yearText: string): boolean {
  let day = Number(dayText);
  if (day > 60) day -= 60;
  const year = Number(yearText);
  return [1800, 1900, 2000].some((century) => isValidDate(century + year, Number(monthText), day));
}

/** "(120326-1234)" → the digits; "120326 (1234)" keeps its closing parenthesis, which belongs to the serial. */
function withoutOuterParentheses(hit: string, index: number): { start: number; end: number } {
  const start = hit.startsWith('(') ? 1 : 0;
  let end = hit.length;
  if (hit.endsWith(')')) {
    const inner = hit.slice(start, -1);
    if (inner.split('(').length <= inner.split(')').length) end--;
  }
  return { start: index + start, end: index + end };
}
