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
const DASH = /^[\u2010\u2011\u2012\u2043\u2212\ufe63\uff0d]$/u;

export interface NormalisedText {
  /** NFKC, format characters removed, decimal digits of every script folded to 0–9, spaces unified. */
  readonly text: string;
  /** The original offset where the normalised character at `offset` starts. */
  originalStart(offset: number): number;
  /** The original offset (exclusive) where the normalised character before `offset` ends. */
  originalEnd(offset: number): number;
}

// Characters copied as they are: ASCII, line breaks, tabs and Latin-1 letters. Anything else (and a letter
// followed by a combining mark) goes through the Unicode steps one unit at a time.
const NEEDS_WORK = /[^\n\t\r\x20-\x7e\u00c0-\u00ff]|[\x20-\x7e\u00c0-\u00ff](?=[\u0300-\u036f])/g;

/**
 * Stretches of the normalised text and where they came from. A copied stretch maps offset by offset; a
 * normalised unit ("０", "é" from "e" + U+0301, "ﬁ" → "fi") maps as a whole to its original stretch.
 */
interface Segment {
  from: number;
  length: number;
  originalFrom: number;
  originalTo: number;
  copied: boolean;
}

export function normaliseText(original: string): NormalisedText {
  NEEDS_WORK.lastIndex = 0;
  // Fast path: plain text (the usual case) needs no copy and no offset table.
  if (!NEEDS_WORK.test(original)) {
    return { text: original, originalStart: (offset) => offset, originalEnd: (offset) => offset };
  }
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  const add = (part: string, originalFrom: number, originalTo: number, copied: boolean) => {
    if (part.length === 0) return;
    parts.push(part);
    segments.push({ from: length, length: part.length, originalFrom, originalTo, copied });
    length += part.length;
  };
  let index = 0;
  NEEDS_WORK.lastIndex = 0;
  for (let match = NEEDS_WORK.exec(original); match; match = NEEDS_WORK.exec(original)) {
    add(original.slice(index, match.index), index, match.index, true);
    index = match.index;
    const first = String.fromCodePoint(original.codePointAt(index)!);
    let end = index + first.length;
    while (end < original.length && COMBINING_MARK.test(String.fromCodePoint(original.codePointAt(end)!))) {
      end += String.fromCodePoint(original.codePointAt(end)!).length;
    }
    if (!FORMAT_CHARACTER.test(first)) add(normaliseUnit(original.slice(index, end)), index, end, false);
    index = end;
    NEEDS_WORK.lastIndex = end;
  }
  add(original.slice(index), index, original.length, true);

  const segmentAt = (offset: number): Segment | undefined => {
    let low = 0;
    let high = segments.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const segment = segments[middle];
      if (offset < segment.from) high = middle - 1;
      else if (offset >= segment.from + segment.length) low = middle + 1;
      else return segment;
    }
    return undefined;
  };
  return {
    text: parts.join(''),
    originalStart: (offset) => {
      const segment = segmentAt(offset);
      if (!segment) return original.length;
      return segment.copied ? segment.originalFrom + offset - segment.from : segment.originalFrom;
    },
    originalEnd: (offset) => {
      const segment = segmentAt(offset - 1);
      if (!segment) return offset <= 0 ? 0 : original.length;
      return segment.copied ? segment.originalFrom + offset - segment.from : segment.originalTo;
    },
  };
}

function normaliseUnit(unit: string): string {
  if (SPACE.test(unit)) return ' ';
  if (LINE_BREAK.test(unit)) return '\n';
  // Every dash and the minus sign are a hyphen to the patterns ("011117‐6027" with U+2010). The en dash
  // stays: Danish uses it between words, and patterns that accept it say so.
  if (DASH.test(unit)) return '-';
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
