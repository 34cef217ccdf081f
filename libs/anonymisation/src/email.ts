import { Span } from './types';

// Ordinary addresses, and the "name (at) domain.dk" / "name [at] domain.dk" way of hiding them.
const EMAIL_PATTERN =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*(?:@|[ \t]?\((?:at|snabel-a)\)[ \t]?|[ \t]?\[at\][ \t]?)[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}/giu;

/*
 * Addresses written out to slip past filters: "mor [at] gmail dot com", "emil snabel-a hotmail punktum
 * dk", "LISE AT MAIL DOT DK", "far @ gmail . com". "at" is also an everyday Danish word ("at læse"), so
 * a spelled-out form is only taken with a spelled-out or real dot and a known top-level domain after it.
 */
const AT = String.raw`(?:[ \t]*[\[(][ \t]*(?:at|snabel-?a|snabel a)[ \t]*[\])][ \t]*|[ \t]+(?:at|snabel-?a|snabel a)[ \t]+|[ \t]*@[ \t]*)`;
const DOT = String.raw`(?:[ \t]*[\[(][ \t]*(?:dot|punktum|prik)[ \t]*[\])][ \t]*|[ \t]+(?:dot|punktum|prik)[ \t]+|[ \t]*\.[ \t]*)`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const TLD = '(?:dk|com|net|org|se|no|de|nu|eu|io|info|me|uk|fo|gl|is|fi)';
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*${AT}${LABEL}(?:${DOT}${LABEL})*?${DOT}${TLD}(?![\p{L}\p{N}])`,
  'giu',
);

export function findEmailAddresses(text: string): Span[] {
  return [...text.matchAll(EMAIL_PATTERN), ...text.matchAll(OBFUSCATED_EMAIL)].map((match) => ({
    type: 'email' as const,
    start: match.index,
    end: match.index + match[0].length,
  }));
}
