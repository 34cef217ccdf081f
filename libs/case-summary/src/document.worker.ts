import type { MessagePort } from 'node:worker_threads';
import { AnonymisationFinding, AnonymisationResult, checkAnonymity } from '@app/anonymisation';
import { DocumentLimits, DocumentPartKind, DocumentRefused, documentTooLarge } from './document-parts';
import { readDocument } from './document-reader';
import { warmUpPdfReader } from './pdf-parts';

/**
 * The worker-thread side of ContentCheckPool: reads a document and checks every part of it, or
 * checks large texts, off the api's event loop. Answers plain data; refusals come back as
 * `{ refused }` because an exception's class does not survive the thread boundary.
 */
export type WorkerTask =
  | { kind: 'document'; bytes: Uint8Array; fileName: string; limits: DocumentLimits; started?: MessagePort }
  | { kind: 'texts'; texts: string[]; started?: MessagePort }
  | { kind: 'warm-up' };

export type PartFinding = AnonymisationFinding & { part: DocumentPartKind };

export type WorkerAnswer =
  | { kind: 'document'; contentType: string; parts: DocumentPartKind[]; findings: PartFinding[] }
  | { kind: 'texts'; results: AnonymisationResult[] }
  | { kind: 'warm-up' }
  | { kind: 'refused'; code: DocumentRefused['code']; detail: string };

// Loading the word lists and pdf.js while the thread starts — piscina hands it no task before this
// module has loaded — keeps a replacement thread's start-up out of the next document's time limit.
checkAnonymity('Varm op.');
warmUpPdfReader();

export default async function run(task: WorkerTask): Promise<WorkerAnswer> {
  // The pool's time limit runs from here, not from when the task was queued.
  if (task.kind !== 'warm-up') task.started?.postMessage('started');
  try {
    // The thread is ready once this module has loaded (see above); the pool waits for that.
    if (task.kind === 'warm-up') return { kind: 'warm-up' };
    if (task.kind === 'texts')
      return { kind: 'texts', results: task.texts.map((text) => checkAnonymity(text)) };
    const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
    const document = await readDocument(bytes, task.fileName, task.limits);
    return {
      kind: 'document',
      contentType: document.contentType,
      parts: document.parts.map((part) => part.part),
      findings: document.parts.flatMap(({ part, text }) =>
        checkAnonymity(text).findings.map((finding) => ({ ...finding, part })),
      ),
    };
  } catch (error) {
    // An allocation the heap or the address space refused: the document is too big to read.
    const refusal =
      error instanceof RangeError
        ? documentTooLarge('Dokumentet kræver mere hukommelse at læse, end en fil må; det blev ikke læst.')
        : error;
    if (refusal instanceof DocumentRefused)
      return { kind: 'refused', code: refusal.code, detail: refusal.detail };
    throw error;
  }
}
