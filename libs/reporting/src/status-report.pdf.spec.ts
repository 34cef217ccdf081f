import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderStatusReportFiles, StatusReportFigures } from './status-report.files';
import { formatCell } from './status-report.pdf';
import { COUNT_COLUMNS, UsageRow } from './usage-stats.types';

/** Where the rendered pages go for a person to look at (test-results/ is the artifact folder). */
const ARTIFACTS = join(__dirname, '..', '..', '..', 'test-results', 'status-report-pdf');

function row(key: string, label: string, scale: number, population: number | null): UsageRow {
  const counts = Object.fromEntries(
    COUNT_COLUMNS.map((column, index) => [column, Math.round(scale * (index + 3))]),
  ) as Record<(typeof COUNT_COLUMNS)[number], number>;
  return {
    ...counts,
    key,
    label,
    utilisation: 0.125 + scale / 400,
    medianLeadTimeDays: 9.25,
    sessionsPer1000Children: population ? Math.round(((counts.held * 1000) / population) * 100) / 100 : null,
  };
}

const municipalities = [
  ['Aarhus', 62, 70_512],
  ['Favrskov', 9, 12_044],
  ['Hedensted', 8, 11_002],
  ['Horsens', 14, 20_871],
  ['Ikast-Brande', 7, null],
  ['Lemvig', 3, 3_912],
  ['Norddjurs', 6, 6_930],
  ['Odder', 5, 4_512],
  ['Ringkøbing-Skjern', 9, 12_100],
  ['Silkeborg', 15, 22_300],
  ['Skanderborg', 11, 16_900],
  ['Struer', 4, 4_100],
  ['Syddjurs', 7, 8_800],
  ['Viborg', 15, 21_000],
] as const;

const figures: StatusReportFigures = {
  regionName: 'Region Midtjylland',
  from: '2025-01-01',
  to: '2026-12-31',
  producedOn: '2027-01-04',
  clusters: [row('c1', 'Klynge Aarhus', 70, 90_000), row('c2', 'Klynge Vest', 30, 40_000)],
  municipalities: municipalities.map(([name, scale, population]) => row(name, name, scale, population)),
  topics: [
    row('anxiety', 'anxiety', 12, null),
    row('adhd', 'adhd', 20, null),
    row('other', 'other', 6, null),
  ],
  quarters: ['2025 K1', '2025 K2', '2025 K3', '2025 K4', '2026 K1', '2026 K2', '2026 K3', '2026 K4'].map(
    (label, index) => row(label, label, 10 + index * 3, null),
  ),
  totals: row('total', 'I alt', 180, 214_983),
};

interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box, as poppler's pdftotext reads the page. */
function wordsOf(pdfPath: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdfPath, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  html.split('<page ').forEach((pageHtml, pageIndex) => {
    for (const match of pageHtml.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      words.push({
        page: pageIndex,
        xMin: Number(match[1]),
        yMin: Number(match[2]),
        xMax: Number(match[3]),
        yMax: Number(match[4]),
        text: match[5],
      });
    }
  });
  return words;
}

describe('status report PDF', () => {
  let pdfPath: string;
  let pdf: Buffer;

  beforeAll(async () => {
    // poppler-utils draws the pages and reads the text positions; without it the spec cannot judge.
    for (const tool of ['pdftoppm', 'pdftotext']) {
      try {
        execFileSync(tool, ['-v'], { stdio: 'ignore' });
      } catch {
        throw new Error(`${tool} is missing: install poppler-utils (apt-get install poppler-utils)`);
      }
    }
    pdf = (await renderStatusReportFiles(figures)).pdf;
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    pdfPath = join(ARTIFACTS, 'statusrapport.pdf');
    writeFileSync(pdfPath, pdf);
    // Every page as PNG for a person to look at.
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(ARTIFACTS, 'side')]);
  });

  it('is a tagged PDF in Danish with a structure tree and its title shown', () => {
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/StructTreeRoot \d+ 0 R/);
    const markInfo = /\/MarkInfo (\d+) 0 R/.exec(text);
    expect(markInfo).not.toBeNull();
    expect(text).toMatch(new RegExp(`\\n${markInfo![1]} 0 obj\\s*<<\\s*/Marked true`));
    expect(text).toMatch(/\/Lang \(da\)/);
    expect(text).toMatch(/\/DisplayDocTitle true/);
    // Real tables and headings in the tree, and figures with alternative text.
    for (const type of ['/Table', '/TH', '/TD', '/TR', '/H1', '/H2', '/Figure'])
      expect(text).toContain(`/S ${type}`);
    expect(text).toMatch(/\/Alt \(/);
    expect(readdirSync(ARTIFACTS).filter((name) => name.endsWith('.png')).length).toBeGreaterThanOrEqual(5);
  });

  it('writes numbers the Danish way: thousands separators and "12,5 %"', () => {
    expect(formatCell(1234)).toBe('1.234');
    expect(formatCell(0.125, 'percent')).toBe('12,5\u00a0%');
    expect(formatCell(0.12, 'percent')).toBe('12,0\u00a0%');
    expect(formatCell(4, 'decimal')).toBe('4,0');
    expect(formatCell(9.25, 'decimal')).toBe('9,3');
    expect(formatCell('<5')).toBe('<5');
    const words = wordsOf(pdfPath).map((word) => word.text);
    expect(words).toContain('%');
    expect(words.some((word) => /^\d{1,3}(\.\d{3})+$/.test(word))).toBe(true);
    // No English-style separators anywhere in the numbers.
    expect(words.filter((word) => /^\d+,\d{3}$/.test(word) || /^\d+\.\d{1,2}$/.test(word))).toEqual([]);
  });

  it('wraps long column headers without touching the first row of the table', () => {
    const words = wordsOf(pdfPath);
    // Each group table: its header words (bold, first line of the table) end above its first row.
    for (const [firstHeader, firstRow] of [
      ['Klynge', 'Klynge Aarhus'],
      ['Kommune', 'Aarhus'],
    ] as const) {
      const header = words.find((word) => word.text === firstHeader && word.xMin < 60);
      expect(header).toBeDefined();
      const page = header!.page;
      const firstRowWord = words.find(
        (word) => word.page === page && word.text === firstRow.split(' ')[0] && word.yMin > header!.yMin,
      )!;
      expect(firstRowWord).toBeDefined();
      const headerWords = words.filter(
        (word) =>
          word.page === page &&
          word.yMin >= header!.yMin - 40 &&
          word.yMax <= firstRowWord.yMin + 1 &&
          word.xMin > 150,
      );
      // "Pr. 1.000 børn 0–17 år" needs more than one line in its column: the header wrapped.
      expect(new Set(headerWords.map((word) => Math.round(word.yMin))).size).toBeGreaterThan(1);
      const lowestHeader = Math.max(...headerWords.map((word) => word.yMax));
      const firstRowTop = Math.min(
        ...words
          .filter((word) => word.page === page && Math.abs(word.yMin - firstRowWord.yMin) < 2)
          .map((word) => word.yMin),
      );
      expect(lowestHeader).toBeLessThanOrEqual(firstRowTop);
    }
  });
});
