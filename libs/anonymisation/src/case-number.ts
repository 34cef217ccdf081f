import { Span } from './types';

/*
 * Case and journal numbers point straight at the child's file at the municipality or the hospital:
 * - after a label: "sagsnr. 27.12.04-G01-123-24", "journalnummer: 2024-12345", "j.nr. 1234/24";
 * - by shape alone, where the shape is unmistakable: the municipalities' KL journal plan
 *   ("27.24.00-A00-12-23": subject number, action code, serial parts) and a unit code with a year and a
 *   serial ("BFU-2024-17781", "SAG 2023/004512").
 * Test names with numbers (ADOS-2, WISC-V, ICD-10, F84.0) have none of these shapes.
 */
const LABEL = String.raw`(?:sagsnummer|sagsnr\.?|sags-nr\.?|sags-id|sagsid|sag nr\.?|journalnummer|journalnr\.?|journal-nr\.?|j\.[ \t]?nr\.?|jnr\.?|reference(?:nummer|nr\.?)?|ref\.[ \t]?nr\.?|(?:vores|jeres|deres)[ \t]+ref\.?|cpr-sag|underretningsnr\.?|akt-id|aktid|dok\.?[ \t]?nr\.?|dokumentnr\.?)`;
const LABELLED = new RegExp(
  String.raw`(?<![\p{L}])${LABEL}[ \t]*(?:er|:)?[ \t]*(?<reference>[\p{L}\p{N}][\p{L}\p{N}./-]*\d[\p{L}\p{N}./-]*)`,
  'giu',
);
const KL_JOURNAL_PLAN =
  /(?<![\p{L}\p{N}])\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}(?:-\d{1,6}){1,3}(?![\p{L}\p{N}])/gu;
// A one-letter unit only with a hyphen ("U-2023-5567"): "I 2023/2024" opens a sentence.
const UNIT_YEAR_SERIAL =
  /(?<![\p{L}\p{N}])(?:[A-ZÆØÅ]{2,6}[- ]|[A-ZÆØÅ]-)(?:19|20)\d{2}[-/](?<serial>\d{3,8})(?:-\d{1,4})?(?![\p{L}\p{N}])/gu;

export function findCaseNumbers(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(LABELLED)) {
    const raw = match.groups?.reference ?? '';
    const reference = raw.replace(/[./-]+$/, '');
    const start = match.index + match[0].length - raw.length;
    spans.push({ type: 'case_number', start, end: start + reference.length });
  }
  for (const pattern of [KL_JOURNAL_PLAN, UNIT_YEAR_SERIAL]) {
    for (const match of text.matchAll(pattern)) {
      // "SFO 2023/2024", "BUP 2022-2023": a school year or a span of years.
      if (/^(?:19|20)\d\d$/.test(match.groups?.serial ?? '')) continue;
      spans.push({ type: 'case_number', start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}
