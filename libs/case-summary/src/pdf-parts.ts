import { ErrorCode } from '@app/common';
import {
  DocumentLimits,
  DocumentPart,
  DocumentPartKind,
  DocumentRefused,
  PartTexts,
  TextBudget,
  unsupportedDocument,
} from './document-parts';
import { attribute, elements, ownText, parseXml } from './xml-text';

/** Fewer visible characters than this in a PDF's pages means no text layer (a scan). */
const MIN_PDF_TEXT_CHARS = 20;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/**
 * pdf.js, loaded on first use: it parses in this thread (its "fake worker"), so it is handed its
 * worker's message handler up front, sparing it a dynamic import() that CommonJS cannot do.
 */
function pdfJs(): PdfJs {
  const scope = globalThis as { pdfjsWorker?: unknown };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  scope.pdfjsWorker ??= require('pdfjs-dist/legacy/build/pdf.worker.mjs') as unknown;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('pdfjs-dist/legacy/build/pdf.mjs') as PdfJs;
}

/** Loads pdf.js ahead of the first document. */
export function warmUpPdfReader(): void {
  pdfJs();
}

/**
 * Every text a PDF carries, part by part: the pages' text layer, the document information
 * dictionary, the XMP metadata, annotations (comments, notes, link targets), form fields and
 * bookmarks. A PDF with attached files is refused: those could not be checked.
 */
export async function readPdfParts(bytes: Buffer, limits: DocumentLimits): Promise<DocumentPart[]> {
  const pdfjs = pdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let document: PdfDocument;
  try {
    document = await task.promise;
  } catch {
    await task.destroy();
    throw unsupportedDocument();
  }
  const parts = new PartTexts(new TextBudget(limits.maxTextChars));
  try {
    await pageTexts(document, parts);
    await metadataTexts(document, parts);
    await annotationTexts(document, parts);
    await formFieldTexts(document, parts);
    await outlineTexts(document, parts);
    if (await document.getAttachments()) throw attachedFiles();
    await assertSingleRevision(document, bytes);
  } catch (error) {
    if (error instanceof DocumentRefused) throw error;
    throw unsupportedDocument();
  } finally {
    await task.destroy();
  }
  const result = parts.toParts();
  const body = result.find((part) => part.part === 'body')?.text ?? '';
  if (body.replace(/\s+/g, '').length < MIN_PDF_TEXT_CHARS) {
    throw new DocumentRefused(
      ErrorCode.UnsupportedMediaType,
      'PDF-filen har intet tekstlag (den ligner et indscannet billede). Upload teksten i stedet: skriv den ind, eller upload en PDF med tekst, en DOCX-, TXT- eller Markdown-fil.',
    );
  }
  return result;
}

const attachedFiles = () =>
  new DocumentRefused(
    ErrorCode.UnsupportedMediaType,
    'PDF-filen har vedhæftede filer, som ikke kan kontrolleres for personoplysninger. Fjern dem, og upload igen.',
  );

/**
 * A PDF saved incrementally keeps its earlier versions in the file (a deleted name is still in the
 * bytes), but pdf.js reads only the latest. Each save ends with its own %%EOF marker; a linearized
 * ("fast web view") PDF has two for one version. More than that → refused, since what would be
 * stored is more than what was checked.
 */
async function assertSingleRevision(document: PdfDocument, bytes: Buffer): Promise<void> {
  const { info } = await document.getMetadata();
  const allowed = (info as { IsLinearized?: boolean } | undefined)?.IsLinearized ? 2 : 1;
  let markers = 0;
  for (let at = bytes.indexOf('%%EOF'); at !== -1; at = bytes.indexOf('%%EOF', at + 5)) markers++;
  if (markers > allowed)
    throw new DocumentRefused(
      ErrorCode.UnsupportedMediaType,
      'PDF-filen indeholder tidligere versioner af sig selv (den er gemt trinvist, fx efter rettelser eller kommentarer), og de kan ikke kontrolleres. Gem den som en ny PDF (fx "Gem som" eller "Udskriv til PDF"), og upload igen.',
    );
}

/** Page by page, so the text budget stops a huge document early. */
async function pageTexts(document: PdfDocument, parts: PartTexts): Promise<void> {
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    parts.add('body', `${text}\n\n`);
    page.cleanup();
  }
}

