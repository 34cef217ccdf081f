import { docxWithText, pdfWithText, zip } from '../../../test/support/case-summary-fixtures';
import { CONTENT_TYPES, decodePlainText, DocumentReader, MAX_ZIP_ENTRIES } from './document-reader';

describe('DocumentReader', () => {
  const sut = new DocumentReader();

  it('extracts the text of a PDF and a DOCX, whatever their names say', async () => {
    const pdf = await sut.read(await pdfWithText(['Angst og skolefravær gennem et halvt år.']), 'x.txt');
    expect(pdf.contentType).toBe(CONTENT_TYPES.pdf);
    expect(pdf.text).toContain('Angst og skolefravær');
    const docx = await sut.read(await docxWithText(['Uro i frikvarteret.']), 'x.pdf');
    expect(docx.contentType).toBe(CONTENT_TYPES.docx);
    expect(docx.text).toContain('Uro i frikvarteret.');
  });

  it('refuses a zip with far more entries than a document has, and a plain zip', async () => {
    const many = zip(
      Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `p${i}.xml`, data: Buffer.from('x') })),
    );
    await expect(sut.read(many, 'a.docx')).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    const plain = zip([{ name: 'a.txt', data: Buffer.from('hej') }]);
    await expect(sut.read(plain, 'a.docx')).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('takes UTF-8 text without control bytes as text', () => {
    expect(decodePlainText(Buffer.from('\uFEFFÆble\tøl\r\n'))).toBe('Æble\tøl\r\n');
    expect(decodePlainText(Buffer.from([0x61, 0x1b, 0x62]))).toBeNull();
    expect(decodePlainText(Buffer.from([0xc3]))).toBeNull();
  });
});
