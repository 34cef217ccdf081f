import 'reflect-metadata';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { bootstrap } from '../../apps/api/src/bootstrap';
import { frameworkErrors } from '../../apps/api/src/http/framework-errors';
import { Clock, FixedClock } from '@app/common';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  db: DataSource;
  clock: FixedClock | null;
  close(): Promise<void>;
}

/** The real api — the same modules, pipes, filters and guards as production — on the run's database. */
export async function createTestApp(options: { clock?: FixedClock } = {}): Promise<TestApp> {
  let builder = Test.createTestingModule({ imports: [AppModule] });
  if (options.clock) builder = builder.overrideProvider(Clock).useValue(options.clock);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(
    new FastifyAdapter({ frameworkErrors }),
    {
      logger: false,
    },
  );
  await bootstrap(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    http: request(app.getHttpServer()),
    db: app.get(DataSource),
    clock: options.clock ?? null,
    close: () => app.close(),
  };
}