/** Dates, versions and flags of the information dictionary: not text anyone wrote. */
const NOT_TEXT_INFO = new Set([
  'PDFFormatVersion',
  'Language',
  'EncryptFilterName',
  'CreationDate',
  'ModDate',
  'Trapped',
]);
/** XMP values that are dates or generated ids (uuid:…), never identifying and often number-like. */
const NOT_TEXT_XMP =
  /^(CreateDate|ModifyDate|MetadataDate|when|InstanceID|DocumentID|OriginalDocumentID|documentID|instanceID|VersionID|about|Format|format|action|changed)$/;

async function metadataTexts(document: PdfDocument, parts: PartTexts): Promise<void> {
  const { info, metadata } = await document.getMetadata();
  const entries = Object.entries((info ?? {}) as Record<string, unknown>);
  for (const [key, value] of entries) {
    if (NOT_TEXT_INFO.has(key)) continue;
    if (key === 'Custom' && value && typeof value === 'object') {
      for (const [name, custom] of Object.entries(value as Record<string, unknown>)) {
        parts.line('pdf-info', name);
        stringsOf(custom).forEach((text) => parts.line('pdf-info', text));
      }
    } else stringsOf(value).forEach((text) => parts.line('pdf-info', text));
  }
  const raw = metadata?.getRaw() as unknown;
  if (typeof raw === 'string' && raw.trim()) xmpTexts(raw, parts);
}

/** Every value of the XMP packet, written as element text or as rdf:Description attributes. */
function xmpTexts(xml: string, parts: PartTexts): void {
  for (const element of elements(parseXml(xml))) {
    const name = element.localName ?? element.nodeName;
    if (!NOT_TEXT_XMP.test(name)) parts.line('xmp', ownText(element));
    const attributes = element.attributes;
    for (let index = 0; index < attributes.length; index++) {
      const attr = attributes.item(index)!;
      const local = attr.localName ?? attr.name;
      if (attr.name.startsWith('xmlns') || attr.prefix === 'rdf' || NOT_TEXT_XMP.test(local)) continue;
      parts.line('xmp', attribute(element, local));
    }
  }
}

interface Annotation {
  subtype?: string;
  contentsObj?: { str?: string };
  titleObj?: { str?: string };
  richText?: { str?: string };
  overlaidText?: string;
  url?: string;
  unsafeUrl?: string;
  alternativeText?: string;
  fieldValue?: unknown;
  textContent?: string[];
}

/** Notes, comments, free text, link targets — and the visible values of form widgets. */
async function annotationTexts(document: PdfDocument, parts: PartTexts): Promise<void> {
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const annotations = (await page.getAnnotations()) as Annotation[];
    for (const annotation of annotations) {
      const part: DocumentPartKind = annotation.subtype === 'Widget' ? 'form-field' : 'annotation';
      [
        annotation.contentsObj?.str,
        annotation.titleObj?.str,
        annotation.richText?.str,
        annotation.overlaidText,
        annotation.url ?? annotation.unsafeUrl,
        annotation.alternativeText,
        ...(annotation.textContent ?? []),
        ...stringsOf(annotation.fieldValue),
      ].forEach((text) => parts.line(part, text));
    }
    page.cleanup();
  }
}

/** Form fields, including ones without a widget on any page. */
async function formFieldTexts(document: PdfDocument, parts: PartTexts): Promise<void> {
  const fields = ((await document.getFieldObjects()) ?? {}) as Record<
    string,
    { value?: unknown; defaultValue?: unknown }[]
  >;
  for (const widgets of Object.values(fields))
    for (const field of widgets)
      [...stringsOf(field.value), ...stringsOf(field.defaultValue)].forEach((text) =>
        parts.line('form-field', text),
      );
}

async function outlineTexts(document: PdfDocument, parts: PartTexts): Promise<void> {
  type Item = { title?: string; items?: Item[] };
  const stack: Item[] = [...(((await document.getOutline()) ?? []) as Item[])];
  while (stack.length > 0) {
    const item = stack.pop()!;
    parts.line('outline', item.title);
    stack.push(...(item.items ?? []));
  }
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((entry): entry is string => typeof entry === 'string');
  return [];
}
