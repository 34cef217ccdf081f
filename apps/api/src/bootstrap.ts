import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyServerOptions } from 'fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { MULTIPART_LIMITS } from './http/case-summary-input';
import { DomainException, ErrorCode } from '@app/common';
import { AppConfig } from '@app/config';
import { createFailFastRedis } from '@app/jobs';
import { registerJsonBodyParser } from './http/json-body-parser';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { RequestContextInterceptor } from './http/request-context.interceptor';
import { API_PREFIX } from './http/api-prefix';
import { frameworkErrors } from './http/framework-errors';
import { createValidationPipe } from './http/validation.pipe';
import { createOpenApiDocument } from './openapi';
import { mountQueueDashboard } from './queues/queue-dashboard';

export { API_PREFIX };

/**
 * The Fastify options of the api, shared by main.ts and the tests. `trustProxy` comes from
 * TRUST_PROXY (default none): only trusted hops may name the client in X-Forwarded-For, so the IP used
 * for rate limits, the sign-in lock-out and the audit log cannot be chosen by the client.
 */
export function fastifyOptions(config: AppConfig): FastifyServerOptions {
  const hops = config.trustProxy;
  // Fastify 5.12 ignores a bare hop count (it fails closed), so a count becomes proxy-addr's own rule:
  // trust the nearest `hops` addresses. Safe only while the api is reachable through those proxies
  // alone; otherwise list the proxies' addresses.
  const trustProxy: FastifyServerOptions['trustProxy'] =
    typeof hops === 'number' ? (_address: string, hop: number) => hop < hops : hops;
  return { trustProxy, bodyLimit: 1024 * 1024, frameworkErrors };
}
// From dist/apps/api/src the built web app is dist/web; from the sources (tests) it is ../../../dist/web.
const WEB_ROOT = __filename.endsWith('.ts')
  ? join(__dirname, '..', '..', '..', 'dist', 'web')
  : join(__dirname, '..', '..', '..', 'web');

/** The api's routes live under /api/v1; the health probes stay at the root for load balancers. */
export function setApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: 'health/*path', method: RequestMethod.ALL }] });
}

/**
 * Everything that makes the api the api — prefix, pipes, filters, headers, OpenAPI, the web app —
 * shared by main.ts and the end-to-end tests, so tests run what production runs.
 */
export async function bootstrap(
  app: NestFastifyApplication,
  options: { webRoot?: string } = {},
): Promise<void> {
  app.useLogger(app.get(Logger));
  setApiPrefix(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalInterceptors(new RequestContextInterceptor());
  app.enableShutdownHooks();

  const config = app.get(AppConfig);
  const https = new URL(config.appUrl).protocol === 'https:';
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        // Over plain http (a test server on another host) an upgrade would leave the page blank.
        upgradeInsecureRequests: https ? [] : null,
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });

  // Every api answer may hold personal data: no browser or proxy keeps a copy.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      if (request.url.startsWith(`/${API_PREFIX}/`) || request.url === `/${API_PREFIX}`)
        reply.header('cache-control', 'no-store');
      return payload;
    });

  registerJsonBodyParser(app);
  // Cookies are read and written through @fastify/cookie (request.cookies, reply.setCookie): the OIDC
  // state cookie and the queue dashboard's. Unsigned here: each of those values carries its own MAC.
  await app.register(cookie);
  // Case-summary uploads: one file of at most 5 MB (larger → 413 from the limit, not buffered).
  await app.register(multipart, { limits: MULTIPART_LIMITS, throwFileSizeLimit: true });
  await registerRequestLimits(app);

  SwaggerModule.setup('api/docs', app, createOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });

  await mountQueueDashboard(app);
  await serveWebApp(app, options.webRoot ?? WEB_ROOT);
}

/**
 * Strict CORS (only APP_URL's origin) and a per-client request limit kept in Redis, so it holds across
 * replicas; if Redis is away the limit is skipped rather than the api refused (fail open).
 */
async function registerRequestLimits(app: NestFastifyApplication): Promise<void> {
  const config = app.get(AppConfig);
  await app.register(cors, {
    origin: [new URL(config.appUrl).origin],
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  });
  const redis = createFailFastRedis(config.redis, 'sparring-api-rate-limit');
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onClose', async () => {
    redis.disconnect();
  });
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimit.max,
    timeWindow: config.rateLimit.windowMs,
    redis,
    nameSpace: `${config.queuePrefix}:rate-limit:`,
    skipOnError: true,
    allowList: (request) => request.url.startsWith('/health/'),
    errorResponseBuilder: (_request, context) =>
      new DomainException(ErrorCode.RateLimited, `Too many requests; try again in ${context.after}`),
  });
}

/** Serves the built single-page app (hash routes: only `/` and its assets are files). */
async function serveWebApp(app: NestFastifyApplication, root: string): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) return;
  await app.register(fastifyStatic, { root, prefix: '/', index: ['index.html'] });
}
