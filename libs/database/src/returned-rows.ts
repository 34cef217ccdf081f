/**
 * TypeORM's postgres driver answers `query()` with `[rows, affectedCount]` for UPDATE and DELETE (with or
 * without RETURNING) and with plain rows for SELECT and INSERT, so `.length` of an UPDATE's answer is
 * always 2. These two read that answer honestly.
 */
function isUpdateAnswer(result: unknown): result is [unknown[], number] {
  return (
    Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number'
  );
}

/** The rows of an `UPDATE/DELETE … RETURNING` (or of a SELECT/INSERT, passed through). */
export function returnedRows<T = Record<string, unknown>>(result: unknown): T[] {
  return (isUpdateAnswer(result) ? result[0] : result) as T[];
}

/** How many rows an `UPDATE`/`DELETE` run through `query()` touched. */
export function updatedRows(result: unknown): number {
  // Anything else (a SELECT's or INSERT's rows) has no count: asking for one is a mistake in the caller.
  if (!isUpdateAnswer(result)) throw new Error('updatedRows() takes the answer of an UPDATE or DELETE');
  return result[1];
}
