import { Span } from './types';

// Danish phone numbers have 8 digits. Subscriber numbers start with 2–9, but numbers starting with 1
// are taken as well: people write made-up or foreign-looking numbers ("12 34 56 78") and a false alarm
// costs less than a missed number. Accepted writings: "12345678", pairs "12 34 56 78" (one separator
// throughout, so a date like "22.03.2026" is not taken), halves "1234 5678", each optionally after
// "+45", "0045" or "(+45)".
const PREFIX = String.raw`(?:(?:\+|00)[ \t]?45[ \t.-]?|\(\+?45\)[ \t]?)`;
// A line break may stand for any separator: a number split over two lines ("61\n72 38 90").
const NUMBER = String.raw`[1-9]\d{7}|[1-9]\d(?<separator>[ .-])\d{2}(?:\k<separator>|\n)\d{2}(?:\k<separator>|\n)\d{2}|[1-9]\d(?:\n)\d{2}[ .-]\d{2}[ .-]\d{2}|[1-9]\d{3}[ \n-]\d{4}`;
const PHONE_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}+]|\d[ .,-])(${PREFIX})?(${NUMBER})(?![\p{L}\p{N}]|[ .,-]\d)`,
  'gu',
);

export function findPhoneNumbers(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(PHONE_PATTERN)) {
    const prefix = match[1];
    if (!prefix && looksLikeTwoYears(match[2])) continue; // "2025 2026"
    spans.push({ type: 'phone', start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

function looksLikeTwoYears(number: string): boolean {
  const halves = /^(\d{4})[ -](\d{4})$/.exec(number);
  return halves !== null && halves.slice(1).every((half) => /^(19|20)\d\d$/.test(half));
}
