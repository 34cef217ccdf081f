import { fileTypeFromBuffer } from 'file-type/core';
import { DomainException, ErrorCode } from '@app/common';
import { DocumentLimits, DocumentPart, PartTexts, TextBudget, unsupportedDocument } from './document-parts';
import { readDocxParts } from './docx-parts';
import { readPdfParts } from './pdf-parts';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
} as const;

export interface ReadDocument {
  contentType: string;
  /** Every text the file carries, part by part; together exactly what is stored. */
  parts: DocumentPart[];
}

/** The size check the api can make before a worker is asked to do anything. */
export function assertFileSize(bytes: Buffer): void {
  if (bytes.length > MAX_FILE_BYTES)
    throw new DomainException(ErrorCode.PayloadTooLarge, 'Filen er større end 5 MB.');
}

/**
 * Decides a file's type by its content and extracts the text of all of its parts. Never trusts the
 * name or the declared type. Runs in a worker thread (see document.worker.ts); throws
 * DocumentRefused. (file-type/core: the buffer detectors, without the Node stream entry that Jest's
 * CommonJS resolution cannot load.)
 */
export async function readDocument(
  bytes: Buffer,
  fileName: string,
  limits: DocumentLimits,
): Promise<ReadDocument> {
  if (bytes.length === 0) throw unsupportedDocument();
  const sniffed = await fileTypeFromBuffer(bytes);
  if (!sniffed) {
    const text = decodePlainText(bytes);
    if (text === null) throw unsupportedDocument();
    const parts = new PartTexts(new TextBudget(limits.maxTextChars));
    parts.add('body', text);
    return {
      contentType: /\.(md|markdown)$/i.test(fileName) ? CONTENT_TYPES.md : CONTENT_TYPES.txt,
      parts: parts.toParts(),
    };
  }
  if (sniffed.mime === 'application/pdf')
    return { contentType: CONTENT_TYPES.pdf, parts: await readPdfParts(bytes, limits) };
  if (sniffed.ext === 'docx')
    return { contentType: CONTENT_TYPES.docx, parts: await readDocxParts(bytes, limits) };
  throw unsupportedDocument();
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
