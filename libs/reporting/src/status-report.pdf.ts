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

const fmt = (value: Cell | undefined, percent = false): string => {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  const shown = percent ? Math.round(value * 1000) / 10 : value;
  return `${shown.toLocaleString('da-DK')}${percent ? ' %' : ''}`;
};

const TABLE_COLUMNS: { header: string; value: (row: SuppressedRow) => string }[] = [
  { header: 'Udbudt', value: (row) => fmt(row.slotsOffered) },
  { header: 'Booket', value: (row) => fmt(row.bookings) },
  { header: 'Afholdt', value: (row) => fmt(row.held) },
  { header: 'Udeblevet', value: (row) => fmt(row.noShow) },
  { header: 'Aflyst', value: (row) => fmt(row.cancelled) },
  { header: 'Udnyttelse', value: (row) => fmt(row.utilisation, true) },
  { header: 'Pr. 1.000 børn', value: (row) => fmt(row.sessionsPer1000Children) },
];

const RECOMMENDATION_COLUMNS: { header: string; value: (row: SuppressedRow) => string }[] = [
  { header: 'Afholdt', value: (row) => fmt(row.held) },
  { header: 'Fortsat kommunal', value: (row) => fmt(row.continueMunicipal) },
  { header: 'Henvist BUP', value: (row) => fmt(row.referredBup) },
  { header: 'Privat speciallæge', value: (row) => fmt(row.referredPrivateSpecialist) },
  { header: 'Anden', value: (row) => fmt(row.otherRecommendation) },
  { header: 'Egen læge deltog', value: (row) => fmt(row.gpParticipated) },
];

