import { ValidationFailedException } from './domain.exception';

/** A position in a list ordered by (instant, id): the last row of the page before. */
export interface KeysetPosition {
  at: Date;
  id: string;
}

/** One page of a keyset-paginated list; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Opaque page cursors: base64url JSON that clients pass back unchanged. Decoding checks every field,
 * so a tampered or truncated cursor is a 400 with a Danish message, never a 500 or a wrong page.
 */
export const pageCursor = {
  encode(fields: Record<string, string | null>): string {
    return Buffer.from(JSON.stringify(fields), 'utf8').toString('base64url');
  },

  decode(cursor: string, keys: readonly string[]): Record<string, string | null> {
    const invalid = () =>
      new ValidationFailedException([
        { field: 'cursor', message: 'ugyldig cursor — brug nextCursor fra det forrige svar uændret' },
      ]);
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      throw invalid();
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalid();
    const record = parsed as Record<string, unknown>;
    if (Object.keys(record).length !== keys.length) throw invalid();
    for (const key of keys) {
      const value = record[key];
      if (value !== null && typeof value !== 'string') throw invalid();
    }
    return record as Record<string, string | null>;
  },

  /** An instant from a decoded cursor field, or the 400 for a bad one. */
  instant(value: string | null): Date {
    const date = value === null ? new Date(NaN) : new Date(value);
    if (Number.isNaN(date.getTime())) {
      throw new ValidationFailedException([{ field: 'cursor', message: 'ugyldig cursor (tidspunkt)' }]);
    }
    return date;
  },

  /** A row id from a decoded cursor field, or the 400 for a bad one. */
  id(value: string | null): string {
    if (value === null || !UUID.test(value)) {
      throw new ValidationFailedException([{ field: 'cursor', message: 'ugyldig cursor (id)' }]);
    }
    return value;
  },
};
