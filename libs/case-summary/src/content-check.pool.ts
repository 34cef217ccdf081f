import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { extname, join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { AnonymisationResult, checkAnonymity } from '@app/anonymisation';
import { DomainException, ErrorCode } from '@app/common';
import { AppConfig } from '@app/config';
import { DocumentLimits, unsupportedDocument } from './document-parts';
import type { PartFinding, WorkerAnswer, WorkerTask } from './document.worker';

/** Texts shorter than this are checked in-process: a few milliseconds, less than a thread hop. */
export const IN_PROCESS_TEXT_CHARS = 4_000;

export interface CheckedDocument {
  contentType: string;
  findings: PartFinding[];
}

/**
 * Reads uploaded documents and checks large texts in a pool of worker threads, so that no file —
 * however it inflates or however long pdf.js chews on it — can stall the api's event loop. Each
 * document gets a time limit (the thread is terminated after it), a heap limit (the thread dies
 * on it) and the text and expansion caps inside the reader; every overrun is a 413.
 */
@Injectable()
export class ContentCheckPool implements OnModuleDestroy {
  private readonly logger = new Logger(ContentCheckPool.name);
  private readonly limits: DocumentLimits;
  private pool: Piscina | null = null;
  private warmedUp: Promise<unknown> | null = null;

  constructor(private readonly config: AppConfig) {
    const { workers: _workers, ...limits } = config.documents;
    this.limits = limits;
  }

  /** Reads the file and checks every part of it; refusals are DomainExceptions (413, 415). */
  async readDocument(bytes: Buffer, fileName: string): Promise<CheckedDocument> {
    const answer = await this.run({ kind: 'document', bytes, fileName, limits: this.limits });
    if (answer.kind !== 'document') throw unsupportedDocument();
    return { contentType: answer.contentType, findings: answer.findings };
  }

  /** Checks texts; the large ones in a worker thread. */
  async check(texts: string[]): Promise<AnonymisationResult[]> {
    if (texts.every((text) => text.length < IN_PROCESS_TEXT_CHARS))
      return texts.map((text) => checkAnonymity(text));
    const answer = await this.run({ kind: 'texts', texts });
    if (answer.kind !== 'texts') throw new Error('The worker answered a text check with something else');
    return answer.results;
  }

  async onModuleDestroy(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.destroy();
  }

  private async run(
    task: WorkerTask & { kind: 'document' | 'texts' },
  ): Promise<Exclude<WorkerAnswer, { kind: 'refused' }>> {
    const pool = await this.piscina();
    // The time limit starts when a thread takes the task up: waiting behind other documents is not
    // this document's fault. The thread says so through its own message channel.
    const { port1: started, port2 } = new MessageChannel();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    started.once('message', () => {
      timer = setTimeout(() => abort.abort(), this.limits.timeoutMs);
    });
    let answer: WorkerAnswer;
    try {
      answer = (await pool.run(
        { ...task, started: port2 },
        { signal: abort.signal, transferList: [port2] },
      )) as WorkerAnswer;
    } catch (error) {
      throw this.refusal(error, task.kind);
    } finally {
      clearTimeout(timer);
      started.close();
    }
    if (answer.kind === 'refused') throw new DomainException(answer.code, answer.detail);
    return answer;
  }

  private refusal(error: unknown, kind: 'document' | 'texts'): Error {
    const { name, code } = (error ?? {}) as { name?: string; code?: string };
    const seconds = Math.round(this.limits.timeoutMs / 100) / 10;
    if ((name === 'AbortError' || name === 'TimeoutError') && kind === 'texts')
      return new DomainException(
        ErrorCode.PayloadTooLarge,
        `Teksten kunne ikke kontrolleres inden for ${seconds.toLocaleString('da-DK')} sekunder. Del den op, og prøv igen.`,
      );
    if (name === 'AbortError' || name === 'TimeoutError')
      return new DomainException(
        ErrorCode.PayloadTooLarge,
        `Dokumentet kunne ikke læses inden for ${seconds.toLocaleString('da-DK')} sekunder; det er for stort eller for komplekst. Gem det som en enklere fil (fx DOCX eller tekst), og upload igen.`,
      );
    if ((error as Error | undefined)?.message === 'Task queue is at limit')
      return new DomainException(
        ErrorCode.RateLimited,
        'Der læses mange dokumenter lige nu. Prøv igen om lidt; intet blev gemt.',
      );
    if (code === 'ERR_WORKER_OUT_OF_MEMORY')
      return new DomainException(
        ErrorCode.PayloadTooLarge,
        `Dokumentet kræver mere end ${this.limits.memoryMb} MB hukommelse at læse; det blev ikke læst. Gem det som en enklere fil, og upload igen.`,
      );
    // The file broke the reader in a way it did not foresee: to the user it is not a readable document.
    this.logger.warn({ errorName: name, errorCode: code }, 'A document could not be read in the worker pool');
    return new DomainException(ErrorCode.UnsupportedMediaType, unsupportedDocument().detail);
  }

  /**
   * Started on first use (the worker app and most requests never need it) and warmed up before the
   * first task, so that starting threads never counts against a document's time limit.
   */
  private async piscina(): Promise<Piscina> {
    if (this.pool) {
      await this.warmedUp;
      return this.pool;
    }
    // Built (dist/…/document.worker.js) it is plain JavaScript; run from the TypeScript sources
    // (tests, ts tooling) the thread needs a TypeScript loader that also knows the @app/* paths.
    const fromSources = extname(__filename) === '.ts';
    this.pool = new Piscina({
      filename: join(__dirname, `document.worker${extname(__filename)}`),
      minThreads: this.config.documents.workers,
      maxThreads: this.config.documents.workers,
      idleTimeout: 60_000,
      // Lower priority (Linux: per thread, through @napi-rs/nice): when the CPU is short, the api's
      // event loop and every other request come before a document being read.
      niceIncrement: 10,
      // A few documents per thread may wait; beyond that a burst is answered 429 instead of piling up.
      maxQueue: 4 * this.config.documents.workers,
      execArgv: fromSources ? ['--require', require.resolve('@swc-node/register')] : [],
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.memoryMb,
        maxYoungGenerationSizeMb: Math.max(8, Math.min(64, Math.floor(this.limits.memoryMb / 8))),
        stackSizeMb: 4,
      },
    });
    const pool = this.pool;
    // A thread can die with no task of its own any more — e.g. it reaches its memory limit just after
    // its document was aborted at the time limit (under load). Piscina then emits 'error' on the pool,
    // and an EventEmitter's unheard 'error' would bring the whole api down; the thread is replaced anyway.
    pool.on('error', (error: unknown) => {
      const { name, code } = (error ?? {}) as { name?: string; code?: string };
      this.logger.warn({ errorName: name, errorCode: code }, 'A document worker thread ended outside a task');
    });
    this.warmedUp = Promise.all(
      Array.from({ length: this.config.documents.workers }, () =>
        pool.run({ kind: 'warm-up' } satisfies WorkerTask),
      ),
    );
    try {
      await this.warmedUp;
    } catch (error) {
      // A pool that cannot start is our fault, not the file's: the next request starts afresh.
      this.pool = null;
      await pool.destroy();
      throw error;
    }
    return pool;
  }
}
