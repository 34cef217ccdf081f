import PDFDocument from 'pdfkit';
import { dateLabel } from './labels';
import { Cell, SuppressedRow } from './small-cell-suppression';

export interface StatusReportContent {
  regionName: string;
  from: string;
  to: string;
  producedOn: string;
  totals: SuppressedRow;
  clusters: { rows: SuppressedRow[]; totals: SuppressedRow };
  municipalities: { rows: SuppressedRow[]; totals: SuppressedRow };
  topics: { rows: SuppressedRow[]; totals: SuppressedRow };
  quarters: { rows: SuppressedRow[]; totals: SuppressedRow };
}

const MARGIN = 50;
const BLUE = '#0059b3';
/** A non-breaking space: "12 %" and "1.234 børn" never break across lines. */
const NBSP = '\u00a0';

const danishNumber = (value: number, fractionDigits: number): string =>
  new Intl.NumberFormat('da-DK', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    useGrouping: true,
  }).format(value);

/**
 * One number format for the whole report: Danish thousands separators (1.234), a decimal comma, one
 * decimal for every rate (so a column lines up: "4,0", "3,9"), and percentages as "12,5 %" with a
 * (non-breaking) space, as Danish typography writes them.
 */
export const formatCell = (
  value: Cell | undefined,
  kind: 'count' | 'percent' | 'decimal' = 'count',
): string => {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  if (kind === 'percent') return `${danishNumber(Math.round(value * 1000) / 10, 1)}${NBSP}%`;
  return danishNumber(value, kind === 'decimal' ? 1 : 0);
};

type Column = { header: string; value: (row: SuppressedRow) => string };

const TABLE_COLUMNS: Column[] = [
  { header: 'Udbudte tider', value: (row) => formatCell(row.slotsOffered) },
  { header: 'Bookinger', value: (row) => formatCell(row.bookings) },
  { header: 'Afholdt', value: (row) => formatCell(row.held) },
  { header: 'Udeblevet', value: (row) => formatCell(row.noShow) },
  { header: 'Aflyst', value: (row) => formatCell(row.cancelled) },
  { header: 'Udnyttelse', value: (row) => formatCell(row.utilisation, 'percent') },
  { header: 'Pr. 1.000 børn 0–17 år', value: (row) => formatCell(row.sessionsPer1000Children, 'decimal') },
];

const RECOMMENDATION_COLUMNS: Column[] = [
  { header: 'Afholdt', value: (row) => formatCell(row.held) },
  { header: 'Fortsat kommunal indsats', value: (row) => formatCell(row.continueMunicipal) },
  { header: 'Henvist til BUP', value: (row) => formatCell(row.referredBup) },
  { header: 'Henvist til privat speciallæge', value: (row) => formatCell(row.referredPrivateSpecialist) },
  { header: 'Anden anbefaling', value: (row) => formatCell(row.otherRecommendation) },
  { header: 'Egen læge deltog', value: (row) => formatCell(row.gpParticipated) },
];

/**
 * The Danish status report as a tagged (accessible) PDF drawn with pdfkit: a structure tree in
 * reading order (headings H1/H2, paragraphs, real tables with TH/TD and header scopes, figures with
 * alternative text), document language Danish, the title shown instead of the file name, and
 * decoration (rules, chart axes) marked as artifacts.
 */
