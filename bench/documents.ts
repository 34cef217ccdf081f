/*
 * Benchmark of reading uploaded documents (not a test). Run from the project root:
 *
 *   node bench/run-ts.js bench/documents.ts
 *
 * For each document: how long until it is read or refused, and the longest stall of the event loop
 * meanwhile (a 10 ms interval's worst lateness: what a concurrent request like /health/live would
 * have waited at most). "in the worker pool" is ContentCheckPool with the default limits, as the api runs it;
 * "on the event loop" reads the same document in-process, as the api did before the pool.
 */
import { performance } from 'node:perf_hooks';
import { ContentCheckPool, readDocument } from '@app/case-summary';
import type { AppConfig } from '@app/config';
// Test documents, not lib code: they live with the lib's specs and stay out of its index.
import {
  docxWithParts,
  lyingZipBombDocx,
  pdfWithText,
  rawPdf,
} from '../libs/case-summary/src/testing/case-summary-fixtures';

const LIMITS = {
  timeoutMs: 10_000,
  memoryMb: 256,
  maxExpandedBytes: 50 * 1024 * 1024,
  maxZipEntries: 500,
  maxTextChars: 300_000,
};
const TEXT = 'Drengen er 11 år og har i et halvt år haft stigende skolefravær og uro i frikvartererne. ';

async function measure(label: string, read: () => Promise<unknown>): Promise<void> {
  let last = performance.now();
  let worstGap = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    worstGap = Math.max(worstGap, now - last - 10);
    last = now;
  }, 10);
  const started = performance.now();
  let outcome: string;
  try {
    await read();
    outcome = 'read';
  } catch (error) {
    const { code, detail } = error as { code?: string; detail?: string };
    outcome = code ? `${code}: ${detail}` : (error as Error).message;
  }
  const tookMs = performance.now() - started;
  // Let the probe fire once more: a loop blocked until now is only measured when it runs again.
  await new Promise((resolve) => setTimeout(resolve, 50));
  clearInterval(probe);
  console.log(`| ${label} | ${outcome} | ${(tookMs / 1000).toFixed(2)} s | ${worstGap.toFixed(0)} ms |`);
}

async function main(): Promise<void> {
  const cleanDocx = await docxWithParts({ body: TEXT.repeat(200), header: 'Sagsresumé', comment: 'Uddyb.' });
  const cleanPdf = await pdfWithText(Array.from({ length: 60 }, () => TEXT.repeat(3)));
  const zipBomb = lyingZipBombDocx(1024 * 1024 * 1024);
  const pdfBomb = rawPdf({
    body: TEXT.replace(/[æøå]/g, 'e'),
    bomb: { inflatesTo: 128 * 1024 * 1024, in: 'content' },
  });
  const xmpBomb = rawPdf({
    body: TEXT.replace(/[æøå]/g, 'e'),
    bomb: { inflatesTo: 256 * 1024 * 1024, in: 'metadata' },
  });
  console.log(
    `documents: clean DOCX ${kb(cleanDocx)}, clean PDF ${kb(cleanPdf)}, zip bomb ${kb(zipBomb)} (1 GB inflated), PDF content-stream bomb ${kb(pdfBomb)} (128 MB inflated), PDF metadata bomb ${kb(xmpBomb)} (256 MB inflated)\n`,
  );

  const pool = new ContentCheckPool({ documents: { ...LIMITS, workers: 2 } } as unknown as AppConfig);
  const warm = performance.now();
  await pool.check(['x'.repeat(5_000)]);
  console.log(`pool started and warmed up in ${((performance.now() - warm) / 1000).toFixed(2)} s\n`);

  console.log('| document | outcome | until answered | longest event-loop stall |');
  console.log('|---|---|---|---|');
  await measure('clean DOCX, worker pool', () => pool.readDocument(cleanDocx, 'a.docx'));
  await measure('clean PDF, worker pool', () => pool.readDocument(cleanPdf, 'a.pdf'));
  await measure('1 GB zip bomb DOCX, worker pool', () => pool.readDocument(zipBomb, 'a.docx'));
  await measure('PDF content-stream bomb, worker pool', () => pool.readDocument(pdfBomb, 'a.pdf'));
  await measure('PDF metadata bomb, worker pool', () => pool.readDocument(xmpBomb, 'a.pdf'));
  await measure('100 000-character text check, worker pool', () => pool.check([TEXT.repeat(1_100)]));
  await measure('PDF content-stream bomb, on the event loop (before)', () =>
    readDocument(pdfBomb, 'a.pdf', { ...LIMITS, maxTextChars: 10_000_000 }),
  );
  await measure('PDF metadata bomb, on the event loop (before)', () =>
    readDocument(xmpBomb, 'a.pdf', { ...LIMITS, maxTextChars: 10_000_000 }),
  );
  await pool.onModuleDestroy();
}

const kb = (bytes: Buffer) => `${Math.round(bytes.length / 1024)} KB`;

void main();
