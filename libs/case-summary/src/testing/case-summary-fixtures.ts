import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  InsertedTextRun,
  Packer,
  Paragraph,
  Textbox,
  TextRun,
} from 'docx';
import PDFDocument from 'pdfkit';
import * as yauzl from 'yauzl';

/** A real PDF with a text layer (one paragraph per string), optionally with document information. */
export function pdfWithText(paragraphs: string[], info?: PDFKit.DocumentInfo): Promise<Buffer> {
  return renderPdf((doc) => paragraphs.forEach((paragraph) => doc.text(paragraph)), info);
}

/** A PDF with only a drawn image-like shape and no text: what a scanner produces, as far as text goes. */
export function pdfWithoutText(): Promise<Buffer> {
  return renderPdf((doc) => {
    doc.rect(50, 50, 400, 300).fill('#333333');
    doc.circle(250, 500, 80).fill('#999999');
  });
}

function renderPdf(draw: (doc: PDFKit.PDFDocument) => void, info?: PDFKit.DocumentInfo): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ compress: false, info });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** A real DOCX (Word) document. */
export function docxWithText(paragraphs: string[]): Promise<Buffer> {
  const document = new Document({
    sections: [{ children: paragraphs.map((text) => new Paragraph({ text })) }],
  });
  return Packer.toBuffer(document);
}

/** Where a DOCX can hold text besides its body: one text per part, for the part tests. */
export interface DocxParts {
  body: string;
  header?: string;
  footer?: string;
  footnote?: string;
  endnote?: string;
  comment?: string;
  insertion?: string;
  deletion?: string;
  textBox?: string;
  title?: string;
  creator?: string;
  lastModifiedBy?: string;
}

/** A real DOCX (made by the `docx` package, as Word would) with text in the given parts. */
export function docxWithParts(parts: DocxParts): Promise<Buffer> {
  const revision = { author: 'Sagsbehandler', date: '2026-11-02T10:00:00Z' };
  const body: (Paragraph | Textbox)[] = [
    new Paragraph({
      children: [
        new TextRun(parts.body),
        ...(parts.footnote ? [new FootnoteReferenceRun(1)] : []),
        ...(parts.insertion
          ? [new InsertedTextRun({ text: ` ${parts.insertion}`, id: 1, ...revision })]
          : []),
        ...(parts.deletion ? [new DeletedTextRun({ text: ` ${parts.deletion}`, id: 2, ...revision })] : []),
      ],
    }),
  ];
  if (parts.comment)
    body.push(
      new Paragraph({
        children: [
          new CommentRangeStart(0),
          new TextRun('Se note.'),
          new CommentRangeEnd(0),
          new CommentReference(0),
        ],
      }),
    );
  if (parts.textBox)
    body.push(
      new Textbox({
        style: { width: '200pt', height: '50pt' },
        children: [new Paragraph(parts.textBox)],
      }),
    );
  const document = new Document({
    title: parts.title,
    creator: parts.creator ?? 'Sagsbehandler',
    lastModifiedBy: parts.lastModifiedBy ?? 'Sagsbehandler',
    comments: parts.comment
      ? {
          children: [
            {
              id: 0,
              author: 'Sagsbehandler',
              date: new Date('2026-11-02T10:00:00Z'),
              children: [new Paragraph(parts.comment)],
            },
          ],
        }
      : undefined,
    footnotes: parts.footnote ? { 1: { children: [new Paragraph(parts.footnote)] } } : undefined,
    sections: [
      {
        headers: parts.header
          ? { default: new Header({ children: [new Paragraph(parts.header)] }) }
          : undefined,
        footers: parts.footer
          ? { default: new Footer({ children: [new Paragraph(parts.footer)] }) }
          : undefined,
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/**
 * A zip bomb whose zip directory lies: every entry claims to inflate to 1 KB, but word/document.xml
 * really inflates to `inflatesToBytes` (about 1 MB of upload per GB). Built from one deflated
 * megabyte of spaces, flushed so that it can be repeated: the test never holds the gigabyte.
 */
export function lyingZipBombDocx(inflatesToBytes = 1024 * 1024 * 1024): Buffer {
  const megabyte = 1024 * 1024;
  const block = deflateRawSync(Buffer.alloc(megabyte, 0x20), {
    level: 9,
    finishFlush: constants.Z_FULL_FLUSH,
  });
  const end = deflateRawSync(Buffer.alloc(0));
  const compressed = Buffer.concat([
    ...Array.from({ length: Math.ceil(inflatesToBytes / megabyte) }, () => block),
    end,
  ]);
  const contentTypes = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  return zip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: 'word/document.xml', data: Buffer.alloc(0), raw: { compressed, claimedSize: 1024 } },
  ]);
}

/**
 * A zip bomb dressed as a DOCX: the parts a DOCX has, but word/document.xml expands from a few
 * hundred kilobytes to `expandsToBytes`.
 */
export function zipBombDocx(expandsToBytes = 200 * 1024 * 1024): Buffer {
  const contentTypes = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  return zip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: 'word/document.xml', data: Buffer.alloc(expandsToBytes, 0x20) },
  ]);
}

/** A minimal zip writer (deflate), enough for fixtures. */
export function zip(
  entries: { name: string; data: Buffer; raw?: { compressed: Buffer; claimedSize: number } }[],
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = entry.raw?.compressed ?? deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data) >>> 0;
    const size = entry.raw?.claimedSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The first bytes of a Linux executable (ELF), padded: a program renamed to .pdf. */
