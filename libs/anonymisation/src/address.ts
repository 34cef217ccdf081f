import { Lexicon } from './lexicon';
import { isCapitalised, Word } from './text-scan';
import { Span } from './types';

/*
 * Street addresses: a street name ("Skovvej", "Nørregade", "Gammel Kongevej", "Peter Bangs Vej",
 * "H.C. Andersens Boulevard"), a house number with an optional letter ("12", "12A", "12 B", "12-14"),
 * and optionally floor and side ("st.", "st. tv", "2. th", "1. sal", "3. mf"). A street name alone is an
 * address too when the text says someone lives there ("bor på Skovvej") or a postcode follows
 * ("Skovvej, 8000 Aarhus C").
 */

const HOUSE_NUMBER =
  /^[ \t]*(?:nr\.?[ \t]*)?\d{1,3}(?:[ \t]?[A-ZÆØÅ](?![\p{L}\p{N}])|[a-zæøå](?![\p{L}\p{N}]))?(?:[ \t]*[-–][ \t]*\d{1,3}[A-Za-z]?)?(?![\p{N}%]|[.,]\d)/u;
const FLOOR = /^,?[ \t]*(?:(?:st|kl|kld|stuen)\.?|\d{1,2}\.?(?:[ \t]*sal\.?)?)(?![\p{L}\p{N}])/iu;
const SIDE = /^,?[ \t]*(?:tv|th|mf|lejl\.?[ \t]*\d{1,3}|\d{1,3})\.?(?![\p{L}\p{N}])/iu;
const POSTCODE_AFTER = /^,?[ \t]*\d{4}[ \t]+\p{Lu}/u;
const MAX_WORDS_BEFORE_STREET_WORD = 4;
// House number, floor and side fit in far fewer characters; looking further would only cost time.
const WINDOW = 60;

export function findAddresses(text: string, words: readonly Word[], lexicon: Lexicon): Span[] {
  const spans: Span[] = [];
  for (let index = 0; index < words.length; index++) {
    const kind = streetWordKind(words[index], lexicon);
    if (!kind) continue;
    const start = startOfStreetName(text, words, index, lexicon);
    // "Vej", "Torvet", "Bakken" alone are streets only where the text says someone lives there.
    if (kind === 'word' && start === words[index].start && !saysSomeoneLivesAt(text, start)) continue;
    const end = endOfAddress(text, words[index].end, lexicon) ?? endOfBareStreet(text, words, index, start);
    if (end !== undefined) spans.push({ type: 'address', start, end });
  }
  return spans;
}

/**
 * "compound": the word itself is a street name ("Skovvej"); "word": a street word that needs a name
 * before it ("Peter Bangs Vej") or a context ("bor på Torvet 3").
 */
function streetWordKind(word: Word, lexicon: Lexicon): 'compound' | 'word' | undefined {
  if (/\d/.test(word.text)) return undefined;
  const capitalised = isCapitalised(word);
  if (lexicon.streetWords.has(word.key) || lexicon.streetEndings.includes(word.key)) {
    return capitalised ? 'word' : undefined;
  }
  if (lexicon.notStreets.has(word.key)) return undefined;
  // One test for all endings first: most words end in none, and trying each ending costs time.
  if (!lexicon.streetEndingPattern.test(word.key)) return undefined;
  const ending = lexicon.streetEndings.find((e) => word.key.endsWith(e) && word.key.length > e.length);
  if (!ending) return undefined;
  if (capitalised) return 'compound';
  // Typed in lower case ("skovvej 12"): only the unmistakable endings, on a real compound that is not an
  // ordinary word ("omvej", "skolevej" — the way to school — while "Skolevej 17" is a street).
  const lowerCaseStreet =
    lexicon.lowerCaseStreetEndings.has(ending) &&
    word.key.length >= ending.length + 3 &&
    !lexicon.ordinaryLowerCaseStreetWords.has(word.key);
  return lowerCaseStreet ? 'compound' : undefined;
}

/** Extends the street name to the left over capitalised words: "Gammel Kongevej", "H.C. Andersens Vej". */
function startOfStreetName(text: string, words: readonly Word[], index: number, lexicon: Lexicon): number {
  let start = words[index].start;
  for (let j = index - 1; j >= 0 && index - j <= MAX_WORDS_BEFORE_STREET_WORD; j--) {
    const word = words[j];
    const gap = text.slice(word.end, words[j + 1].start);
    if (!/^\.?[ \t]*$/.test(gap) || (gap.startsWith('.') && word.text.length > 3)) break;
    if (!isCapitalised(word) || /\d/.test(word.text)) break;
    if (lexicon.ordinaryWords.has(word.key) && !lexicon.streetNameOpeners.has(word.key)) break;
    start = word.start;
  }
  return start;
}

function endOfAddress(text: string, from: number, lexicon: Lexicon): number | undefined {
  const house = HOUSE_NUMBER.exec(text.slice(from, from + WINDOW));
  if (!house) return undefined;
  let end = from + house[0].length;
  const nextWord = /^[ \t]*([\p{L}%]+)/u.exec(text.slice(end, end + WINDOW));
  if (nextWord && lexicon.unitsAfterNumbers.has(nextWord[1].toLowerCase())) return undefined; // "3 gange"
  const floor = FLOOR.exec(text.slice(end, end + WINDOW));
  if (floor) {
    const side = SIDE.exec(text.slice(end + floor[0].length, end + WINDOW));
    // A bare "2." may just end the sentence; take it only with a side, "sal", or as "st."/"kl.".
    if (side) end += floor[0].length + side[0].length;
    else if (!/^,?[ \t]*\d{1,2}\.?$/.test(floor[0])) end += floor[0].length;
  }
  return trimTrailingDot(text, from, end);
}

/** A street name without a house number, when a postcode follows or the text says someone lives there. */
function endOfBareStreet(
  text: string,
  words: readonly Word[],
  index: number,
  start: number,
): number | undefined {
  const end = words[index].end;
  return POSTCODE_AFTER.test(text.slice(end, end + WINDOW)) || saysSomeoneLivesAt(text, start)
    ? end
    : undefined;
}

// One lives "på" a street and "i" a town: "bor i Nordhavn", "bor i Ebeltoft" name the town (see place.ts),
// however much the word looks like a street ("-havn", "-toft").
const LIVES_AT =
  /(?:(?<![\p{L}])(?:bor|boede|bosat|bosiddende|flyttet|flytter|fraflyttet)[ \t]+(?:på|til)|adressen?[ \t]*(?:er|:))[ \t]*$/iu;

/** "bor på …", "flyttet til …", "adresse: …" just before `start`. */
function saysSomeoneLivesAt(text: string, start: number): boolean {
  return LIVES_AT.test(text.slice(Math.max(0, start - 40), start));
}

function trimTrailingDot(text: string, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start && /[.\s,]/.test(text[trimmed - 1])) trimmed--;
  return trimmed;
}