export function renderStatusReportPdf(content: StatusReportContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'da',
    displayTitle: true,
    info: {
      Title: `Statusrapport ${content.regionName}`,
      Author: 'Sparringsportalen',
      Subject: 'Sparring mellem kommunerne og børne- og ungdomspsykiatrien (BUP)',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const w = new TaggedWriter(doc, root);
  const period = `${dateLabel(content.from)} – ${dateLabel(content.to)}`;

  // Cover
  doc.moveDown(8);
  w.text('Statusrapport', 'H1', { size: 28, color: BLUE });
  w.text('Sparring mellem kommunerne og børne- og ungdomspsykiatrien (BUP)', 'P', { size: 16 });
  doc.moveDown();
  w.text(content.regionName, 'P', { size: 14 });
  w.text(`Periode: ${period}`, 'P', { size: 14 });
  doc.moveDown();
  w.text(
    `Udarbejdet ${dateLabel(content.producedOn)} af Sparringsportalen efter samarbejdsaftalens afsnit om status hvert andet år.`,
    'P',
    { size: 11, color: '#555' },
  );

  // Summary
  doc.addPage();
  w.heading('Sammenfatning');
  const t = content.totals;
  w.table(
    ['Nøgletal', 'Tal'],
    [
      ['Udbudte sparringstider', formatCell(t.slotsOffered)],
      ['Bookinger', formatCell(t.bookings)],
      ['Afholdte sparringer', formatCell(t.held)],
      ['Udeblivelser', formatCell(t.noShow)],
      ['Aflysninger (heraf for sent)', `${formatCell(t.cancelled)} (${formatCell(t.lateCancelled)})`],
      [
        'Aflyst af kommunen / af BUP',
        `${formatCell(t.cancelledByConsultant)} / ${formatCell(t.cancelledByBup)}`,
      ],
      ['Udnyttelse af udbudte tider', formatCell(t.utilisation, 'percent')],
      ['Median antal dage fra booking til sparring', formatCell(t.medianLeadTimeDays, 'decimal')],
      ['Sagsresuméer modtaget til tiden', formatCell(t.summariesOnTime)],
      ['Med screening', formatCell(t.withScreening)],
      ['Egen læge deltog', formatCell(t.gpParticipated)],
      ['Henvist til BUP efter sparring', formatCell(t.referredBup)],
      ['Sparringer pr. 1.000 børn 0–17 år', formatCell(t.sessionsPer1000Children, 'decimal')],
    ],
    { firstWidth: 330, fontSize: 10.5 },
  );

  // Tables
  doc.addPage();
  w.heading('Klynger');
  w.groupTable('Klynge', content.clusters, TABLE_COLUMNS);
  w.heading('Kommuner');
  w.groupTable('Kommune', content.municipalities, TABLE_COLUMNS);
  doc.addPage();
  w.heading('Emner');
  w.groupTable(
    'Emne',
    content.topics,
    TABLE_COLUMNS.filter(
      (column) => !['Udbudte tider', 'Udnyttelse', 'Pr. 1.000 børn 0–17 år'].includes(column.header),
    ),
  );
  w.heading('Anbefalinger efter afholdt sparring');
  w.groupTable('Klynge', content.clusters, RECOMMENDATION_COLUMNS);

  // Trends
  doc.addPage();
  w.heading('Udvikling pr. kvartal');
  w.barChart('Afholdte sparringer pr. kvartal', content.quarters.rows, (row) => row.held);
  w.barChart('Bookinger pr. kvartal', content.quarters.rows, (row) => row.bookings);
  w.barChart('Henvist til BUP pr. kvartal', content.quarters.rows, (row) => row.referredBup);

  // Method
  doc.addPage();
  w.heading('Metode – hvad tallene kan og ikke kan sige');
  for (const paragraph of METHOD_NOTES) {
    w.text(paragraph, 'P', { size: 10.5 });
    doc.moveDown(0.6);
  }

  root.end();
  doc.end();
  return done;
}

const METHOD_NOTES = [
  'En sparring hører til den danske kalenderdag, hvor den begynder (dansk tid, også hen over skift mellem sommer- og vintertid). Perioden omfatter begge datoer.',
  'Udbudte tider er ikke-aflyste sparringstider, der er udbudt til kommunen. En tid, der er udbudt til flere kommuner, tæller med hos hver af dem, men kun én gang i klynge- og regionstal. Udnyttelse er ikke-aflyste bookinger pr. udbudt plads.',
  'Aflysninger omfatter aflysninger før sparringen og for sent aflyste sparringer registreret af kontaktpersonen. "Afventer" er bookinger uden registreret udfald.',
  'Anbefalinger og deltagelse af egen læge tælles for afholdte sparringer med registreret udfald. Sparringer pr. 1.000 børn bygger på det befolkningstal (0–17 år), som administratorerne har registreret for kommunen.',
  'Tallene kan vise, om tilbuddet bruges, af hvem og med hvilket registreret udfald. De kan ikke vise, om barnet fik det bedre, eller om sparringen erstattede en henvisning: rådgivning går ofte forud for en henvisning frem for at erstatte den, så en henvisning efter sparring er ikke et tegn på, at sparringen ikke virkede.',
  'Små tal (1–4) vises som "<5" for at beskytte mod genkendelse. Hvis kun én celle i en række eller kolonne ville være skjult, skjules også den næstmindste, så tallet ikke kan regnes tilbage fra totalerne. Afledte tal, der ville afsløre et skjult tal, vises som "–".',
  'Oplysninger om screening vedhæftet sagsresuméet indgår endnu ikke i opgørelsen og vises som 0.',
];

/**
 * Writes the report's content into the structure tree in the order it is read, so that a screen
 * reader (and text extraction) meets headings, tables and figures in the printed order.
 */
class TaggedWriter {
  private readonly width: number;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly root: PDFKit.PDFStructureElement,
  ) {
    this.width = doc.page.width - 2 * MARGIN;
  }

  text(
    text: string,
    type: 'H1' | 'H2' | 'H3' | 'P',
    style: { size: number; color?: string; bold?: boolean },
  ): void {
    this.doc
      .font(style.bold || type !== 'P' ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(style.size)
      .fillColor(style.color ?? 'black')
      .text(text, MARGIN, this.doc.y, { width: this.width, structParent: this.root, structType: type });
    this.doc.font('Helvetica').fillColor('black');
  }

  heading(text: string): void {
    if (this.doc.y > this.doc.page.height - 150) this.doc.addPage();
    this.doc.moveDown(0.5);
    this.text(text, 'H2', { size: 16, color: BLUE });
    this.doc.moveDown(0.4);
  }

  /** A group table: the group's name heads each row; the column headers may wrap onto lines of their own. */
  groupTable(
    firstHeader: string,
    data: { rows: SuppressedRow[]; totals: SuppressedRow },
    columns: Column[],
  ): void {
    this.table(
      [firstHeader, ...columns.map((column) => column.header)],
      [
        ...data.rows.map((row) => [row.label, ...columns.map((column) => column.value(row))]),
        ['I alt', ...columns.map((column) => column.value(data.totals))],
      ],
      { firstWidth: 130, fontSize: 8.5, boldLastRow: true },
    );
  }

  /**
   * A real table (TH with column scope in the header row, TH with row scope in the first column).
   * pdfkit measures every cell, so a header that wraps makes its row taller and the first data row
   * starts below it.
   */
  table(
    headers: string[],
    rows: string[][],
    options: { firstWidth: number; fontSize: number; boldLastRow?: boolean },
  ): void {
    const doc = this.doc;
    doc.font('Helvetica').fontSize(options.fontSize).fillColor('black');
    const border = { top: 0, left: 0, right: 0, bottom: 0.5 };
    const lastRow = rows.length;
    doc.table({
      position: { x: MARGIN, y: doc.y },
      maxWidth: this.width,
      structParent: this.root,
      columnStyles: (i: number) => (i === 0 ? { width: options.firstWidth } : { width: '*' }),
      defaultStyle: { padding: [3, 4, 3, 4], border, borderColor: '#999999' },
      data: [
        headers.map((text, column) => ({
          text,
          type: 'TH',
          scope: 'column',
          font: { src: 'Helvetica-Bold' },
          align: { x: column === 0 ? 'left' : 'right', y: 'bottom' },
          border: { top: 0, left: 0, right: 0, bottom: 1 },
          borderColor: '#333333',
        })),
        ...rows.map((cells, index) =>
          cells.map((text, column) => ({
            text,
            ...(column === 0 ? { type: 'TH', scope: 'row' } : {}),
            font: {
              src:
                column === 0 || (options.boldLastRow && index === lastRow - 1)
                  ? 'Helvetica-Bold'
                  : 'Helvetica',
            },
            align: { x: column === 0 ? 'left' : 'right', y: 'top' },
          })),
        ),
      ],
    } as unknown as PDFKit.Mixins.TableOptions);
    doc.font('Helvetica').fontSize(10).fillColor('black');
    doc.x = MARGIN;
    doc.moveDown(0.8);
  }

  /**
   * A bar chart drawn with vector rectangles as one figure, with the figures in its alternative text
   * (the same numbers are also in the tables). A hidden count (<5) is drawn as an outlined stub.
   */
  barChart(title: string, rows: SuppressedRow[], value: (row: SuppressedRow) => Cell): void {
    const doc = this.doc;
    const height = 130;
    if (doc.y > doc.page.height - MARGIN - height - 50) doc.addPage();
    this.text(title, 'H3', { size: 11, bold: true });
    const top = doc.y + 6;
    const numbers = rows.map((row) => value(row));
    const alt = `Søjlediagram. ${title}: ${rows
      .map((row, index) => `${row.label}: ${formatCell(numbers[index])}`)
      .join('; ')}.`;
    const figure = doc.struct('Figure', { alt }, () => this.drawBars(rows, numbers, top, height));
    this.root.add(figure);
    figure.end();
    doc.x = MARGIN;
    doc.y = top + height + 28;
  }

  private drawBars(rows: SuppressedRow[], numbers: Cell[], top: number, height: number): void {
    const doc = this.doc;
    const width = this.width;
    const max = Math.max(5, ...numbers.map((n) => (typeof n === 'number' ? n : 4)));
    const slot = width / Math.max(rows.length, 1);
    const bar = Math.min(slot * 0.7, 40);
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(0.5)
      .stroke('#333');
    rows.forEach((row, index) => {
      const n = numbers[index];
      const x = MARGIN + index * slot + (slot - bar) / 2;
      const h = ((typeof n === 'number' ? n : 4) / max) * (height - 14);
      if (typeof n === 'number') doc.rect(x, top + height - h, bar, h).fill(BLUE);
      else
        doc
          .rect(x, top + height - h, bar, h)
          .lineWidth(0.8)
          .dash(2, { space: 2 })
          .stroke(BLUE)
          .undash();
      doc
        .fillColor('black')
        .font('Helvetica')
        .fontSize(7)
        .text(formatCell(n), x - 6, top + height - h - 10, {
          width: bar + 12,
          align: 'center',
          lineBreak: false,
        });
      doc
        .fontSize(6.5)
        .text(row.label.replace(' ', '\n'), x - 8, top + height + 3, { width: bar + 16, align: 'center' });
    });
  }
}
