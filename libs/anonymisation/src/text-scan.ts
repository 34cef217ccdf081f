import { isUpperCaseLetter, wordKey } from './normalise';

/** A word of the text with its offsets. Internal hyphens and apostrophes stay inside ("Anne-Marie"). */
export interface Word {
  text: string;
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function scanWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({
      text: match[0],
      key: wordKey(match[0]),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return words;
}

// Abbreviations after which a full stop does not end the sentence ("hr. Jensen", "bl.a. Emil").
const ABBREVIATIONS = new Set(
  'hr fr frk dr ca bl eks evt jf mht vedr inkl ifm dvs pga kl nr tlf ang mv osv etc iflg ift sml st sct skt gl'.split(
    ' ',
  ),
);
const OPENING_MARKS = /[\s"'“”„«»‘’([{•*·–—#>|-]/;

/**
 * Whether the word at `index` opens a sentence, a line or a list item, where Danish capitalises every
 * word. A capital there says nothing about the word being a name.
 */
export function opensSentence(text: string, words: readonly Word[], index: number): boolean {
  let position = words[index].start - 1;
  while (position >= 0 && OPENING_MARKS.test(text[position])) {
    if (text[position] === '\n') return true;
    position--;
  }
  if (position < 0) return true;
  const mark = text[position];
  if (mark === '!' || mark === '?' || mark === ':' || mark === ';' || mark === '…') return true;
  if (mark !== '.') return false;
  const previous = words[index - 1];
  if (!previous || previous.end !== position) return true;
  // "H.C. Andersen", "P. Hansen": an initial, not a sentence end.
  if (previous.text.length === 1 && isUpperCaseLetter(previous.text)) return false;
  return !ABBREVIATIONS.has(previous.key);
}

export function isCapitalised(word: Word): boolean {
  return isUpperCaseLetter(word.text[0]);
}

export function isAllCaps(word: Word): boolean {
  return (
    word.text.length > 1 && word.text === word.text.toUpperCase() && word.text !== word.text.toLowerCase()
  );
}

/** The text between two words contains only spaces or tabs (same line, nothing in between). */
export function onlySpacesBetween(text: string, left: Word, right: Word): boolean {
  return /^[ \t\u00a0]+$/.test(text.slice(left.end, right.start));
}
