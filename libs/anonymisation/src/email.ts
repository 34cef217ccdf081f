import { Span } from './types';

// Ordinary addresses, and the "name (at) domain.dk" / "name [at] domain.dk" way of hiding them.
const EMAIL_PATTERN =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*(?:@|[ \t]?\((?:at|snabel-a)\)[ \t]?|[ \t]?\[at\][ \t]?)[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}/giu;

/*
 * Addresses written out to slip past filters: "mor [at] gmail dot com", "emil snabel-a hotmail punktum
 * dk", "LISE AT MAIL DOT DK", "far @ gmail . com". "at" is also an everyday Danish word, and "at læse.
 * De …" has a word, a full stop and "de" (a top-level domain) after it: a spoken "at" is only taken with
 * a spoken dot or a full stop without spaces ("mor at gmail.com"); a marked one ("[at]", "(at)", "@") with
 * any dot.
 */
const MARKED_AT = String.raw`(?:[ \t]*[\[(][ \t]*(?:at|a|snabel-?a|snabel a)[ \t]*[\])][ \t]*|[ \t]*@[ \t]*)`;
const SPOKEN_AT = String.raw`(?:[ \t]+(?:at|snabel-?a|snabel a)[ \t]+)`;
const SPOKEN_DOT = String.raw`(?:[ \t]*[\[(][ \t]*(?:dot|punktum|prik)[ \t]*[\])][ \t]*|[ \t]+(?:dot|punktum|prik)[ \t]+)`;
const ANY_DOT = String.raw`(?:${SPOKEN_DOT}|[ \t]*\.[ \t]*)`;
const STRICT_DOT = String.raw`(?:${SPOKEN_DOT}|\.)`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const TLD = '(?:dk|com|net|org|se|no|de|nu|eu|io|info|me|uk|fo|gl|is|fi)';
// Matched from the "at" on, and the local part found by looking back: a pattern that starts at every
// word of a 10-page text would try the alternatives thousands of times.
const OBFUSCATED_FROM_AT = new RegExp(
  String.raw`(?<=[\p{L}\p{N}._%+-])(?:${MARKED_AT}${LABEL}(?:${ANY_DOT}${LABEL})*?${ANY_DOT}|${SPOKEN_AT}${LABEL}(?:${STRICT_DOT}${LABEL})*?${STRICT_DOT})${TLD}(?![\p{L}\p{N}])`,
  'giu',
);
// The local part may spell out its dots too: "kirsten punktum hansen snabel-a …".
const LOCAL_PART =
  /[\p{L}\p{N}][\p{L}\p{N}._%+-]*(?:[ \t]+(?:punktum|dot|prik)[ \t]+[\p{L}\p{N}][\p{L}\p{N}._%+-]*)*$/iu;
// Plain addresses need an "@" or a bracketed "at": most texts have neither, and the pattern is skipped.
const MAY_HOLD_ADDRESS = /@|[[(](?:at|a|snabel-a)[\])]/i;

export function findEmailAddresses(text: string): Span[] {
  const spans: Span[] = [];
  if (MAY_HOLD_ADDRESS.test(text)) {
    for (const match of text.matchAll(EMAIL_PATTERN)) {
      spans.push({ type: 'email', start: match.index, end: match.index + match[0].length });
    }
  }
  for (const match of text.matchAll(OBFUSCATED_FROM_AT)) {
    const local = LOCAL_PART.exec(text.slice(Math.max(0, match.index - 64), match.index));
    if (!local) continue;
    const start = match.index - local[0].length;
    if (start > 0 && /[\p{L}\p{N}._%+-]/u.test(text[start - 1])) continue;
    spans.push({ type: 'email', start, end: match.index + match[0].length });
  }
  return spans;
}
