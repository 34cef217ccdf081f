import { topicLabel } from './labels';
import { suppressSmallCells } from './small-cell-suppression';
import { renderStatusReportPdf } from './status-report.pdf';
import { ExportTable, toCsv, toXlsx } from './usage-export';
import { UsageRow } from './usage-stats.types';

export interface StatusReportFigures {
  regionName: string;
  from: string;
  to: string;
  producedOn: string;
  clusters: UsageRow[];
  municipalities: UsageRow[];
  topics: UsageRow[];
  quarters: UsageRow[];
  totals: UsageRow;
}

/** The status report's files from its figures: small cells suppressed, then PDF, CSV and XLSX. */
export async function renderStatusReportFiles(
  figures: StatusReportFigures,
): Promise<{ pdf: Buffer; csv: Buffer; xlsx: Buffer }> {
  const { totals } = figures;
  const topicRows = figures.topics
    .map((row) => ({ ...row, label: topicLabel(row.key) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'da'));
  const tables = {
    clusters: suppressSmallCells(figures.clusters, totals),
    municipalities: suppressSmallCells(figures.municipalities, totals),
    topics: suppressSmallCells(topicRows, {
      ...totals,
      slotsOffered: null,
      utilisation: null,
      sessionsPer1000Children: null,
    }),
    quarters: suppressSmallCells(figures.quarters, totals),
  };
  const exportTables: ExportTable[] = [
    { title: 'Klynger', ...tables.clusters },
    { title: 'Kommuner', ...tables.municipalities },
    { title: 'Emner', ...tables.topics },
    { title: 'Kvartaler', ...tables.quarters },
  ];
  const pdf = await renderStatusReportPdf({
    regionName: figures.regionName,
    from: figures.from,
    to: figures.to,
    producedOn: figures.producedOn,
    // the summary shows the totals as suppressed with the municipality table (the strictest)
    totals: tables.municipalities.totals,
    ...tables,
  });
  return { pdf, csv: toCsv(exportTables), xlsx: await toXlsx(exportTables) };
}
