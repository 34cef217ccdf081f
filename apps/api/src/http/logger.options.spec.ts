import { once } from 'node:events';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import pinoHttp, { Options } from 'pino-http';
import { loadConfig } from '@app/config';
import { loggerOptions } from './logger.options';

describe('request logs', () => {
  it('log a 4xx as info in a short line without headers, a 5xx as error', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    const config = loadConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/sparring',
      REDIS_URL: 'redis://127.0.0.1:6379',
      SMTP_URL: 'smtp://127.0.0.1:1025',
      AUTH_SECRET: 'x'.repeat(32),
      CASE_SUMMARY_KEY: Buffer.alloc(32, 7).toString('base64'),
      LOG_LEVEL: 'info',
    });
    const options = loggerOptions(config).pinoHttp as Options;
    const log = pinoHttp({ ...options, logger: pino({ level: 'info' }, sink) });
    const server = createServer((req, res) => {
      log(req, res);
      res.setHeader('content-security-policy', "default-src 'self';".repeat(40));
      res.statusCode = req.url === '/boom' ? 500 : 404;
      res.end('{}');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await fetch(`${base}/api/v1/nothing`, { headers: { 'user-agent': 'x'.repeat(500) } });
      await fetch(`${base}/boom`);
    } finally {
      server.close();
    }
    const [notFound, boom] = lines;
    expect(notFound).toMatchObject({
      level: 30,
      res: { statusCode: 404 },
      req: { method: 'GET', url: '/api/v1/nothing' },
    });
    expect(JSON.stringify(notFound).length).toBeLessThan(400);
    expect(JSON.stringify(notFound)).not.toMatch(/user-agent|content-security-policy/);
    expect(boom).toMatchObject({ level: 50, res: { statusCode: 500 } });
  });
});
