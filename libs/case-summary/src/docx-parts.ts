import * as yauzl from 'yauzl';
import { ErrorCode } from '@app/common';
import {
  DocumentLimits,
  DocumentPart,
  DocumentPartKind,
  DocumentRefused,
  documentTooLarge,
  PartTexts,
  TextBudget,
  unsupportedDocument,
} from './document-parts';
import { attribute, elements, ownText, parseXml } from './xml-text';

/**
 * Every text a DOCX carries, part by part: the body, headers, footers, foot- and endnotes, comments,
 * tracked insertions and deletions, text boxes, alt texts, external link targets, and the document
 * properties (core, app, custom, the people who commented or revised). Parts that are not text —
 * pictures and fonts — are allowed; anything else that could hide text (embedded files, macros,
 * imported HTML/RTF chunks) is refused, so what is stored is exactly what was checked.
 */
export async function readDocxParts(bytes: Buffer, limits: DocumentLimits): Promise<DocumentPart[]> {
  const files = await inflateXmlParts(bytes, limits);
  if (!files.has('word/document.xml')) throw unsupportedDocument();
  const parts = new PartTexts(new TextBudget(limits.maxTextChars));
  for (const [path, xml] of files) {
    const document = parseXml(xml);
    const story = storyOf(path);
    if (story) walkStory(document, story, parts);
    else if (path.endsWith('.rels')) externalTargets(document, parts);
    else if (isPropertiesPart(path)) propertyTexts(document, parts);
    else otherTexts(document, parts);
  }
  return parts.toParts();
}

const XML_PART = /\.(xml|rels|vml|svg)$/i;
/** Pictures, fonts and the thumbnail: no text a reader sees as text. */
const NON_TEXT_PART = /^(word\/media\/|word\/fonts\/|docprops\/thumbnail\.)/i;

/**
 * Inflates the XML parts through yauzl's streams, counting the bytes as they come out and stopping
 * at the cap — whatever sizes the zip directory claims.
 */
