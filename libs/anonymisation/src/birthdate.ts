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

/*
 * Birth dates as phrases: a holiday ("født juleaftensdag 2013", "født 2. juledag"), or a day and month
 * without a year after a birth or birthday cue ("fylder 11 år den 4. april", "har fødselsdag d. 4/4",
 * "født den 4. april"): together with the age that every case description gives, that is the birth date.
 */
const HOLIDAY = String.raw`(?:(?:1\.|2\.|første|anden)[ \t]*(?:jule|påske|pinse)dag|juleaftens?dag|juleaften|juledag|nytårsaftens?dag|nytårsaften|nytårsdag|sankthans(?:aften|dag)|sankt hans(?: aften| dag)?|grundlovsdag(?:en)?|valentinsdag(?:en)?|mortensaften|halloween|påskedag|påskemorgen|påskeaften|skærtorsdag|langfredag|kristi himmelfartsdag|himmelfartsdag|pinsedag|store bededag|fastelavnssøndag|fastelavn|1\. maj|mors dag|fars dag)`;
const BIRTH_CUE = String.raw`(?:født|fødselsdag(?:en)?(?:[ \t]+er)?|fødselsdato(?:en)?(?:[ \t]+er)?|(?:fylder|fyldte|blev|bliver)[ \t]+\d{1,2}(?:[ \t]*år)?|f\.)`;
const DAY_AND_MONTH = String.raw`(?:\d{1,2}\.?[ \t]*(?:${MONTH_NAME_PATTERN})\.?|\d{1,2}[./]\d{1,2}\.?)`;
const BIRTH_PHRASE = new RegExp(
  String.raw`(?<![\p{L}])${BIRTH_CUE}(?:[ \t]*:[ \t]*|[ \t]+)(?:(?:i[ \t]+år|i[ \t]+dag)[ \t]+)?(?:(?:på[ \t]+|den[ \t]+|d\.[ \t]*)?)(?<date>(?:${HOLIDAY}|${DAY_AND_MONTH})(?:[ \t]*(?:i[ \t]+)?(?:19|20)\d{2})?)(?![\p{L}\p{N}])`,
  'giu',
);

export function findBirthDates(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(BIRTH_PHRASE)) {
    const date = (match.groups?.date ?? '').replace(/\.$/, '');
    const start = match.index + match[0].length - (match.groups?.date ?? '').length;
    if (isPlausibleDayAndMonth(date)) spans.push({ type: 'birthdate', start, end: start + date.length });
  }
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

/** "31/2", "45. maj" are not dates; a holiday always is. */
function isPlausibleDayAndMonth(date: string): boolean {
  const numeric = /^(\d{1,2})[./](\d{1,2})/.exec(date);
  if (numeric) return isValidDate(2000, Number(numeric[2]), Number(numeric[1]));
  const named = /^(\d{1,2})\.?[ \t]*(\p{L}+)/u.exec(date);
  if (named && monthNumber(named[2]) !== undefined)
    return isValidDate(2000, monthNumber(named[2])!, Number(named[1]));
  return true;
}
