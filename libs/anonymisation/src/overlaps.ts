import { FindingType, Span } from './types';

// When detectors disagree about a stretch of text, the more specific pattern wins: an e-mail address
// holds name-like words, a CPR number holds a date, a school's name holds a place ("Skåde Skole"), "født 24092017" is a date rather than a phone number
// (birth dates need "født" or an age beside them), "Peter Bangs Vej 3" holds a name.
const PRIORITY: Readonly<Record<FindingType, number>> = {
  email: 12,
  cpr: 11,
  case_number: 10,
  other: 10,
  handle: 9,
  plate: 8,
  birthdate: 7,
  phone: 6,
  address: 5,
  institution: 4,
  postcode: 3,
  place: 2,
  name: 1,
};

/** Keeps the best of overlapping spans (by priority, then length) and returns them sorted by start. */
export function resolveOverlaps(spans: readonly Span[]): Span[] {
  const ranked = [...spans].sort(
    (a, b) => PRIORITY[b.type] - PRIORITY[a.type] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Span[] = [];
  for (const span of ranked) {
    if (span.end <= span.start) continue;
    if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
