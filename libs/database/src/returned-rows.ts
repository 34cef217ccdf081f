/**
 * The rows of an `UPDATE/DELETE … RETURNING` run through `query()`: TypeORM's postgres driver answers
 * `[rows, affectedCount]` for those (plain rows for SELECT and INSERT), so `.length` alone would lie.
 */
export function returnedRows<T = Record<string, unknown>>(result: unknown): T[] {
  const rows = result as unknown[];
  return (rows.length === 2 && Array.isArray(rows[0]) && typeof rows[1] === 'number' ? rows[0] : rows) as T[];
}
