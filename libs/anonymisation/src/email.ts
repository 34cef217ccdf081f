import { Span } from './types';

// Ordinary addresses, and the "name (at) domain.dk" / "name [at] domain.dk" way of hiding them.
const EMAIL_PATTERN =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*(?:@|[ \t]?\((?:at|snabel-a)\)[ \t]?|[ \t]?\[at\][ \t]?)[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}/giu;

export function findEmailAddresses(text: string): Span[] {
  return [...text.matchAll(EMAIL_PATTERN)].map((match) => ({
    type: 'email' as const,
    start: match.index,
    end: match.index + match[0].length,
  }));
}