export function elfExecutable(): Buffer {
  const bytes = Buffer.alloc(4096, 0);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]).copy(bytes);
  bytes.writeUInt16LE(2, 16); // ET_EXEC
  bytes.writeUInt16LE(0x3e, 18); // x86-64
  return bytes;
}

/** A Windows executable (PE: "MZ" header pointing at "PE\0\0"). */
export function peExecutable(): Buffer {
  const bytes = Buffer.alloc(4096, 0);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

/** The entries of a zip, inflated (for building variants of a real DOCX). */
export function unzip(bytes: Buffer): Promise<{ name: string; data: Buffer }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, file) => {
      if (error || !file) return reject(error);
      const entries: { name: string; data: Buffer }[] = [];
      file.on('end', () => resolve(entries));
      file.on('error', reject);
      file.on('entry', (entry: yauzl.Entry) =>
        file.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            file.readEntry();
          });
        }),
      );
      file.readEntry();
    });
  });
}

export interface RawPdfOptions {
  /** Text of the page (ASCII and Latin-1 only: it is written with the standard Helvetica encoding). */
  body: string;
  info?: Record<string, string>;
  /** XMP properties inside the rdf:Description, as elements … */
  xmp?: string;
  /** … and as its attributes. */
  xmpAttributes?: string;
  /** A sticky note (a Text annotation) with these contents. */
  note?: string;
  /** A filled-in text form field with this value. */
  field?: string;
  /**
   * The "stream that inflates hugely" attack: a deflated stream of `inflatesTo` bytes, either a
   * second content stream of path operators (pdf.js reads it in time slices) or whitespace inside
   * the XMP metadata packet (pdf.js inflates it in one go).
   */
  bomb?: { inflatesTo: number; in: 'content' | 'metadata' };
}

/**
 * A PDF written by hand (objects, cross-reference table, trailer), for what pdfkit cannot make:
 * XMP in attribute form, annotations, form fields and deflate bombs.
 */
export function rawPdf(options: RawPdfOptions): Buffer {
  const string = (text: string) => `(${text.replace(/([\\()])/g, '\\$1')})`;
  const objects: (string | Buffer)[] = [];
  const add = (body: string | Buffer) => objects.push(body) + 0;
  const stream = (dictionary: string, data: Buffer) =>
    Buffer.concat([
      Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'),
      data,
      Buffer.from('\nendstream', 'latin1'),
    ]);

  const annots: number[] = [];
  const catalog = add('');
  const pages = add('');
  const page = add('');
  const content = add(
    stream('', Buffer.from(`BT /F1 12 Tf 72 720 Td ${string(options.body)} Tj ET`, 'latin1')),
  );
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const contents = [content];
  if (options.bomb?.in === 'content') {
    const ops = Buffer.from('0 0 m 1 1 l S\n', 'latin1');
    const plain = Buffer.alloc(options.bomb.inflatesTo);
    for (let offset = 0; offset < plain.length; offset += ops.length) ops.copy(plain, offset);
    contents.push(add(stream('/Filter /FlateDecode', deflateSync(plain, { level: 9 }))));
  }
  let metadata: number | undefined;
  if (options.bomb?.in === 'metadata') {
    const packet = (text: string) => Buffer.from(text, 'utf8');
    const xmp = Buffer.concat([
      packet('<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'),
      Buffer.alloc(options.bomb.inflatesTo, 0x20),
      packet('</x:xmpmeta><?xpacket end="w"?>'),
    ]);
    metadata = add(
      stream('/Type /Metadata /Subtype /XML /Filter /FlateDecode', deflateSync(xmp, { level: 9 })),
    );
  } else if (options.xmp || options.xmpAttributes) {
    const xmp =
      '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">' +
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
      `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" ${options.xmpAttributes ?? ''}>` +
      `${options.xmp ?? ''}</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
    metadata = add(stream('/Type /Metadata /Subtype /XML', Buffer.from(xmp, 'utf8')));
  }
  if (options.note)
    annots.push(
      add(
        `<< /Type /Annot /Subtype /Text /Rect [72 600 92 620] /Contents ${string(options.note)} /T (Kollega) >>`,
      ),
    );
  let field: number | undefined;
  if (options.field) {
    field = add(
      `<< /Type /Annot /Subtype /Widget /FT /Tx /T (felt1) /V ${string(options.field)} /Rect [72 500 272 520] /P ${page} 0 R >>`,
    );
    annots.push(field);
  }
  const info = options.info
    ? add(
        `<< ${Object.entries(options.info)
          .map(([key, value]) => `/${key} ${string(value)}`)
          .join(' ')} >>`,
      )
    : undefined;
  objects[catalog - 1] =
    `<< /Type /Catalog /Pages ${pages} 0 R` +
    (metadata ? ` /Metadata ${metadata} 0 R` : '') +
    (field ? ` /AcroForm << /Fields [${field} 0 R] >>` : '') +
    ' >>';
  objects[pages - 1] = `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`;
  objects[page - 1] =
    `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >>` +
    ` /Contents [${contents.map((n) => `${n} 0 R`).join(' ')}]` +
    (annots.length ? ` /Annots [${annots.map((n) => `${n} 0 R`).join(' ')}]` : '') +
    ' >>';

  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0].length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''} >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}
