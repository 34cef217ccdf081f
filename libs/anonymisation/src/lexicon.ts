import { CLINICAL_WORDS, ROYAL_AND_SAINT_PREFIXES, TIME_WORDS } from './data/clinical-words';
import {
  AUTHOR_VERBS,
  HEADER_WORDS,
  NAMING_WORDS,
  RELATION_WORDS,
  SIGN_OFF_WORDS,
  TITLE_CUES,
  VERBS_AFTER_SUBJECT,
} from './data/context-words';
import { FIRST_NAMES } from './data/first-names';
import { MUNICIPALITIES } from './data/municipalities';
import { FAMOUS_PEOPLE } from './data/famous-people';
import { FUNCTION_WORDS } from './data/ordinary-words';
import { NON_IDENTIFYING_PLACES, SMALL_ISLANDS } from './data/places';
import {
  LOWER_CASE_STREET_ENDINGS,
  NOT_STREETS,
  ORDINARY_LOWER_CASE_STREET_WORDS,
  STREET_ENDINGS,
  STREET_NAME_OPENERS,
  STREET_WORDS,
  UNITS_AFTER_NUMBERS,
} from './data/streets';
import { SURNAMES } from './data/surnames';
import { buildPostcodeIndex, PostcodeIndex } from './postcode-index';
import { wordKey, wordSet } from './normalise';

/** All word lists, parsed once into lookup sets of word keys (see normalise.ts). */
export interface Lexicon {
  firstNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  ordinaryWords: ReadonlySet<string>;
  clinicalWords: ReadonlySet<string>;
  timeWords: ReadonlySet<string>;
  municipalities: ReadonlySet<string>;
  royalAndSaintPrefixes: ReadonlySet<string>;
  relationWords: ReadonlySet<string>;
  namingWords: ReadonlySet<string>;
  signOffWords: ReadonlySet<string>;
  headerWords: ReadonlySet<string>;
  authorVerbs: ReadonlySet<string>;
  verbsAfterSubject: ReadonlySet<string>;
  streetEndings: readonly string[];
  /** Matches a key that ends in any street ending, longer than the ending. */
  streetEndingPattern: RegExp;
  streetWords: ReadonlySet<string>;
  streetNameOpeners: ReadonlySet<string>;
  lowerCaseStreetEndings: ReadonlySet<string>;
  notStreets: ReadonlySet<string>;
  ordinaryLowerCaseStreetWords: ReadonlySet<string>;
  unitsAfterNumbers: ReadonlySet<string>;
  postcodes: PostcodeIndex;
  nonIdentifyingPlaces: ReadonlySet<string>;
  smallIslands: ReadonlySet<string>;
  /** Word keys of each famous name joined by single spaces ("h c andersen"). */
  famousPeople: ReadonlySet<string>;
  /** The first word key of every famous name, to skip the phrase lookup for all other words. */
  famousFirstWords: ReadonlySet<string>;
  titleCues: ReadonlySet<string>;
}

// Common nouns in their definite form that look like -sen surnames ("Krisen" would be "Kris" + -en).
const DEFINITE_NOUNS_IN_SEN = `
krisen prisen rosen næsen musen hosen basen fasen vasen kassen massen analysen diagnosen psykosen
neurosen anamnesen hypotesen dosen prognosen linsen
`;

export function buildLexicon(): Lexicon {
  const relationWords = wordSet(RELATION_WORDS);
  const streetEndings = [...wordSet(STREET_ENDINGS)].sort((a, b) => b.length - a.length);
  return {
    firstNames: wordSet(FIRST_NAMES),
    surnames: wordSet(SURNAMES),
    // Relation words are ordinary words too: "Mor og far …" at a sentence start.
    ordinaryWords: wordSet(FUNCTION_WORDS, RELATION_WORDS, NAMING_WORDS, DEFINITE_NOUNS_IN_SEN),
    clinicalWords: wordSet(CLINICAL_WORDS),
    timeWords: wordSet(TIME_WORDS),
    municipalities: wordSet(MUNICIPALITIES),
    royalAndSaintPrefixes: wordSet(ROYAL_AND_SAINT_PREFIXES),
    relationWords,
    namingWords: wordSet(NAMING_WORDS),
    signOffWords: wordSet(SIGN_OFF_WORDS),
    headerWords: wordSet(HEADER_WORDS),
    authorVerbs: wordSet(AUTHOR_VERBS),
    verbsAfterSubject: wordSet(VERBS_AFTER_SUBJECT),
    streetEndings,
    streetEndingPattern: new RegExp(
      `.(?:${streetEndings.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`,
      'u',
    ),
    streetWords: wordSet(STREET_WORDS),
    streetNameOpeners: wordSet(STREET_NAME_OPENERS),
    lowerCaseStreetEndings: wordSet(LOWER_CASE_STREET_ENDINGS),
    notStreets: wordSet(NOT_STREETS),
    ordinaryLowerCaseStreetWords: wordSet(ORDINARY_LOWER_CASE_STREET_WORDS),
    unitsAfterNumbers: wordSet(UNITS_AFTER_NUMBERS),
    postcodes: buildPostcodeIndex(),
    nonIdentifyingPlaces: wordSet(NON_IDENTIFYING_PLACES),
    smallIslands: wordSet(SMALL_ISLANDS),
    famousPeople: phraseSet(FAMOUS_PEOPLE),
    famousFirstWords: new Set([...phraseSet(FAMOUS_PEOPLE)].map((phrase) => phrase.split(' ')[0])),
    titleCues: wordSet(TITLE_CUES),
  };
}

/** Phrases separated by "|" or line breaks, each as its word keys joined by single spaces. */
function phraseSet(text: string): Set<string> {
  const phrases = new Set<string>();
  for (const phrase of text.split(/[|\n]/)) {
    const keys = [...phrase.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((m) => wordKey(m[0]));
    if (keys.length > 0) phrases.add(keys.join(' '));
  }
  return phrases;
}
