import { Span } from './types';

// Case and record numbers ("sagsnr. 27.12.04-G01-123-24", "journalnummer: 2024-12345") point to the
// child's file at the municipality or hospital. Reported as type "other"; the label itself is not.
const CASE_REFERENCE =
  /(?<![\p{L}])(?:sagsnummer|sagsnr\.?|sags-nr\.?|journalnummer|journalnr\.?|journal-nr\.?|j\.[ \t]?nr\.?)[ \t]*:?[ \t]*(?<reference>[\p{L}\p{N}][\p{L}\p{N}./-]*\d[\p{L}\p{N}./-]*)/giu;

export function findCaseReferences(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(CASE_REFERENCE)) {
    const reference = (match.groups?.reference ?? '').replace(/[./-]+$/, '');
    const start = match.index + match[0].length - (match.groups?.reference ?? '').length;
    spans.push({ type: 'other', start, end: start + reference.length });
  }
  return spans;
}
