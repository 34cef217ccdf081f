import { FindingType } from './types';

const MASK = '*';

/**
 * Masks a hit for display. Numbers (CPR, phone, birth date) keep a couple of digits at each end so the
 * user can tell which number is meant ("12****-**34"); words keep their first letter ("P*** H*****").
 * Separators stay, so the excerpt has the shape and length of the hit but never reveals it whole.
 */
export function maskExcerpt(type: FindingType, hit: string): string {
  const masked = maskByType(type, hit);
  return masked === hit ? maskEverything(hit) : masked;
}

function maskByType(type: FindingType, hit: string): string {
  switch (type) {
    case 'cpr':
    case 'phone':
    case 'birthdate':
      return maskNumber(hit);
    case 'email':
      return maskEmail(hit);
    default:
      return maskWords(hit);
  }
}

/** Keeps the first letter or digit of each word and masks the rest. */
export function maskWords(hit: string): string {
  const masked = hit.replace(/[\p{L}\p{N}]+/gu, (word) => word[0] + MASK.repeat(word.length - 1));
  return masked === hit ? maskEverything(hit) : masked;
}

/** Keeps the first and last digits (two each for 8 digits or more, one each from 5) and masks the rest. */
export function maskNumber(hit: string): string {
  const digitCount = (hit.match(/\d/g) ?? []).length;
  const kept = digitCount >= 8 ? 2 : digitCount >= 5 ? 1 : 0;
  let seen = 0;
  let wordStart = true;
  let masked = '';
  for (const char of hit) {
    if (/\d/.test(char)) {
      seen++;
      masked += seen <= kept || seen > digitCount - kept ? char : MASK;
      wordStart = false;
    } else if (/\p{L}/u.test(char)) {
      // Letters (a month name, letters in a replacement CPR number) keep only an initial.
      masked += wordStart && kept > 0 ? char : MASK;
      wordStart = false;
    } else {
      masked += char;
      wordStart = true;
    }
  }
  return masked === hit ? maskEverything(hit) : masked;
}

/** "peter.hansen@gmail.com" → "p***********@g****.com": the top-level domain stays readable. */
export function maskEmail(hit: string): string {
  const separator = /[ \t]?(?:@|\((?:at|snabel-a)\)|\[at\])[ \t]?/i.exec(hit);
  if (!separator || separator.index === 0) return maskWords(hit);
  const local = hit.slice(0, separator.index);
  const domain = hit.slice(separator.index + separator[0].length);
  const lastDot = domain.lastIndexOf('.');
  const maskedDomain =
    lastDot < 0
      ? maskWords(domain)
      : domain.slice(0, lastDot).replace(/[^.]+/g, (label) => label[0] + MASK.repeat(label.length - 1)) +
        domain.slice(lastDot);
  return local[0] + MASK.repeat(local.length - 1) + separator[0] + maskedDomain;
}

function maskEverything(hit: string): string {
  return hit.replace(/[\p{L}\p{N}]/gu, MASK);
}
