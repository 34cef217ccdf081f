import { COUNT_COLUMNS, CountColumn, UsageRow } from './usage-stats.types';

/** What an export shows instead of a count from 1 to 4. */
export const SUPPRESSED = '<5';
/** What an export shows instead of a count hidden only so that a "<5" cannot be recomputed (any size ≥ 1). */
export const HIDDEN = 'x';
/** What an export shows for a figure that would reveal a suppressed count. */
export const WITHHELD = '–';

export type Cell = number | string | null;
export type SuppressedRow = Omit<
  UsageRow,
  CountColumn | 'utilisation' | 'sessionsPer1000Children' | 'medianLeadTimeDays'
> & {
  [K in CountColumn | 'utilisation' | 'sessionsPer1000Children' | 'medianLeadTimeDays']: Cell;
};

/** Cells of a row that add up to another cell of the same row (so one hidden part could be recomputed). */
const ROW_GROUPS: { parts: CountColumn[]; sum: CountColumn }[] = [
  { parts: ['held', 'noShow', 'cancelled', 'pending'], sum: 'bookings' },
  { parts: ['cancelledByConsultant', 'cancelledByBup'], sum: 'cancelled' },
];

const isSmall = (value: number | null): value is number => value !== null && value >= 1 && value <= 4;

/**
 * Small-cell suppression for exports that leave the platform (product rule 9):
 * 1. primary: every count from 1 to 4 is hidden ("<5"); 0 is shown.
 * 2. secondary, per column: the total is the sum of the rows, so when exactly one row of a column is
 *    hidden, the smallest other non-zero count of that column is hidden too (the total itself when
 *    there is none).
 * 3. secondary, per row: held + no-show + cancelled + pending = bookings, and by consultant + by BUP =
 *    cancelled; when exactly one part of such a group is hidden, the smallest other non-zero part is
 *    hidden too (the sum when there is none).
 * Rules 2 and 3 repeat until nothing changes; cells hidden by them show "x" (they may be 5 or more). Figures derived from hidden counts (utilisation, sessions
 * per 1,000 children) and the median lead time of fewer than 5 bookings are withheld ("–").
 * Totals are hidden by rule 1 too when they are small.
 */
export function suppressSmallCells(
  rows: UsageRow[],
  totals: UsageRow,
): { rows: SuppressedRow[]; totals: SuppressedRow } {
  const all = [...rows, totals];
  const primary = all.map(
    (row) => new Set<CountColumn>(COUNT_COLUMNS.filter((column) => isSmall(row[column]))),
  );
  const hidden = primary.map((set) => new Set(set));
  const hideSmallestOther = (
    candidates: { row: number; column: CountColumn }[],
    fallback: { row: number; column: CountColumn },
  ) => {
    const visible = candidates
      .filter(({ row, column }) => !hidden[row].has(column) && (all[row][column] ?? 0) > 0)
      .sort((a, b) => (all[a.row][a.column] ?? 0) - (all[b.row][b.column] ?? 0));
    const pick = visible[0] ?? fallback;
    if (hidden[pick.row].has(pick.column)) return false;
    hidden[pick.row].add(pick.column);
    return true;
  };
  const totalIndex = rows.length;
  for (let changed = true, round = 0; changed && round < 50; round++) {
    changed = false;
    for (const column of COUNT_COLUMNS) {
      const hiddenRows = rows.map((_, index) => index).filter((index) => hidden[index].has(column));
      if (hiddenRows.length === 1 && !hidden[totalIndex].has(column)) {
        const others = rows
          .map((_, index) => ({ row: index, column }))
          .filter(({ row }) => row !== hiddenRows[0]);
        changed = hideSmallestOther(others, { row: totalIndex, column }) || changed;
      }
    }
    for (let index = 0; index < all.length; index++) {
      for (const group of ROW_GROUPS) {
        const hiddenParts = group.parts.filter((column) => hidden[index].has(column));
        if (hiddenParts.length === 1 && !hidden[index].has(group.sum)) {
          const others = group.parts
            .filter((column) => column !== hiddenParts[0])
            .map((column) => ({ row: index, column }));
          changed = hideSmallestOther(others, { row: index, column: group.sum }) || changed;
        }
      }
    }
  }
  const apply = (row: UsageRow, index: number): SuppressedRow => {
    const out = { ...row } as SuppressedRow;
    for (const column of hidden[index]) out[column] = primary[index].has(column) ? SUPPRESSED : HIDDEN;
    const active = row.bookings === null ? 0 : row.bookings - (row.cancelled ?? 0);
    if (hidden[index].has('bookings') || hidden[index].has('cancelled') || hidden[index].has('slotsOffered'))
      out.utilisation = row.utilisation === null ? null : WITHHELD;
    if (hidden[index].has('held'))
      out.sessionsPer1000Children = row.sessionsPer1000Children === null ? null : WITHHELD;
    if (active < 5 && row.medianLeadTimeDays !== null) out.medianLeadTimeDays = WITHHELD;
    return out;
  };
  return { rows: rows.map(apply), totals: apply(totals, totalIndex) };
}
