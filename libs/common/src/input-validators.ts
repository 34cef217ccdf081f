import { isEmail, ValidationOptions, ValidateBy } from 'class-validator';

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function realDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date `YYYY-MM-DD` that exists, or an instant `YYYY-MM-DDTHH:MM[:SS[.fff]]` with `Z` or an
 * offset — the contract's forms only. Week dates (`2026-W01`), ordinal dates and instants without a
 * zone are refused (class-validator's IsISO8601 lets them through, and `new Date()` cannot read them).
 */
export function isIsoDateOrInstant(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 40) return false;
  const match = INSTANT.exec(value);
  if (!match) return false;
  const [, y, mo, d, h, mi, s, oh, om] = match;
  if (!realDate(Number(y), Number(mo), Number(d))) return false;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) return false;
  if (oh !== undefined && (Number(oh) > 23 || Number(om) > 59)) return false;
  return !Number.isNaN(new Date(value).getTime());
}

export function isIsoCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = DATE_ONLY.exec(value);
  return match !== null && realDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Query/body field: a date `YYYY-MM-DD` or an ISO 8601 instant with zone (see isIsoDateOrInstant). */
export const IsIsoDateOrInstant = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isIsoDateOrInstant',
      validator: {
        validate: isIsoDateOrInstant,
        defaultMessage: () =>
          'skal være en dato (ÅÅÅÅ-MM-DD) eller et tidspunkt efter ISO 8601 med tidszone, fx 2027-03-30T09:00:00+02:00',
      },
    },
    options,
  );

/** A calendar date `YYYY-MM-DD` that exists (not 2026-02-31). */
export const IsIsoCalendarDate = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isIsoCalendarDate',
      validator: {
        validate: isIsoCalendarDate,
        defaultMessage: () => 'skal være en gyldig dato på formen ÅÅÅÅ-MM-DD',
      },
    },
    options,
  );

/**
 * An e-mail address we will put in a mail header: an ordinary `local@domain.tld`. Control characters
 * (CR/LF would let a value add headers or recipients), quoted local parts, display names and IP
 * domains are refused, however valid RFC 5321 finds them.
 */
export function isSafeEmail(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 254) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f"\\<>()[\]\s,;]/.test(value)) return false;
  return isEmail(value, {
    allow_display_name: false,
    allow_ip_domain: false,
    require_tld: true,
    allow_utf8_local_part: false,
  });
}

export const IsSafeEmail = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isSafeEmail',
      validator: {
        validate: isSafeEmail,
        defaultMessage: () =>
          'skal være en almindelig e-mailadresse (navn@domæne.dk) uden anførselstegn, mellemrum eller linjeskift',
      },
    },
    options,
  );

/** Trims spaces and tabs only: a line break in an e-mail address is refused, not silently removed. */
export const trimSpaces = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.replace(/^[ \t]+|[ \t]+$/g, '') : value;
