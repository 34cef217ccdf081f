import { findAddresses } from './address';
import { findBirthDates } from './birthdate';
import { findCaseNumbers } from './case-number';
import { findCprNumbers } from './cpr';
import { danishDictionary, DanishDictionary, englishDictionary } from './danish-dictionary';
import { findEmailAddresses } from './email';
import { findHandles } from './handle';
import { findInstitutions } from './institution';
import { buildLexicon, Lexicon } from './lexicon';
import { maskExcerpt } from './masking';
import { findNames } from './names';
import { normaliseText } from './normalised-text';
import { resolveOverlaps } from './overlaps';
import { findPhoneNumbers } from './phone';
import { findPlaces } from './place';
import { findPlates } from './plate';
import { findPostcodes } from './postcode';
import { suggestionFor } from './suggestions';
import { scanWords } from './text-scan';
import { AnonymisationResult, Span } from './types';

/**
 * Finds identifying data in a Danish case description. Pure: the word lists are built once, when the
 * checker is created (the Danish dictionary on the first check), and a check reads nothing but its
 * argument.
 *
 * The detectors read a normalised copy of the text (see normalised-text.ts); every finding is mapped back
 * to offsets in the text as the user wrote it, and its excerpt is taken from there.
 */
export class AnonymisationChecker {
  constructor(
    private readonly lexicon: Lexicon = buildLexicon(),
    private readonly dictionary: () => DanishDictionary = danishDictionary,
    private readonly englishWords: () => DanishDictionary = englishDictionary,
  ) {}

  check(original: string): AnonymisationResult {
    const normalised = normaliseText(original);
    const findings = this.findSpans(normalised.text).map((span) => {
      const start = normalised.originalStart(span.start);
      const end = normalised.originalEnd(span.end);
      return {
        type: span.type,
        start,
        end,
        excerpt: maskExcerpt(span.type, original.slice(start, end)),
        suggestion: span.suggestion ?? suggestionFor(span.type),
      };
    });
    return { anonymous: findings.length === 0, findings };
  }

  private findSpans(text: string): Span[] {
    const words = scanWords(text);
    const dictionary = this.dictionary();
    const addresses = findAddresses(text, words, this.lexicon);
    return resolveOverlaps([
      ...findEmailAddresses(text),
      ...findCprNumbers(text),
      ...findCaseNumbers(text),
      ...findHandles(text),
      ...findPlates(text),
      ...findPhoneNumbers(text),
      ...findBirthDates(text),
      ...addresses,
      ...findInstitutions(text, words, this.lexicon, dictionary),
      ...findPostcodes(text, words, this.lexicon, addresses),
      ...findPlaces(text, this.lexicon, dictionary),
      ...findNames(text, words, this.lexicon, dictionary, this.englishWords()),
    ]);
  }
}

let defaultChecker: AnonymisationChecker | undefined;

/** Checks `text` for identifying data (CPR numbers, names, addresses, institutions, handles, …). */
export function checkAnonymity(text: string): AnonymisationResult {
  defaultChecker ??= new AnonymisationChecker();
  return defaultChecker.check(text);
}

/**
 * Reads the word lists and the Danish and English dictionaries now (about 0.2 s and 50 MB, once per
 * process) instead of on the first check, so that the first user does not wait for them. For an app's
 * start-up (e.g. a module's `onModuleInit`).
 */
export function warmUpAnonymityCheck(): void {
  checkAnonymity('');
}
