import {
  docxWithParts,
  docxWithText,
  lyingZipBombDocx,
  pdfWithText,
  rawPdf,
  unzip,
  zip,
} from './testing/case-summary-fixtures';
import { DocumentLimits } from './document-parts';
import { CONTENT_TYPES, decodePlainText, readDocument } from './document-reader';

const LIMITS: DocumentLimits = {
  timeoutMs: 10_000,
  memoryMb: 256,
  maxExpandedBytes: 50 * 1024 * 1024,
  maxZipEntries: 500,
  maxTextChars: 300_000,
};

describe('readDocument', () => {
  const partsOf = async (bytes: Buffer) =>
    Object.fromEntries((await readDocument(bytes, 'x', LIMITS)).parts.map((p) => [p.part, p.text]));

  it('extracts the text of a PDF and a DOCX, whatever their names say', async () => {
    const pdf = await readDocument(
      await pdfWithText(['Angst og skolefravær gennem et halvt år.']),
      'x.txt',
      LIMITS,
    );
    expect(pdf.contentType).toBe(CONTENT_TYPES.pdf);
    expect(pdf.parts.find((p) => p.part === 'body')?.text).toContain('Angst og skolefravær');
    const docx = await readDocument(await docxWithText(['Uro i frikvarteret.']), 'x.pdf', LIMITS);
    expect(docx.contentType).toBe(CONTENT_TYPES.docx);
    expect(docx.parts.find((p) => p.part === 'body')?.text).toContain('Uro i frikvarteret.');
  });

  it('reads every part of a DOCX into its own part', async () => {
    const parts = await partsOf(
      await docxWithParts({
        body: 'Brødtekst.',
        header: 'Sidehoved-tekst',
        footer: 'Sidefod-tekst',
        footnote: 'Fodnote-tekst',
        comment: 'Kommentar-tekst',
        insertion: 'Indsat-tekst',
        deletion: 'Slettet-tekst',
        textBox: 'Tekstboks-tekst',
        title: 'Titel-tekst',
        lastModifiedBy: 'Redigeret-af',
      }),
    );
    expect(parts.body).toContain('Brødtekst.');
    expect(parts.body).not.toMatch(/Indsat|Slettet|Tekstboks/);
    expect(parts).toMatchObject({
      header: expect.stringContaining('Sidehoved-tekst'),
      footer: expect.stringContaining('Sidefod-tekst'),
      footnote: expect.stringContaining('Fodnote-tekst'),
      comment: expect.stringContaining('Kommentar-tekst'),
      insertion: expect.stringContaining('Indsat-tekst'),
      deletion: expect.stringContaining('Slettet-tekst'),
      'text-box': expect.stringContaining('Tekstboks-tekst'),
      properties: expect.stringMatching(/Titel-tekst[\s\S]*Redigeret-af|Redigeret-af[\s\S]*Titel-tekst/),
    });
  });

  it('reads the info dictionary, XMP, annotations and form fields of a PDF', async () => {
    const parts = await partsOf(
      rawPdf({
        body: 'Brødtekst i en PDF med et tekstlag.',
        info: { Title: 'Info-titel', Author: 'Info-forfatter' },
        xmp: '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Xmp-titel</rdf:li></rdf:Alt></dc:title>',
        xmpAttributes: 'xmp:CreatorTool="Xmp-program"',
        note: 'Note-tekst',
        field: 'Felt-tekst',
      }),
    );
    expect(parts.body).toContain('Brødtekst');
    expect(parts['pdf-info']).toMatch(/Info-titel\nInfo-forfatter/);
    expect(parts.xmp).toMatch(/Xmp-titel/);
    expect(parts.xmp).toMatch(/Xmp-program/);
    expect(parts.annotation).toContain('Note-tekst');
    expect(parts['form-field']).toContain('Felt-tekst');
  });

  it('refuses a PDF that keeps an earlier version of itself (an incremental save)', async () => {
    const original = rawPdf({ body: 'Brødtekst i en PDF med et tekstlag, første version.' });
    // An incremental update: a new Info object, a cross-reference section for it, a second %%EOF.
    const update = Buffer.from(
      `99 0 obj\n<< /Title (Ny titel) >>\nendobj\nxref\n99 1\n${String(original.length).padStart(10, '0')} 00000 n \ntrailer\n<< /Size 100 /Root 1 0 R /Info 99 0 R /Prev ${original.lastIndexOf('xref')} >>\nstartxref\n${original.length + 43}\n%%EOF\n`,
      'latin1',
    );
    await expect(readDocument(Buffer.concat([original, update]), 'a.pdf', LIMITS)).rejects.toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      detail: expect.stringMatching(/tidligere versioner/),
    });
  });

  it('counts what a DOCX really inflates to, whatever its zip directory claims', async () => {
    const started = Date.now();
    await expect(readDocument(lyingZipBombDocx(), 'a.docx', LIMITS)).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a zip with more entries than the cap, a plain zip, and embedded files', async () => {
    const docx = await docxWithText(['Uro.']);
    const many = zip([
      ...(await unzip(docx)),
      ...Array.from({ length: LIMITS.maxZipEntries }, (_, i) => ({
        name: `p${i}.xml`,
        data: Buffer.from('<a/>'),
      })),
    ]);
    await expect(readDocument(many, 'a.docx', LIMITS)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    const plain = zip([{ name: 'a.txt', data: Buffer.from('hej') }]);
    await expect(readDocument(plain, 'a.docx', LIMITS)).rejects.toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
    const withEmbedding = zip([
      ...(await unzip(docx)),
      { name: 'word/embeddings/oleObject1.bin', data: Buffer.from('gemt indhold') },
    ]);
    await expect(readDocument(withEmbedding, 'a.docx', LIMITS)).rejects.toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
    const entries = await unzip(docx);
    const twice = zip([...entries, { name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
    await expect(readDocument(twice, 'a.docx', LIMITS)).rejects.toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
  });

  it('caps the text extracted from one document', async () => {
    const long = await docxWithText(Array.from({ length: 200 }, () => 'Uro i frikvarteret. '.repeat(10)));
    await expect(readDocument(long, 'a.docx', { ...LIMITS, maxTextChars: 10_000 })).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
  });

  it('takes UTF-8 text without control bytes as text', () => {
    expect(decodePlainText(Buffer.from('\uFEFFÆble\tøl\r\n'))).toBe('Æble\tøl\r\n');
    expect(decodePlainText(Buffer.from([0x61, 0x1b, 0x62]))).toBeNull();
    expect(decodePlainText(Buffer.from([0xc3]))).toBeNull();
  });
});
