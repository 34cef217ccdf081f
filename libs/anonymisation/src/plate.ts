import { Span } from './types';

// Danish number plates: two letters and five digits, "AB 12 345", "AB12345", "ab 12345". After a label
// ("nummerplade", "reg.nr.") any plate-like token counts, personal plates ("LILLEMOR") included.
// "KL 10 000 kr.", "ca 12 500 elever": a number with a thousands space after an abbreviation is an amount.
const PLATE =
  /(?<![\p{L}\p{N}])[A-ZÆØÅ]{2}[ \t-]?\d{2}[ \t-]?\d{3}(?![\p{L}\p{N}]|[.,]\d|[ \t]*(?:kr|kroner|dkk|,-|%|timer|personer|elever|børn|borgere|km|kg|mio|mia))/gu;
const LABELLED_PLATE =
  /(?<![\p{L}])(?:nummerplade(?:n)?|nr\.?-?plade(?:n)?|reg\.?[ \t]?nr\.?|registreringsnummer(?:et)?)[ \t]*(?:er|:)?[ \t]*(?<plate>[A-ZÆØÅ0-9][A-ZÆØÅa-zæøå0-9 -]{1,9}[A-ZÆØÅa-zæøå0-9])/gu;

export function findPlates(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(PLATE)) {
    spans.push({ type: 'plate', start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(LABELLED_PLATE)) {
    const raw = match.groups?.plate ?? '';
    // Stop before the next ordinary word: "nummerpladen AB 12 345 på bilen".
    const plate = /^(?:[A-ZÆØÅ0-9]+(?:[ -][A-ZÆØÅ0-9]+)*)/.exec(raw)?.[0] ?? '';
    if (plate.length < 2 || (!/\d/.test(plate) && plate.length < 4)) continue;
    const start = match.index + match[0].length - raw.length;
    spans.push({ type: 'plate', start, end: start + plate.length });
  }
  return spans;
}
