import { existsSync } from 'node:fs';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { RequestMethod } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { createValidationPipe } from './http/validation.pipe';

export const API_PREFIX = 'api/v1';
const WEB_ROOT = join(__dirname, '..', '..', '..', 'dist', 'web');

/**
 * Everything that makes the api the api — prefix, pipes, filters, headers, OpenAPI, the web app —
 * shared by main.ts and the end-to-end tests, so tests run what production runs.
 */
export async function bootstrap(
  app: NestFastifyApplication,
  options: { webRoot?: string } = {},
): Promise<void> {
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: 'health/*path', method: RequestMethod.ALL }] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Sparringsportalen API')
      .setDescription(
        'Booking of BUP sparring sessions for municipal staff. See shared/docs/api.md for the contract.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  await serveWebApp(app, options.webRoot ?? WEB_ROOT);
}

/** Serves the built single-page app, with index.html for its client-side routes. */
async function serveWebApp(app: NestFastifyApplication, root: string): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) return;
  const fastify = app.getHttpAdapter().getInstance();
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'] });
  fastify.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' && !request.url.startsWith('/api') && !request.url.startsWith('/health');
    if (isPage) return reply.type('text/html').sendFile('index.html');
    return reply
      .status(404)
      .type('application/problem+json')
      .send({
        type: 'about:blank',
        title: 'Not found',
        status: 404,
        detail: `${request.method} ${request.url} does not exist`,
        code: 'NOT_FOUND',
      });
  });
}
