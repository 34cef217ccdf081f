import type { Finding, FindingType } from '../api/types';

/**
 * Neutral rewrites per kind, used when the API sends no `suggestion` of its own. Danish in either
 * interface language: they are inserted into the user's (Danish) text.
 */
export const FALLBACK_REWRITES: Record<FindingType, string> = {
  cpr: '[CPR-nummer fjernet]',
  name: 'barnet',
  address: 'en adresse i kommunen',
  postcode: 'kommunen',
  phone: '[telefonnummer fjernet]',
  email: '[e-mailadresse fjernet]',
  birthdate: '[fødselsdato fjernet]',
  institution: 'en institution i kommunen',
  place: 'kommunen',
  handle: '[brugernavn fjernet]',
  plate: '[nummerplade fjernet]',
  case_number: '[sagsnummer fjernet]',
  other: '[oplysning fjernet]',
};

export function rewriteOf(finding: Finding): string {
  return finding.suggestion?.trim() || FALLBACK_REWRITES[finding.type] || FALLBACK_REWRITES.other;
}

/** Findings with usable offsets into `text`, sorted and without overlaps (the first of two wins). */
export function inTextOrder(findings: Finding[], text: string): Finding[] {
  const sorted = findings
    .filter((f) => f.start >= 0 && f.start < f.end && f.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Finding[] = [];
  for (const finding of sorted) {
    const last = result.at(-1);
    if (!last || finding.start >= last.end) result.push(finding);
  }
  return result;
}

/**
 * Findings of a text that was sent (perhaps trimmed) moved onto the text in the field, so the marks
 * stand where the user sees the hits.
 */
export function placeFindings(findings: Finding[], sentText: string, fieldText: string): Finding[] {
  const base = Math.max(0, fieldText.indexOf(sentText));
  return inTextOrder(
    findings.map((f) => ({ ...f, start: f.start + base, end: f.end + base })),
    fieldText,
  );
}

/**
 * The findings after the user edited `before` into `after`: the edit is the span between the common
 * start and end of both texts. Findings before it stay, findings after it move by the change in
 * length, and a finding the edit touches is dropped — the user is changing it (a re-check finds it
 * again if the identifier is still there).
 */
export function followEdit(findings: Finding[], before: string, after: string): Finding[] {
  if (before === after) return findings;
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix += 1;
  const editStart = prefix;
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  // Letters or digits typed right after a hit change the hit itself ("Pete" → "Peter").
  const grewHitAtEnd = isWordChar(after[editStart]) && after.length - suffix > editStart;
  return findings.flatMap((f) => {
    if (f.end < editStart || (f.end === editStart && !grewHitAtEnd)) return [f];
    if (f.start >= editEnd && f.end > editStart)
      return [{ ...f, start: f.start + delta, end: f.end + delta }];
    return [];
  });
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The text with one finding replaced by `replacement`, and the other findings moved accordingly. */
export function applyRewrite(
  text: string,
  findings: Finding[],
  target: Finding,
  replacement: string,
): { text: string; findings: Finding[] } {
  const next = text.slice(0, target.start) + replacement + text.slice(target.end);
  const delta = replacement.length - (target.end - target.start);
  return {
    text: next,
    findings: findings
      .filter((f) => f !== target)
      .map((f) => (f.start >= target.end ? { ...f, start: f.start + delta, end: f.end + delta } : f)),
  };
}
