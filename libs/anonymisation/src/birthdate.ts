import { isValidDate, MONTH_NAME_PATTERN, monthNumber } from './calendar';
import { Span } from './types';

/*
 * Birth dates: a full date (day, month and year) that the text marks as a birth date — after "født",
 * "fødselsdato", "f.", "DOB" … ("født d. 3/4-2017", "f. 12.03.2018", "fødselsdato: 2018-03-12") — or
 * that is followed by an age ("12.03.2016 (9 år)"). Other dates, like meeting dates ("d. 12. marts
 * 2027"), are left alone, and so is a birthday without a year. The finding covers the date itself.
 */

// Full dates as Danes write them: "12.03.2018", "12-3-18", "3/4-2017", "3/4 2017", "12. marts 2018",
// "12 mar. 18", "2018-03-12", "120318", "12032018".
const DATE_FORMS = [
  String.raw`(?<d1>\d{1,2})[ \t]*[./-][ \t]*(?<m1>\d{1,2})[ \t]*[./-][ \t]*(?<y1>\d{4}|\d{2})`,
  String.raw`(?<d2>\d{1,2})/(?<m2>\d{1,2})[ \t]+(?<y2>\d{4})`,
  String.raw`(?<d3>\d{1,2})\.?[ \t]*(?<m3>${MONTH_NAME_PATTERN})\.?[ \t]+(?<y3>\d{4}|\d{2})`,
  String.raw`(?<y4>\d{4})-(?<m4>\d{1,2})-(?<d4>\d{1,2})`,
  String.raw`(?<d5>\d{2})(?<m5>\d{2})(?<y5>\d{4}|\d{2})`,
];
const DATE_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}]|\d[.,/-])(?:${DATE_FORMS.map((form) => `(?:${form})`).join('|')})(?![\p{L}\p{N}]|[.,/-]\d)`,
  'giu',
);

const BIRTH_KEYWORD_BEFORE =
  /(?<![\p{L}])(?:født|fødselsdato|fødselsdag|fødsels-?dato|fød\.?[ \t]?dato|f\.[ \t]?dato|fdt\.?|f\.d\.|f\.|dob|d\.o\.b\.|date of birth|birth ?date)[ \t]*[:.]?[ \t]*(?:(?:den|d\.)[ \t]*)?$/iu;
const AGE_AFTER = /^[ \t]*[,(][ \t]*\d{1,2}[ \t]*(?:år|mdr|måneder)/iu;

export function findBirthDates(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(DATE_PATTERN)) {
    if (!isFullDate(match.groups ?? {})) continue;
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 30), start);
    if (BIRTH_KEYWORD_BEFORE.test(before) || AGE_AFTER.test(text.slice(end, end + 20))) {
      spans.push({ type: 'birthdate', start, end });
    }
  }
  return spans;
}

function isFullDate(groups: Record<string, string | undefined>): boolean {
  for (const n of [1, 2, 3, 4, 5]) {
    const dayText = groups[`d${n}`];
    const monthText = groups[`m${n}`];
    const yearText = groups[`y${n}`];
    if (dayText === undefined || monthText === undefined || yearText === undefined) continue;
    const month = /^\d+$/.test(monthText) ? Number(monthText) : monthNumber(monthText);
    if (month === undefined) return false;
    const year = Number(yearText);
    const fullYears = yearText.length === 4 ? [year] : [1900 + year, 2000 + year];
    return fullYears.some((fullYear) => isValidDate(fullYear, month, Number(dayText)));
  }
  return false;
}
