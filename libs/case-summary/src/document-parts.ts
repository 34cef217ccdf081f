import { ErrorCode } from '@app/common';

/**
 * Where in an uploaded document a text was found. Every part a reader sees is checked on its own,
 * and a finding's offsets are relative to its part's text.
 */
export type DocumentPartKind =
  | 'body'
  | 'header'
  | 'footer'
  | 'footnote'
  | 'endnote'
  | 'comment'
  | 'insertion'
  | 'deletion'
  | 'text-box'
  | 'link'
  | 'properties'
  | 'other'
  | 'pdf-info'
  | 'xmp'
  | 'annotation'
  | 'form-field'
  | 'outline';

export interface DocumentPart {
  part: DocumentPartKind;
  text: string;
}

/** How much a single document may cost to read; over any of them → 413. */
export interface DocumentLimits {
  /** Wall-clock time for reading and checking one document (the worker is terminated after it). */
  timeoutMs: number;
  /** V8 heap of a worker thread. */
  memoryMb: number;
  /** Bytes a DOCX may really inflate to, counted while inflating. */
  maxExpandedBytes: number;
  /** Entries in a DOCX's zip. */
  maxZipEntries: number;
  /** Characters of text extracted from one document, all parts together. */
  maxTextChars: number;
}

/**
 * A refusal that crosses the worker-thread boundary as plain data (a thrown DomainException would
 * lose its class on the way); the pool turns it back into a DomainException.
 */
export class DocumentRefused extends Error {
  constructor(
    readonly code: ErrorCode.PayloadTooLarge | ErrorCode.UnsupportedMediaType,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'DocumentRefused';
  }
}

export const unsupportedDocument = () =>
  new DocumentRefused(
    ErrorCode.UnsupportedMediaType,
    'Filen er ikke et PDF-, DOCX-, tekst- eller Markdown-dokument (det afgøres af indholdet, ikke af navnet).',
  );

export const documentTooLarge = (detail: string) => new DocumentRefused(ErrorCode.PayloadTooLarge, detail);

/** Refuses once the text of all parts together passes the cap. */
export class TextBudget {
  private used = 0;

  constructor(private readonly maxChars: number) {}

  spend(chars: number): void {
    this.used += chars;
    if (this.used > this.maxChars)
      throw documentTooLarge(
        `Dokumentet indeholder mere end ${this.maxChars.toLocaleString('da-DK')} tegn tekst; det er mere, end et sagsresumé har. Del det op, eller upload et kortere uddrag.`,
      );
  }
}

/** Collects text per part; every piece counts against the document's text budget. */
export class PartTexts {
  private readonly texts = new Map<DocumentPartKind, string[]>();
  /** Values already added as lines, per part: a form field's widget and field object, an author of many revisions. */
  private readonly lines = new Set<string>();

  constructor(private readonly budget: TextBudget) {}

  add(part: DocumentPartKind, text: string): void {
    if (!text) return;
    this.budget.spend(text.length);
    const pieces = this.texts.get(part) ?? [];
    pieces.push(text);
    this.texts.set(part, pieces);
  }

  /** A value of its own (a property, an author, a link): one line. */
  line(part: DocumentPartKind, text: string | null | undefined): void {
    const value = text?.trim();
    if (!value || this.lines.has(`${part}\u0000${value}`)) return;
    this.lines.add(`${part}\u0000${value}`);
    this.add(part, `${value}\n`);
  }

  toParts(): DocumentPart[] {
    return [...this.texts]
      .map(([part, pieces]) => ({ part, text: pieces.join('') }))
      .filter((part) => part.text.trim().length > 0);
  }
}
