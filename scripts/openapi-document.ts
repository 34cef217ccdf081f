import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../apps/api/src/app.module';
import { setApiPrefix } from '../apps/api/src/bootstrap';
import { createOpenApiDocument } from '../apps/api/src/openapi';

/**
 * The api's OpenAPI document without a database, Redis or configuration: Nest's preview mode reads
 * the modules and controllers but instantiates no provider, and the document needs only the
 * decorators. test/api-docs.e2e-spec.ts proves it equals the document the running api serves.
 */
export async function offlineOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  try {
    setApiPrefix(app);
    return createOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
