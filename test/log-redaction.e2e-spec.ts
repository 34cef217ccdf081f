import 'reflect-metadata';
import { Controller, Get } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { PARAMS_PROVIDER_TOKEN } from 'nestjs-pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Public } from '@app/auth';
import { AppConfig, loadConfig } from '@app/config';
import { AppModule } from '../apps/api/src/app.module';
import { bootstrap } from '../apps/api/src/bootstrap';
import { loggerOptions } from '../apps/api/src/http/logger.options';
import { createWorld, World } from './support/factories';

/**
 * A database error never puts its statement, parameters or the server's detail in the log. The real
 * api (its filter, its pino configuration) runs with its log captured; a probe controller makes the
 * database fail with case text and a password hash in the statement and in the parameters.
 */
jest.setTimeout(60_000);

const CASE_TEXT = 'Pigen skader sig selv dagligt og har skrevet afskedsbreve';
let hash = '';
let takenEmail = '';
let regionId = '';

@Controller('log-probe')
class LogProbeController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Public()
  @Get('literal')
  literal(): Promise<unknown> {
    // The case text and the hash written into the statement itself.
    return this.db.query(`SELECT '${CASE_TEXT}'::int, '${hash}'::uuid`);
  }

  @Public()
  @Get('parameters')
  parameters(): Promise<unknown> {
    // A unique violation whose parameters hold the case text and the hash (detail quotes the key).
    return this.db.query(
      `INSERT INTO users (email, name, role, region_id, password_hash) VALUES ($1, $2, 'consultant', $3, $4)`,
      [takenEmail, CASE_TEXT, regionId, hash],
    );
  }

  @Public()
  @Get('cast')
  cast(): Promise<unknown> {
    return this.db.query(`SELECT $1::uuid, $2::int`, [hash, CASE_TEXT]);
  }
}

describe('Logs: database errors without statement, parameters or detail', () => {
  let app: NestFastifyApplication;
  let w: World;
  const lines: string[] = [];

  beforeAll(async () => {
    hash = await argon2.hash('en-meget-hemmelig-adgangskode', { type: argon2.argon2id });
    const options = loggerOptions(loadConfig()).pinoHttp as Record<string, unknown>;
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule],
      controllers: [LogProbeController],
    })
      .overrideProvider(PARAMS_PROVIDER_TOKEN)
      .useValue({ pinoHttp: [{ ...options, level: 'info' }, { write: (line: string) => lines.push(line) }] })
      .compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    await bootstrap(app);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    w = await createWorld(app.get(DataSource), request(app.getHttpServer()));
    takenEmail = w.consultantA.email;
    regionId = w.regionId;
    expect(app.get(AppConfig)).toBeDefined();
  });
  afterAll(() => app.close());

  it.each(['literal', 'parameters', 'cast'])(
    '%s: a generic 500 with an error id; the log line names the error, not the data',
    async (probe) => {
      const response = await request(app.getHttpServer()).get(`/api/v1/log-probe/${probe}`);
      expect(response.status).toBe(500);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      const errorId = response.body.errorId as string;
      expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.stringify(response.body)).not.toContain(CASE_TEXT);

      const logged = lines.filter((line) => line.includes(errorId));
      expect(logged.length).toBeGreaterThan(0);
      const entry = JSON.parse(logged[0]) as { err: Record<string, unknown>; msg: string };
      expect(entry.msg).toBe('Unhandled error');
      expect(entry.err).toMatchObject({
        type: 'QueryFailedError',
        code: expect.stringMatching(/^[0-9A-Z]{5}$/),
      });

      const everything = lines.join('\n');
      for (const secret of [
        CASE_TEXT,
        'afskedsbreve',
        hash,
        hash.split('$').pop()!,
        takenEmail,
        'INSERT INTO users',
        'SELECT $1',
      ])
        expect(everything).not.toContain(secret);
    },
  );
});
