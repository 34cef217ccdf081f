import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig } from '@app/config';
import { WorkerModule } from './worker.module';

/** The worker: BullMQ processors and job schedulers, no HTTP server. */
async function main(): Promise<void> {
  loadConfig(); // fail before anything connects when the environment is wrong
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  // A stop must end: if closing hangs (e.g. BullMQ reconnecting to a Redis that is already gone), exit anyway.
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, () => setTimeout(() => process.exit(1), 8000).unref());
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
