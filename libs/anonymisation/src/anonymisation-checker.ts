import { findAddresses } from './address';
import { findBirthDates } from './birthdate';
import { findCaseReferences } from './case-reference';
import { findCprNumbers } from './cpr';
import { findEmailAddresses } from './email';
import { buildLexicon, Lexicon } from './lexicon';
import { maskExcerpt } from './masking';
import { findNames } from './names';
import { resolveOverlaps } from './overlaps';
import { findPhoneNumbers } from './phone';
import { findPostcodes } from './postcode';
import { scanWords } from './text-scan';
import { AnonymisationResult } from './types';

/**
 * Finds identifying data in a short Danish case description. Pure: the word lists are built once,
 * when the checker is created, and a check reads nothing but its argument.
 */
export class AnonymisationChecker {
  constructor(private readonly lexicon: Lexicon = buildLexicon()) {}

  check(text: string): AnonymisationResult {
    const words = scanWords(text);
    const addresses = findAddresses(text, words, this.lexicon);
    const spans = resolveOverlaps([
      ...findEmailAddresses(text),
      ...findCprNumbers(text),
      ...findCaseReferences(text),
      ...findPhoneNumbers(text),
      ...findBirthDates(text),
      ...addresses,
      ...findPostcodes(text, words, this.lexicon, addresses),
      ...findNames(text, words, this.lexicon),
    ]);
    const findings = spans.map((span) => ({
      ...span,
      excerpt: maskExcerpt(span.type, text.slice(span.start, span.end)),
    }));
    return { anonymous: findings.length === 0, findings };
  }
}

let defaultChecker: AnonymisationChecker | undefined;

/** Checks `text` for identifying data (CPR numbers, names, addresses, postcodes, phone numbers, …). */
export function checkAnonymity(text: string): AnonymisationResult {
  defaultChecker ??= new AnonymisationChecker();
  return defaultChecker.check(text);
}