/** The Danish status report as a PDF: text, tables and vector bar charts drawn with pdfkit. */
export function renderStatusReportPdf(content: StatusReportContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `Statusrapport ${content.regionName}`, Author: 'Sparringsportalen' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const period = `${dateLabel(content.from)} – ${dateLabel(content.to)}`;

  // Cover
  doc.moveDown(8).fillColor(BLUE).fontSize(28).text('Statusrapport', { align: 'left' });
  doc
    .fontSize(16)
    .fillColor('black')
    .text('Sparring mellem kommunerne og børne- og ungdomspsykiatrien (BUP)');
  doc.moveDown().fontSize(14).text(content.regionName).text(`Periode: ${period}`);
  doc
    .moveDown()
    .fontSize(11)
    .fillColor('#555')
    .text(
      `Udarbejdet ${dateLabel(content.producedOn)} af Sparringsportalen efter samarbejdsaftalens afsnit om status hvert andet år.`,
    );

  // Summary
  doc.addPage();
  heading(doc, 'Sammenfatning');
  const t = content.totals;
  const lines: [string, string][] = [
    ['Udbudte sparringstider', fmt(t.slotsOffered)],
    ['Bookinger', fmt(t.bookings)],
    ['Afholdte sparringer', fmt(t.held)],
    ['Udeblivelser', fmt(t.noShow)],
    ['Aflysninger (heraf for sent)', `${fmt(t.cancelled)} (${fmt(t.lateCancelled)})`],
    ['Aflyst af kommunen / af BUP', `${fmt(t.cancelledByConsultant)} / ${fmt(t.cancelledByBup)}`],
    ['Udnyttelse af udbudte tider', fmt(t.utilisation, true)],
    ['Median antal dage fra booking til sparring', fmt(t.medianLeadTimeDays)],
    ['Sagsresuméer modtaget til tiden', fmt(t.summariesOnTime)],
    ['Med screening', fmt(t.withScreening)],
    ['Egen læge deltog', fmt(t.gpParticipated)],
    ['Henvist til BUP efter sparring', fmt(t.referredBup)],
    ['Sparringer pr. 1.000 børn 0–17 år', fmt(t.sessionsPer1000Children)],
  ];
  doc.fontSize(11);
  for (const [what, value] of lines) {
    const y = doc.y;
    doc.fillColor('black').text(what, MARGIN, y, { width: width - 120 });
    doc.text(value, MARGIN + width - 110, y, { width: 110, align: 'right' });
    doc.moveDown(0.3);
  }

  // Tables
  doc.addPage();
  heading(doc, 'Klynger');
  table(doc, 'Klynge', content.clusters, TABLE_COLUMNS);
  heading(doc, 'Kommuner');
  table(doc, 'Kommune', content.municipalities, TABLE_COLUMNS);
  doc.addPage();
  heading(doc, 'Emner');
  table(
    doc,
    'Emne',
    content.topics,
    TABLE_COLUMNS.filter(
      (column) =>
        column.header !== 'Udbudt' && column.header !== 'Udnyttelse' && column.header !== 'Pr. 1.000 børn',
    ),
  );
  heading(doc, 'Anbefalinger efter afholdt sparring');
  table(doc, 'Klynge', content.clusters, RECOMMENDATION_COLUMNS);

  // Trends
  doc.addPage();
  heading(doc, 'Udvikling pr. kvartal');
  barChart(doc, 'Afholdte sparringer pr. kvartal', content.quarters.rows, (row) => row.held);
  barChart(doc, 'Bookinger pr. kvartal', content.quarters.rows, (row) => row.bookings);
  barChart(doc, 'Henvist til BUP pr. kvartal', content.quarters.rows, (row) => row.referredBup);

  // Method
  doc.addPage();
  heading(doc, 'Metode – hvad tallene kan og ikke kan sige');
  doc.fontSize(10.5).fillColor('black');
  for (const paragraph of METHOD_NOTES) doc.text(paragraph, { width, align: 'left' }).moveDown(0.6);

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

function heading(doc: PDFKit.PDFDocument, text: string): void {
  if (doc.y > doc.page.height - 150) doc.addPage();
  doc.moveDown(0.5).fontSize(16).fillColor(BLUE).text(text, MARGIN).moveDown(0.4).fillColor('black');
}

function table(
  doc: PDFKit.PDFDocument,
  firstHeader: string,
  data: { rows: SuppressedRow[]; totals: SuppressedRow },
  columns: { header: string; value: (row: SuppressedRow) => string }[],
): void {
  const width = doc.page.width - 2 * MARGIN;
  const first = 150;
  const cell = (width - first) / columns.length;
  const line = (cells: string[], bold: boolean) => {
    if (doc.y > doc.page.height - MARGIN - 20) doc.addPage();
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    doc.text(cells[0], MARGIN, y, { width: first - 4, lineBreak: false, ellipsis: true });
    cells.slice(1).forEach((text, index) =>
      doc.text(text, MARGIN + first + index * cell, y, {
        width: cell - 4,
        align: 'right',
        lineBreak: false,
      }),
    );
    doc.y = y + 13;
  };
  line([firstHeader, ...columns.map((column) => column.header)], true);
  doc
    .moveTo(MARGIN, doc.y - 2)
    .lineTo(MARGIN + width, doc.y - 2)
    .lineWidth(0.5)
    .stroke('#999');
  for (const row of data.rows) line([row.label, ...columns.map((column) => column.value(row))], false);
  line(['I alt', ...columns.map((column) => column.value(data.totals))], true);
  doc.font('Helvetica').x = MARGIN;
  doc.moveDown(0.8);
}

/** A bar chart drawn with vector rectangles; a hidden count (<5) is drawn as an outlined stub. */
function barChart(
  doc: PDFKit.PDFDocument,
  title: string,
  rows: SuppressedRow[],
  value: (row: SuppressedRow) => Cell,
): void {
  const height = 130;
  if (doc.y > doc.page.height - MARGIN - height - 50) doc.addPage();
  const width = doc.page.width - 2 * MARGIN;
  doc.fontSize(11).fillColor('black').font('Helvetica-Bold').text(title, MARGIN).font('Helvetica');
  const top = doc.y + 6;
  const numbers = rows.map((row) => value(row));
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
      .fontSize(7)
      .text(fmt(n), x - 6, top + height - h - 10, { width: bar + 12, align: 'center', lineBreak: false });
    doc
      .fontSize(6.5)
      .text(row.label.replace(' ', '\n'), x - 8, top + height + 3, { width: bar + 16, align: 'center' });
  });
  doc.x = MARGIN;
  doc.y = top + height + 28;
}
