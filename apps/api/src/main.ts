import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { warmUpAnonymityCheck } from '@app/anonymisation';
import { AppConfig, ConfigError, loadConfig } from '@app/config';
import { AppModule } from './app.module';
import { bootstrap, fastifyOptions } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter(fastifyOptions(config)),
    { bufferLogs: true },
  );
  await bootstrap(app);
  // A stop must end: if closing hangs (e.g. BullMQ reconnecting to a Redis that is already gone), exit anyway.
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, () => setTimeout(() => process.exit(1), 8000).unref());
  // The anonymity check reads its dictionaries on first use: 0.2 s on a quiet machine, over a second on
  // a busy one, all on the event loop. Read them before listening, so the first booking (and every
  // request queued behind it) does not wait for them.
  warmUpAnonymityCheck();
  await app.listen(app.get(AppConfig).port ?? config.port, '0.0.0.0');
}

main().catch((error: unknown) => {
  // Configuration problems are the operator's to fix: say exactly what, without a stack trace.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
