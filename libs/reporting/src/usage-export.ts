import ExcelJS from 'exceljs';
import { Cell, SuppressedRow } from './small-cell-suppression';

/** The export columns with their Danish headers, in order (the same as the JSON's row fields). */
export const EXPORT_COLUMNS: { field: keyof SuppressedRow; header: string; percent?: boolean }[] = [
  { field: 'key', header: 'Nøgle' },
  { field: 'label', header: 'Gruppe' },
  { field: 'slotsOffered', header: 'Udbudte tider' },
  { field: 'bookings', header: 'Bookinger' },
  { field: 'held', header: 'Afholdt' },
  { field: 'noShow', header: 'Udeblevet' },
  { field: 'cancelled', header: 'Aflyst' },
  { field: 'lateCancelled', header: 'Aflyst for sent' },
  { field: 'cancelledByConsultant', header: 'Aflyst af kommunen' },
  { field: 'cancelledByBup', header: 'Aflyst af BUP' },
  { field: 'pending', header: 'Afventer' },
  { field: 'utilisation', header: 'Udnyttelse (%)', percent: true },
  { field: 'medianLeadTimeDays', header: 'Median dage fra booking til sparring' },
  { field: 'summariesOnTime', header: 'Sagsresuméer til tiden' },
  { field: 'withScreening', header: 'Med screening' },
  { field: 'gpParticipated', header: 'Egen læge deltog' },
  { field: 'continueMunicipal', header: 'Fortsat kommunal indsats' },
  { field: 'referredBup', header: 'Henvist til BUP' },
  { field: 'referredPrivateSpecialist', header: 'Henvist til privat speciallæge' },
  { field: 'otherRecommendation', header: 'Anden anbefaling' },
  { field: 'sessionsPer1000Children', header: 'Sparringer pr. 1.000 børn 0–17 år' },
];

export interface ExportTable {
  title: string;
  rows: SuppressedRow[];
  totals: SuppressedRow;
}

/** A cell that a spreadsheet would read as a formula gets a leading apostrophe. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const cellValue = (value: Cell | undefined, percent = false): string | number | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return percent ? Math.round(value * 1000) / 10 : value;
  return neutralise(value);
};

const csvText = (value: string | number | null): string => {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const tableRows = (table: ExportTable) =>
  [...table.rows, table.totals].map((row) =>
    EXPORT_COLUMNS.map(({ field, percent }) => cellValue(row[field] as Cell, percent)),
  );

/** CSV for Danish Excel: UTF-8 with BOM, `;` between cells, decimal comma, CRLF; tables one after another. */
export function toCsv(tables: ExportTable[]): Buffer {
  const lines: string[] = [];
  tables.forEach((table, index) => {
    if (tables.length > 1) {
      if (index > 0) lines.push('');
      lines.push(csvText(neutralise(table.title)));
    }
    lines.push(EXPORT_COLUMNS.map(({ header }) => csvText(header)).join(';'));
    for (const row of tableRows(table)) lines.push(row.map(csvText).join(';'));
  });
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** XLSX, one sheet per table; hidden counts stay text ("<5"). */
export async function toXlsx(tables: ExportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sparringsportalen';
  const used = new Set<string>();
  for (const table of tables) {
    let name = table.title.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31);
    while (used.has(name)) name = `${name.slice(0, 28)} ${used.size}`;
    used.add(name);
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(EXPORT_COLUMNS.map(({ header }) => header)).font = { bold: true };
    for (const row of tableRows(table)) sheet.addRow(row);
    sheet.getRow(sheet.rowCount).font = { bold: true };
    sheet.columns.forEach((column, index) => (column.width = index === 1 ? 28 : 14));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
