import { existsSync } from 'node:fs';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { RequestMethod } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { RequestContextInterceptor } from './http/request-context.interceptor';
import { createValidationPipe } from './http/validation.pipe';
import { mountQueueDashboard } from './queues/queue-dashboard';

export const API_PREFIX = 'api/v1';
// From dist/apps/api/src the built web app is dist/web; from the sources (tests) it is ../../../dist/web.
const WEB_ROOT = __filename.endsWith('.ts')
  ? join(__dirname, '..', '..', '..', 'dist', 'web')
  : join(__dirname, '..', '..', '..', 'web');

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
  app.useGlobalInterceptors(new RequestContextInterceptor());
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

  await mountQueueDashboard(app);
  await serveWebApp(app, options.webRoot ?? WEB_ROOT);
}

/** Serves the built single-page app (hash routes: only `/` and its assets are files). */
async function serveWebApp(app: NestFastifyApplication, root: string): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) return;
  await app.register(fastifyStatic, { root, prefix: '/', index: ['index.html'] });
}
