import { Lexicon } from './lexicon';
import { TownWords } from './postcode-index';
import { isCapitalised, Word } from './text-scan';
import { Span } from './types';

/*
 * Postcode with town: "8000 Aarhus C", "DK-2800 Kgs. Lyngby", "8260 Viby J". The town must be the
 * postcode's town (or any Danish post town, for a mistyped number), so years and scores followed by a
 * word are left alone. Where the text itself says it is an address — right after a street address, or
 * after "bor i", "postnr." — any capitalised town name is taken, known or not.
 */

const POSTCODE = /(?<![\p{L}\p{N}]|\d[.,:/-]|[/.-])(?:DK[- ]?)?([1-9]\d{3})(?![\p{L}\p{N}]|[.,-]\d)/gu;
const ADDRESS_CONTEXT =
  /(?:\b(?:bor|boede|bosat|bosiddende|flyttet|flytter|fraflyttet)[ \t]+(?:i|til|på)|post(?:nr|nummer)\.?:?|adressen?[ \t]*(?:er|:))[ \t]*$/iu;
const MAX_UNKNOWN_TOWN_WORDS = 3;

export function findPostcodes(
  text: string,
  words: readonly Word[],
  lexicon: Lexicon,
  addressSpans: readonly Span[],
): Span[] {
  const spans: Span[] = [];
  const addressEnds = new Set(addressSpans.map((span) => span.end));
  for (const match of text.matchAll(POSTCODE)) {
    const start = match.index;
    const codeEnd = start + match[0].length;
    const firstTownWord = firstWordAt(words, codeEnd);
    const townStartsRightAfter =
      firstTownWord !== undefined && /^[ \t]+$/.test(text.slice(codeEnd, words[firstTownWord].start));
    const code = Number(match[1]);
    const known = lexicon.postcodes.townsFor(code);
    let end: number | undefined;
    if (townStartsRightAfter) {
      end = known && longestTownMatch(text, words, firstTownWord, known);
      // A number missing from the list, before any town: a postcode unless it reads as a year ("i 2024
      // Aarhus Kommune").
      if (end === undefined && !known && !looksLikeYear(code)) {
        end = longestTownMatch(text, words, firstTownWord, lexicon.postcodes.allTowns);
      }
    }
    if (end === undefined && saysItIsAnAddress(text, start, addressEnds)) {
      end = townStartsRightAfter ? unknownTownEnd(text, words, firstTownWord, lexicon) : undefined;
      end ??= codeEnd;
    }
    if (end !== undefined) spans.push({ type: 'postcode', start, end });
  }
  return spans;
}

function looksLikeYear(code: number): boolean {
  return code >= 1900 && code <= 2099;
}

/** Right after a street address ("Skovvej 3, 8888 Nyby") or after "bor i", "postnr." and the like. */
function saysItIsAnAddress(text: string, start: number, addressEnds: ReadonlySet<number>): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const separator = /[ \t]*,?[ \t]*$/.exec(before)?.[0] ?? '';
  return addressEnds.has(start - separator.length) || ADDRESS_CONTEXT.test(before);
}

/** The end of the longest town (of `towns`) written from word `first` on, or undefined. */
function longestTownMatch(
  text: string,
  words: readonly Word[],
  first: number,
  towns: readonly TownWords[],
): number | undefined {
  let best: number | undefined;
  for (const town of towns) {
    if (town.length === 0 || first + town.length > words.length) continue;
    let matches = true;
    for (let k = 0; k < town.length && matches; k++) {
      const word = words[first + k];
      const separated = k === 0 || /^\.?[ \t]+$|^\.$/.test(text.slice(words[first + k - 1].end, word.start));
      matches = separated && word.key === town[k];
    }
    if (matches) {
      const end = words[first + town.length - 1].end;
      if (best === undefined || end > best) best = end;
    }
  }
  return best;
}

/** Capitalised words after the postcode, up to the end of the line or a comma: an unknown town. */
function unknownTownEnd(
  text: string,
  words: readonly Word[],
  first: number,
  lexicon: Lexicon,
): number | undefined {
  let end: number | undefined;
  for (let k = first; k < words.length && k < first + MAX_UNKNOWN_TOWN_WORDS; k++) {
    const word = words[k];
    if (k > first && !/^[ \t]+$/.test(text.slice(words[k - 1].end, word.start))) break;
    if (!isCapitalised(word) || lexicon.ordinaryWords.has(word.key) || lexicon.timeWords.has(word.key)) break;
    end = word.end;
  }
  return end;
}

function firstWordAt(words: readonly Word[], offset: number): number | undefined {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low < words.length ? low : undefined;
}