function inflateXmlParts(bytes: Buffer, limits: DocumentLimits): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: false }, (openError, zip) => {
      if (openError || !zip) return reject(unsupportedDocument());
      const fail = (error: unknown) => {
        zip.close();
        reject(error instanceof DocumentRefused ? error : unsupportedDocument());
      };
      if (zip.entryCount > limits.maxZipEntries)
        return fail(
          documentTooLarge(
            `Dokumentet består af flere end ${limits.maxZipEntries} dele, langt flere end et dokument har; det blev ikke åbnet.`,
          ),
        );
      const files = new Map<string, string>();
      const seen = new Set<string>();
      let inflated = 0;
      zip.on('error', fail);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: yauzl.Entry) => {
        const path = entry.fileName.replace(/\\/g, '/').replace(/^\/+/, '');
        // Two entries of one name: a reader might show the one that was not checked.
        if (seen.has(path.toLowerCase())) return fail(unsupportedDocument());
        seen.add(path.toLowerCase());
        if (path.endsWith('/') || NON_TEXT_PART.test(path)) return zip.readEntry();
        if (!XML_PART.test(path)) return fail(embeddedContent());
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return fail(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => {
            inflated += chunk.length;
            if (inflated > limits.maxExpandedBytes) {
              stream.destroy();
              fail(expandsTooMuch(limits));
            } else chunks.push(chunk);
          });
          stream.on('error', fail);
          stream.on('end', () => {
            files.set(path.toLowerCase(), Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

const embeddedContent = () =>
  new DocumentRefused(
    ErrorCode.UnsupportedMediaType,
    'Dokumentet indeholder indlejrede filer, makroer eller andet indhold, som ikke kan kontrolleres for personoplysninger. Fjern det, eller gem teksten som et nyt dokument, og upload igen.',
  );

const expandsTooMuch = (limits: DocumentLimits) =>
  documentTooLarge(
    `Dokumentet fylder udpakket mere end ${Math.round(limits.maxExpandedBytes / 1024 / 1024)} MB (en "zip-bombe"?); det blev ikke åbnet.`,
  );

/** The WordprocessingML stories and the part each stands for. */
function storyOf(path: string): DocumentPartKind | null {
  const lower = path.toLowerCase();
  if (lower === 'word/document.xml') return 'body';
  if (/^word\/header\d*\.xml$/.test(lower)) return 'header';
  if (/^word\/footer\d*\.xml$/.test(lower)) return 'footer';
  if (lower === 'word/footnotes.xml') return 'footnote';
  if (lower === 'word/endnotes.xml') return 'endnote';
  if (lower === 'word/comments.xml') return 'comment';
  return null;
}

function isPropertiesPart(path: string): boolean {
  return /^(docprops\/|customxml\/|word\/people\.xml$|word\/settings\.xml$)/i.test(path);
}

/** Elements whose text a reader sees. */
const TEXT_ELEMENTS = new Set(['t', 'delText', 'instrText', 'delInstrText']);
/** Revision and text-box wrappers: their content is its own part. */
const CONTEXT_ELEMENTS: Record<string, DocumentPartKind> = {
  ins: 'insertion',
  moveTo: 'insertion',
  del: 'deletion',
  moveFrom: 'deletion',
  txbxContent: 'text-box',
};

/**
 * Walks a story part in document order with an explicit stack (a deeply nested part cannot
 * overflow the call stack). The innermost revision or text-box wrapper decides the part.
 */
function walkStory(document: Document, story: DocumentPartKind, parts: PartTexts): void {
  const stack: { node: Node; part: DocumentPartKind; leaving?: boolean }[] = [
    { node: document.documentElement as Node, part: story },
  ];
  while (stack.length > 0) {
    const { node, part, leaving } = stack.pop()!;
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const name = element.localName ?? element.nodeName;
    if (leaving) {
      if (name === 'p') parts.add(part, '\n');
      continue;
    }
    if (TEXT_ELEMENTS.has(name)) {
      parts.add(part, element.textContent ?? '');
      continue;
    }
    if (name === 'tab') parts.add(part, '\t');
    if (name === 'br' || name === 'cr') parts.add(part, '\n');
    // Who wrote a comment or a revision is document metadata, like the author property.
    if (['comment', 'ins', 'del', 'moveFrom', 'moveTo'].includes(name))
      parts.line('properties', attribute(element, 'author'));
    // Alt texts of pictures, field instructions, form-field defaults and list entries.
    if (name === 'docPr' || name === 'cNvPr') {
      parts.line(part, attribute(element, 'descr'));
      parts.line(part, attribute(element, 'title'));
    }
    if (name === 'fldSimple') parts.line(part, attribute(element, 'instr'));
    if (name === 'default' || name === 'listEntry') parts.line(part, attribute(element, 'val'));
    const inner = CONTEXT_ELEMENTS[name] ?? part;
    stack.push({ node, part, leaving: true });
    const children = element.childNodes;
    for (let index = children.length - 1; index >= 0; index--)
      stack.push({ node: children.item(index)!, part: inner });
  }
}

/** A relationship's external target: a hyperlink, an attached template's path, a linked file. */
function externalTargets(document: Document, parts: PartTexts): void {
  for (const relation of elements(document)) {
    if ((relation.localName ?? relation.nodeName) !== 'Relationship') continue;
    if (attribute(relation, 'TargetMode') !== 'External') continue;
    parts.line('link', decodeTarget(attribute(relation, 'Target') ?? ''));
  }
}

function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** Dates, counters and flags of the property parts: never identifying, often mistaken for dates of birth. */
const NOT_TEXT_PROPERTIES = new Set([
  'created',
  'modified',
  'lastPrinted',
  'revision',
  'TotalTime',
  'Pages',
  'Words',
  'Characters',
  'CharactersWithSpaces',
  'Lines',
  'Paragraphs',
  'DocSecurity',
  'ScaleCrop',
  'LinksUpToDate',
  'SharedDoc',
  'HyperlinksChanged',
  'AppVersion',
  'i1',
  'i2',
  'i4',
  'i8',
  'int',
  'ui1',
  'ui2',
  'ui4',
  'ui8',
  'uint',
  'r4',
  'r8',
  'decimal',
  'bool',
  'date',
  'filetime',
  'cy',
]);

/** Title, subject, author, last modified by, company, manager, custom properties, document variables, people. */
function propertyTexts(document: Document, parts: PartTexts): void {
  for (const element of elements(document)) {
    const name = element.localName ?? element.nodeName;
    if (name === 'person') parts.line('properties', attribute(element, 'author'));
    if (name === 'docVar') parts.line('properties', attribute(element, 'val'));
    if (name === 'property') parts.line('properties', attribute(element, 'name'));
    if (NOT_TEXT_PROPERTIES.has(name)) continue;
    parts.line('properties', ownText(element));
  }
}

/** Any other XML part (styles, settings, glossary, custom parts …): all of its text. */
function otherTexts(document: Document, parts: PartTexts): void {
  for (const element of elements(document)) parts.line('other', ownText(element));
}
