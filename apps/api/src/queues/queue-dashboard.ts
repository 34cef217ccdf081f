import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService } from '@app/auth';
import { AppConfig } from '@app/config';
import { createFailFastRedis, QueueName } from '@app/jobs';
import { Role } from '@app/organisations';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
const COOKIE = 'sparring_queues';
const COOKIE_MAX_AGE_S = 15 * 60;

function tokenOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header === 'string' && /^Bearer /i.test(header)) return header.slice(7).trim();
  const cookie = request.headers.cookie
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${COOKIE}=`));
  return cookie ? decodeURIComponent(cookie.slice(COOKIE.length + 1)) : null;
}

/**
 * The BullMQ dashboard (bull-board) at /admin/queues, admins only. Authorised with the bearer token,
 * or — for a browser tab — a 15-minute HttpOnly cookie that `POST /admin/queues/session` (with the
 * bearer token) sets. The queues' Redis connections open only here and close with the app.
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const config = app.get(AppConfig);
  const auth = app.get(AuthService);
  // One fail-fast connection of our own for all queues: closing a queue while Redis is away or
  // reconnecting throws, and only our own disconnect() reliably ends ioredis' reconnect loop — without
  // it the api process cannot exit after a Redis outage.
  const redis = createFailFastRedis(config.redisUrl, 'api-queue-dashboard');
  const queues = Object.values(QueueName).map((name) => {
    const queue = new Queue(name, { connection: redis, prefix: config.queuePrefix });
    queue.on('error', () => undefined); // Redis away: the dashboard shows errors, the api keeps running
    return queue;
  });
  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue)),
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
      const token = tokenOf(request);
      const session = token ? await auth.authenticate(token) : null;
      const user = session?.user;
      if (!user) return reply.code(401).type('text/plain; charset=utf-8').send('Log ind som administrator.');
      if (user.role !== Role.Admin)
        return reply.code(403).type('text/plain; charset=utf-8').send('Kun for administratorer.');
    });
    // bull-board's page needs its own inline bootstrap script; the rest of the site keeps the strict CSP.
    scope.addHook('onSend', async (_request, reply, payload) => {
      reply.removeHeader('content-security-policy');
      return payload;
    });
    scope.post(`${QUEUE_DASHBOARD_PATH}/session`, async (request, reply) => {
      const secure = config.appUrl.startsWith('https:') ? '; Secure' : '';
      const cookie = `${COOKIE}=${encodeURIComponent(tokenOf(request) ?? '')}; Path=${QUEUE_DASHBOARD_PATH}; HttpOnly; SameSite=Strict; Max-Age=${COOKIE_MAX_AGE_S}${secure}`;
      return reply.code(204).header('set-cookie', cookie).send();
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
  });
}
