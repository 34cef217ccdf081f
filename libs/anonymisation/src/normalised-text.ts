/*
 * The detectors read a normalised copy of the text, so that a CPR number written in full-width or
 * Arabic-Indic digits, with a zero-width space or a soft hyphen inside, or with compatibility characters
 * ("ﬁ", "１２") looks like any other. Findings must still point at the user's own text — the web app marks
 * them there and offers a rewrite — so every normalised character remembers the stretch of the original it
 * came from, and spans are mapped back through it.
 */

// Invisible format characters (zero-width space/joiners, soft hyphen, word joiner, BOM, bidi marks …):
// they change nothing a reader sees, so they are dropped.
const FORMAT_CHARACTER = /^\p{Cf}$/u;
// A base character with the combining marks that follow it is normalised as one unit ("e" + U+0301 → "é").
const COMBINING_MARK = /^\p{M}$/u;
const DECIMAL_DIGIT = /\p{Nd}/gu;
// Spaces of every width (no-break, thin, ideographic …) become a plain space, line separators a line break.
const SPACE = /^[\p{Zs}]$/u;
const LINE_BREAK = /^[\u2028\u2029\u0085]$/u;

export interface NormalisedText {
  /** NFKC, format characters removed, decimal digits of every script folded to 0–9, spaces unified. */
  readonly text: string;
  /** The original offset where the normalised character at `offset` starts. */
  originalStart(offset: number): number;
  /** The original offset (exclusive) where the normalised character before `offset` ends. */
  originalEnd(offset: number): number;
}

export function normaliseText(original: string): NormalisedText {
  // Fast path: plain text (the usual case) needs no copy and no offset table.
  if (!/[^\n\t\r\x20-\x7e\u00c0-\u00ff]/.test(original)) {
    return { text: original, originalStart: (offset) => offset, originalEnd: (offset) => offset };
  }
  const parts: string[] = [];
  // For each normalised UTF-16 unit: the original [start, end) of the unit it came from.
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  while (index < original.length) {
    const start = index;
    const first = String.fromCodePoint(original.codePointAt(index)!);
    index += first.length;
    if (FORMAT_CHARACTER.test(first)) continue;
    let unit = first;
    while (index < original.length) {
      const next = String.fromCodePoint(original.codePointAt(index)!);
      if (!COMBINING_MARK.test(next)) break;
      unit += next;
      index += next.length;
    }
    const normalised = normaliseUnit(unit);
    for (let k = 0; k < normalised.length; k++) {
      starts.push(start);
      ends.push(index);
    }
    parts.push(normalised);
  }
  const text = parts.join('');
  return {
    text,
    originalStart: (offset) => (offset < starts.length ? starts[offset] : original.length),
    originalEnd: (offset) => (offset <= 0 ? (starts[0] ?? 0) : ends[Math.min(offset, ends.length) - 1]),
  };
}

function normaliseUnit(unit: string): string {
  if (SPACE.test(unit)) return ' ';
  if (LINE_BREAK.test(unit)) return '\n';
  return unit.normalize('NFKC').replace(DECIMAL_DIGIT, (digit) => String(digitValue(digit)));
}

/**
 * The value of a decimal digit of any script. Unicode keeps each script's digits as a run of ten code
 * points from 0 to 9, and some runs sit back to back, so the value is the distance from the start of the
 * contiguous run of digits, modulo 10.
 */
function digitValue(digit: string): number {
  const code = digit.codePointAt(0)!;
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  let runStart = code;
  while (runStart > code - 60 && /\p{Nd}/u.test(String.fromCodePoint(runStart - 1))) runStart--;
  return (code - runStart) % 10;
}
