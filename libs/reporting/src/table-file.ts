import ExcelJS from 'exceljs';
import { neutralise } from './usage-export';

/** A plain table for a download: headers and rows of text or numbers (null is an empty cell). */
export interface PlainTable {
  sheetName: string;
  headers: string[];
  rows: (string | number | null)[][];
}

const csvCell = (value: string | number | null): string => {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value).replace('.', ',') : neutralise(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV for Danish Excel, as the usage export writes it: BOM, `;`, decimal comma, CRLF. */
export function plainTableCsv(table: PlainTable): Buffer {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvCell).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** One XLSX sheet with a bold header row; text that looks like a formula stays text. */
export async function plainTableXlsx(table: PlainTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sparringsportalen';
  const sheet = workbook.addWorksheet(table.sheetName.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31));
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows)
    sheet.addRow(row.map((cell) => (typeof cell === 'string' ? neutralise(cell) : cell)));
  sheet.columns.forEach((column) => (column.width = 24));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
