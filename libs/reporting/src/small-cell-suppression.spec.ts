import { suppressSmallCells } from './small-cell-suppression';
import { COUNT_COLUMNS, UsageRow } from './usage-stats.types';

const row = (key: string, counts: Partial<UsageRow>): UsageRow => ({
  key,
  label: key,
  ...(Object.fromEntries(COUNT_COLUMNS.map((column) => [column, 0])) as Record<
    (typeof COUNT_COLUMNS)[number],
    number
  >),
  utilisation: null,
  medianLeadTimeDays: null,
  sessionsPer1000Children: null,
  ...counts,
});

describe('suppressSmallCells', () => {
  it('hides 1–4 as "<5", keeps 0 and 5+', () => {
    const sut = suppressSmallCells(
      [row('a', { slotsOffered: 0 }), row('b', { slotsOffered: 4 }), row('c', { slotsOffered: 4 })],
      row('t', { slotsOffered: 8 }),
    );
    expect(sut.rows.map((r) => r.slotsOffered)).toEqual([0, '<5', '<5']);
    expect(sut.totals.slotsOffered).toBe(8);
  });

  it('never leaves one hidden cell in a column: the smallest other non-zero cell goes too', () => {
    const sut = suppressSmallCells(
      [
        row('a', { slotsOffered: 10 }),
        row('b', { slotsOffered: 3 }),
        row('c', { slotsOffered: 20 }),
        row('d', { slotsOffered: 0 }),
      ],
      row('t', { slotsOffered: 33 }),
    );
    expect(sut.rows.map((r) => r.slotsOffered)).toEqual(['x', '<5', 20, 0]);
    expect(sut.totals.slotsOffered).toBe(33);
  });

  it('hides the total when no other cell can go', () => {
    const sut = suppressSmallCells(
      [row('a', { slotsOffered: 0 }), row('b', { slotsOffered: 3 })],
      row('t', { slotsOffered: 3 }),
    );
    expect(sut.rows.map((r) => r.slotsOffered)).toEqual([0, '<5']);
    expect(sut.totals.slotsOffered).toBe('<5');
  });

  it('never leaves one hidden part of a row sum (held + no-show + cancelled + pending = bookings)', () => {
    const sut = suppressSmallCells(
      [
        row('a', { bookings: 30, held: 20, noShow: 2, cancelled: 8, pending: 0 }),
        row('b', { bookings: 30, held: 20, noShow: 2, cancelled: 8 }),
      ],
      row('t', { bookings: 60, held: 40, noShow: 4, cancelled: 16 }),
    );
    expect(sut.rows[0]).toMatchObject({ bookings: 30, held: 20, noShow: '<5', cancelled: 'x' });
    // the total row: 4 no-shows hidden, so 16 cancelled goes too
    expect(sut.totals).toMatchObject({ bookings: 60, noShow: '<5', cancelled: 'x' });
  });

  it('cascades until stable: every column and row group has 0 or at least 2 hidden cells', () => {
    const rows = [
      row('a', { held: 1, noShow: 7, cancelled: 9, bookings: 17 }),
      row('b', { held: 12, noShow: 6, cancelled: 3, bookings: 21 }),
      row('c', { held: 15, noShow: 5, cancelled: 5, bookings: 25 }),
    ];
    const sut = suppressSmallCells(rows, row('t', { held: 28, noShow: 18, cancelled: 17, bookings: 63 }));
    const all = [...sut.rows, sut.totals];
    for (const column of ['held', 'noShow', 'cancelled'] as const) {
      const hiddenRows = sut.rows.filter((r) => typeof r[column] === 'string').length;
      expect(hiddenRows === 0 || hiddenRows >= 2 || typeof sut.totals[column] === 'string').toBe(true);
    }
    for (const r of all) {
      const parts = (['held', 'noShow', 'cancelled', 'pending'] as const).filter(
        (column) => typeof r[column] === 'string',
      ).length;
      expect(parts === 0 || parts >= 2 || typeof r.bookings === 'string').toBe(true);
    }
  });
});
