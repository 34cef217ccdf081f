import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, ConfigError, loadConfig } from '@app/config';
import { AppModule } from './app.module';
import { bootstrap } from './bootstrap';
import { frameworkErrors } from './http/framework-errors';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ trustProxy: true, bodyLimit: 1024 * 1024, frameworkErrors }),
    { bufferLogs: true },
  );
  await bootstrap(app);
  await app.listen(app.get(AppConfig).port ?? config.port, '0.0.0.0');
}

main().catch((error: unknown) => {
  // Configuration problems are the operator's to fix: say exactly what, without a stack trace.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
