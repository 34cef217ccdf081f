import Fastify from 'fastify';
import { attachmentDisposition, sendFile } from './file-download';

describe('file download', () => {
  it('names the file in UTF-8 (RFC 5987) with an ASCII stand-in, Danish letters spelled out', () => {
    expect(attachmentDisposition('Forbrug Århus – æbler og øl.csv')).toBe(
      'attachment; filename="Forbrug Aarhus _ aebler og oel.csv"; ' +
        "filename*=UTF-8''Forbrug%20%C3%85rhus%20%E2%80%93%20%C3%A6bler%20og%20%C3%B8l.csv",
    );
    expect(attachmentDisposition('ÆØÅ-café.pdf')).toBe(
      `attachment; filename="AeOeAa-cafe.pdf"; filename*=UTF-8''%C3%86%C3%98%C3%85-caf%C3%A9.pdf`,
    );
  });

  it('cannot be broken out of: quotes, backslashes, line breaks and RFC 5987 specials are escaped', () => {
    const header = attachmentDisposition('a"b\\c\r\nSet-Cookie: x=1 (1)*\'.txt');
    expect(header).toBe(
      'attachment; filename="a_b_c__Set-Cookie: x=1 (1)*\'.txt"; ' +
        "filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x%3D1%20%281%29%2A%27.txt",
    );
  });

  it('sends the file with download headers through a real Fastify reply', async () => {
    const app = Fastify();
    app.get('/file', async (_request, reply) =>
      sendFile(reply, {
        contentType: 'text/csv; charset=utf-8',
        fileName: 'rapport-år.csv',
        content: Buffer.from('a;b\n'),
      }),
    );
    const response = await app.inject({ method: 'GET', url: '/file' });
    await app.close();
    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="rapport-aar.csv"; filename*=UTF-8''rapport-%C3%A5r.csv`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    expect(response.body).toBe('a;b\n');
  });
});
