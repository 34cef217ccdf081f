import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService, SessionsRepository } from '@app/auth';
import { AppConfig } from '@app/config';
import { createFailFastRedis, QueueName } from '@app/jobs';
import { Role, UsersRepository } from '@app/organisations';
import { DashboardTokens } from './dashboard-token';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
const COOKIE = 'sparring_queues';
const COOKIE_MAX_AGE_S = 15 * 60;

/**
 * The dashboard's own CSP: the site's policy, relaxed only as far as bull-board's page needs (its
 * inline styles); no third-party fonts or scripts, no framing.
 */
export const QUEUE_DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * What a browser tab without the dashboard cookie sees: not a bare status line, but the way in — the
 * app's queue page, which (signed in) sets the cookie and links back here.
 */
const SIGN_IN_PAGE = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Log ind – Køer — Sparringsportalen</title></head>
<body><main><h1>Køoversigten kræver, at du er logget ind som administrator</h1>
<p>Åbn køoversigten fra Sparringsportalen, mens du er logget ind: siden giver dig adgang i 15 minutter ad gangen.</p>
<p><a href="/#/admin/koeer">Gå til Køoversigt i Sparringsportalen</a></p></main></body></html>`;

const wantsHtml = (request: FastifyRequest) =>
  request.method === 'GET' && String(request.headers.accept ?? '').includes('text/html');

function bearerOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  return typeof header === 'string' && /^Bearer /i.test(header) ? header.slice(7).trim() : null;
}

/**
 * The BullMQ dashboard (bull-board) at /admin/queues, admins only. Authorised with the bearer token,
 * or — for a browser tab — a 15-minute HttpOnly cookie that `POST /admin/queues/session` (with the
 * bearer token) sets; the cookie holds a dashboard-only token, never the access token. The queues' Redis connections open only here and close with the app.
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const config = app.get(AppConfig);
  const auth = app.get(AuthService);
  const users = app.get(UsersRepository);
  const sessions = app.get(SessionsRepository);
  const dashboardTokens = new DashboardTokens(config.authSecret, COOKIE_MAX_AGE_S * 1000);
  /** The caller: a bearer access token, or the dashboard cookie's own token (never an access token). */
  const callerOf = async (
    request: FastifyRequest,
  ): Promise<{ role: Role; id: string; sessionId: string; mfaSatisfied: boolean } | null> => {
    const bearer = bearerOf(request);
    if (bearer) {
      const session = await auth.authenticate(bearer);
      return session
        ? {
            role: session.user.role,
            id: session.user.id,
            sessionId: session.sessionId,
            mfaSatisfied: session.mfaSatisfied,
          }
        : null;
    }
    const cookie = request.cookies[COOKIE];
    const claims = cookie ? dashboardTokens.verify(cookie) : null;
    if (!claims) return null;
    const [user, live] = await Promise.all([
      users.findById(claims.userId),
      sessions.liveSession(claims.sessionId, claims.userId),
    ]);
    if (!user?.active || !live) return null;
    // Single sign-on sessions had their second factor at the identity provider.
    const mfaSatisfied = live.mfa || live.method === 'oidc';
    return { role: user.role, id: user.id, sessionId: claims.sessionId, mfaSatisfied };
  };
  // One fail-fast connection of our own for all queues: closing a queue while Redis is away or
  // reconnecting throws, and only our own disconnect() reliably ends ioredis' reconnect loop — without
  // it the api process cannot exit after a Redis outage.
  const redis = createFailFastRedis(config.redis, 'api-queue-dashboard');
  const queues = Object.values(QueueName).map((name) => {
    const queue = new Queue(name, { connection: redis, prefix: config.queuePrefix });
    queue.on('error', () => undefined); // Redis away: the dashboard shows errors, the api keeps running
    return queue;
  });
  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue)),
    options: { uiConfig: { boardTitle: 'Køer — Sparringsportalen', locale: { lng: 'da-DK' } } },
    // @bull-board/fastify ships its own copy of @bull-board/api: same shape, separate type declarations.
    serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
  });

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onClose', async () => {
    await Promise.all(queues.map((queue) => queue.close().catch(() => undefined)));
    redis.disconnect();
  });
  await fastify.register(async (scope) => {
    scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const user = await callerOf(request);
      if (!user && wantsHtml(request))
        return reply.code(401).type('text/html; charset=utf-8').send(SIGN_IN_PAGE);
      if (!user) return reply.code(401).type('text/plain; charset=utf-8').send('Log ind som administrator.');
      if (user.role !== Role.Admin)
        return reply.code(403).type('text/plain; charset=utf-8').send('Kun for administratorer.');
      if (!user.mfaSatisfied)
        return reply.code(403).type('text/plain; charset=utf-8').send('Slå totrinsbekræftelse til først.');
    });
    // The dashboard keeps a CSP of its own (inline styles allowed here only), is never cached, and its
    // page says it is Danish (bull-board's template hard-codes lang="en").
    scope.addHook('onSend', async (_request, reply, payload) => {
      reply.header('content-security-policy', QUEUE_DASHBOARD_CSP);
      reply.header('cache-control', 'no-store');
      if (typeof payload === 'string' && String(reply.getHeader('content-type')).startsWith('text/html'))
        return payload.replace(/<html lang="en"/, '<html lang="da"');
      return payload;
    });
    scope.post(`${QUEUE_DASHBOARD_PATH}/session`, async (request, reply) => {
      // Only with the bearer token: the cookie cannot renew itself beyond its lifetime.
      const bearer = bearerOf(request);
      const session = bearer ? await auth.authenticate(bearer) : null;
      if (!session || session.user.role !== Role.Admin)
        return reply.code(403).type('text/plain; charset=utf-8').send('Kun for administratorer.');
      if (!session.mfaSatisfied)
        return reply.code(403).type('text/plain; charset=utf-8').send('Slå totrinsbekræftelse til først.');
      const token = dashboardTokens.issue(session.user.id, session.sessionId);
      return reply
        .code(204)
        .setCookie(COOKIE, token, {
          path: QUEUE_DASHBOARD_PATH,
          httpOnly: true,
          sameSite: 'strict',
          maxAge: COOKIE_MAX_AGE_S,
          secure: config.appUrl.startsWith('https:'),
        })
        .send();
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
  });
}
