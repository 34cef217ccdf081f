import { Injectable } from '@nestjs/common';
import { fileTypeFromBuffer } from 'file-type/core';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import * as yauzl from 'yauzl';
import { DomainException, ErrorCode } from '@app/common';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** A real case-summary DOCX has a few dozen parts and expands to a few megabytes at most. */
export const MAX_ZIP_ENTRIES = 500;
export const MAX_ZIP_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** Deflate of real XML gains ~10-20x; a part gaining more than this (and big) is a bomb. */
export const MAX_ZIP_RATIO = 100;
/** Fewer visible characters than this in a PDF means no text layer (a scan). */
const MIN_PDF_TEXT_CHARS = 20;

export const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
} as const;

export interface ReadDocument {
  contentType: string;
  text: string;
}

const unsupported = () =>
  new DomainException(
    ErrorCode.UnsupportedMediaType,
    'The file is not a PDF, DOCX, plain text or Markdown document (judged by its content, not its name)',
  );

/**
 * Decides a file's type by its content and extracts its text. Never trusts the name or the declared
 * type; a DOCX's zip directory is inspected before anything is decompressed. (file-type/core: the
 * buffer detectors, without the Node stream entry that Jest's CommonJS resolution cannot load.)
 */
@Injectable()
export class DocumentReader {
  async read(bytes: Buffer, fileName: string): Promise<ReadDocument> {
    if (bytes.length > MAX_FILE_BYTES) {
      throw new DomainException(ErrorCode.PayloadTooLarge, 'The file is larger than 5 MB');
    }
    if (bytes.length === 0) throw unsupported();
    const sniffed = await fileTypeFromBuffer(bytes);
    if (!sniffed) {
      const text = decodePlainText(bytes);
      if (text === null) throw unsupported();
      return { contentType: /\.(md|markdown)$/i.test(fileName) ? CONTENT_TYPES.md : CONTENT_TYPES.txt, text };
    }
    if (sniffed.mime === 'application/pdf')
      return { contentType: CONTENT_TYPES.pdf, text: await pdfText(bytes) };
    if (sniffed.ext === 'docx' || sniffed.ext === 'zip') {
      await assertSafeZip(bytes);
      if (sniffed.ext !== 'docx') throw unsupported();
      return { contentType: CONTENT_TYPES.docx, text: await docxText(bytes) };
    }
    throw unsupported();
  }
}

/** UTF-8 text without NUL or control bytes (tab, line feed, carriage return and form feed allowed). */
export function decodePlainText(bytes: Buffer): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return null;
  return text.replace(/^\uFEFF/, '');
}

/**
 * pdf.js parses in-process here (its "fake worker"); handing it the worker's message handler up
 * front spares it a dynamic import() that CommonJS test runners cannot do.
 */
function ensurePdfWorker(): void {
  const scope = globalThis as { pdfjsWorker?: unknown };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  scope.pdfjsWorker ??= require('pdfjs-dist/legacy/build/pdf.worker.mjs') as unknown;
}

async function pdfText(bytes: Buffer): Promise<string> {
  ensurePdfWorker();
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  let text: string;
  try {
    text = (await parser.getText()).text;
  } catch {
    throw unsupported();
  } finally {
    await parser.destroy();
  }
  // pdf-parse marks page breaks with "-- n of m --"; those are not text of the document.
  const visible = text.replace(/--\s*\d+\s+of\s+\d+\s*--/g, '').replace(/\s+/g, '');
  if (visible.length < MIN_PDF_TEXT_CHARS) {
    throw new DomainException(
      ErrorCode.UnsupportedMediaType,
      'The PDF has no text layer (it looks like a scanned image). Upload the text instead: type it in, or upload a PDF with text, a DOCX, TXT or Markdown file.',
    );
  }
  return text;
}

async function docxText(bytes: Buffer): Promise<string> {
  try {
    return (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch {
    throw unsupported();
  }
}

/** Reads only the zip's central directory (no decompression) and refuses bombs. */
export async function assertSafeZip(bytes: Buffer): Promise<void> {
  const entries = await centralDirectory(bytes);
  const tooLarge = (detail: string) => new DomainException(ErrorCode.PayloadTooLarge, detail);
  if (entries.length > MAX_ZIP_ENTRIES)
    throw tooLarge('The document has far more parts than a document has; it was not opened');
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > 1024 * 1024 && ratio > MAX_ZIP_RATIO)
      throw tooLarge('The document expands out of all proportion (a zip bomb?); it was not opened');
  }
  if (total > MAX_ZIP_UNCOMPRESSED_BYTES)
    throw tooLarge('The document expands to more than 50 MB; it was not opened');
}

function centralDirectory(bytes: Buffer): Promise<{ uncompressedSize: number; compressedSize: number }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) return reject(unsupported());
      const entries: { uncompressedSize: number; compressedSize: number }[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push({ uncompressedSize: entry.uncompressedSize, compressedSize: entry.compressedSize });
        if (entries.length > MAX_ZIP_ENTRIES) {
          zip.close();
          resolve(entries);
        } else zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', () => reject(unsupported()));
      zip.readEntry();
    });
  });
}
