import { DanishDictionary } from './danish-dictionary';
import { Lexicon } from './lexicon';
import { wordKey } from './normalise';
import { Span } from './types';

/*
 * Villages, islands and small towns pin a child down in a way a municipality does not ("bor i Sabro",
 * "flyttet til Tunø"). Two ways to find them:
 * - by context: capitalised words after "bor i", "flyttet til", "kommer fra", "vokset op på" … are a
 *   place whether or not any list knows them;
 * - by gazetteer: a geographic name of the Danish dictionary (or a small island of our own list) after a
 *   place preposition ("i", "på", "ved", "fra" …) in mid-sentence.
 * Countries, the largest cities, hospital sites and municipality names are left alone, and so is a word
 * that is also an ordinary word or a first name, unless the context says it is where someone lives.
 */
const RESIDENCE = String.raw`(?:bor|boede|bosat|bosiddende|flyttet|flyttede|flytter|fraflyttet|tilflyttet|tilflytter|vokset op|voksede op|opvokset|kommer fra|kom fra|stammer fra|hjemme|hjemmehørende|sommerhus(?:et)?|feriehus(?:et)?|kolonihave(?:n)?|fraflyttede|genhuset|anbragt|placeret)`;
const PREPOSITION = String.raw`(?:ude på|ovre på|ud til|ned til|op til|over til|hjem til|tæt på|lige uden for|uden for|udenfor|nær|i|på|til|fra|ved)`;
// Up to three lower-case words between ("bor hos mor i Sabro", "flyttede sammen med far til Tunø").
const RESIDENCE_PLACE = new RegExp(
  String.raw`(?<![\p{L}])${RESIDENCE}(?:[ \t]+\p{Ll}+){0,3}?[ \t]+${PREPOSITION}[ \t]+(?<place>\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})`,
  'gu',
);
const GAZETTEER_PLACE = new RegExp(
  String.raw`(?<![\p{L}])(?:i|på|fra|til|ved|nær|omkring|udenfor|syd for|nord for|øst for|vest for|tæt på)[ \t]+(?<place>\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)`,
  'gu',
);
// Multi-word places start with these ("Store Heddinge", "Ny Tolstrup", "Sankt Klemens").
const PLACE_OPENERS = new Set(
  'store lille ny gl gammel nørre nr sønder sdr øster vester sankt skt kongens over neder kirke munke hvide sorte'.split(
    ' ',
  ),
);

const PLACE_LAST_PARTS = new Set(
  'mark strand by skov mølle mose hede enge bjerg huse å sø havn vig mark overdrev kro stationsby'.split(' '),
);

export function findPlaces(text: string, lexicon: Lexicon, dictionary: DanishDictionary): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(RESIDENCE_PLACE)) {
    const words = placeWords(match.groups?.place ?? '', lexicon, dictionary, false);
    if (words) spans.push(placeSpan(match, words));
  }
  for (const match of text.matchAll(GAZETTEER_PLACE)) {
    const words = placeWords(match.groups?.place ?? '', lexicon, dictionary, true);
    if (words) spans.push(placeSpan(match, words));
  }
  return spans;
}

function placeSpan(match: RegExpMatchArray, place: string): Span {
  const start = match.index! + match[0].length - (match.groups?.place ?? '').length;
  return { type: 'place', start, end: start + place.length };
}

/**
 * The part of the capitalised words that names a place, or undefined. With `gazetteerOnly` the words must
 * be a known geographic name; after a residence context any capitalised name that is not an ordinary
 * word will do.
 */
function placeWords(
  candidate: string,
  lexicon: Lexicon,
  dictionary: DanishDictionary,
  gazetteerOnly: boolean,
): string | undefined {
  const words = candidate.split(/[ \t]+/);
  // Keep a second word only when the first opens a multi-word place ("Store Heddinge") or the second is
  // a usual last part of one ("Kvottrup Mark", "Hou Strand").
  const count =
    words.length > 1 &&
    (PLACE_OPENERS.has(words[0].toLowerCase()) || PLACE_LAST_PARTS.has(words[1].toLowerCase()))
      ? 2
      : 1;
  const place = words.slice(0, count).join(' ');
  const key = wordKey(place);
  // The word that names the place: "Heddinge" in "Store Heddinge", "Kvottrup" in "Kvottrup Mark".
  const head = count === 2 && PLACE_OPENERS.has(words[0].toLowerCase()) ? words[1] : words[0];
  const headKey = wordKey(head);
  if (lexicon.nonIdentifyingPlaces.has(key) || lexicon.nonIdentifyingPlaces.has(headKey)) return undefined;
  if (lexicon.municipalities.has(headKey) || lexicon.clinicalWords.has(headKey)) return undefined;
  if (lexicon.timeWords.has(headKey) || lexicon.ordinaryWords.has(headKey)) return undefined;
  // "bor i Aarhus Kommune": the municipality, which is allowed.
  if (/^kommune/i.test(words[count] ?? '')) return undefined;
  const known =
    lexicon.smallIslands.has(headKey) ||
    lexicon.postcodes.oneWordTowns.has(headKey) ||
    dictionary.isPlace(head);
  if (gazetteerOnly) {
    // A known place that is also a word ("Ry", "Mark") is the place when capitalised after a preposition;
    // one that is also a first name is left to the name check.
    if (!known || lexicon.firstNames.has(headKey)) return undefined;
    return place;
  }
  if (!known && dictionary.isOrdinaryWord(head.toLowerCase())) return undefined;
  return place;
}
