import type { ConnectionOptions } from 'bullmq';
import Redis, { RedisOptions } from 'ioredis';
import { RedisTarget } from '@app/config';

/** Connection options for ioredis or BullMQ (which opens `url` itself) from the parsed REDIS_URL. */
export function redisConnectionOptions(
  target: RedisTarget,
  extra: RedisOptions = {},
): RedisOptions & { url?: string } {
  if (target.kind === 'direct') return { url: target.url, ...extra };
  return {
    sentinels: target.sentinels,
    name: target.name,
    db: target.db,
    username: target.username,
    password: target.password,
    sentinelPassword: target.sentinelPassword,
    ...(target.tls ? { tls: {}, enableTLSForSentinelMode: true } : {}),
    ...extra,
  };
}

/** The same for BullMQ queues and workers (BullMQ opens and closes these connections itself). */
export function bullConnection(target: RedisTarget, extra: RedisOptions = {}): ConnectionOptions {
  return redisConnectionOptions(target, extra) as ConnectionOptions;
}

/** An ioredis client for the parsed REDIS_URL (a single Redis, or the master Redis Sentinel names). */
export function createRedis(target: RedisTarget, options: RedisOptions = {}): Redis {
  const { url, ...rest } = redisConnectionOptions(target, options);
  return url ? new Redis(url, rest) : new Redis(rest);
}

/**
 * A Redis connection for request-path use (health checks, enqueueing): fails fast instead of
 * queueing commands while Redis is away — ioredis would otherwise wait forever.
 */
export function createFailFastRedis(target: RedisTarget, connectionName: string): Redis {
  const redis = createRedis(target, {
    connectionName,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    lazyConnect: false,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  redis.on('error', () => undefined); // reconnects by itself; health checks report the state
  return redis;
}
