import Redis, { RedisOptions } from 'ioredis';

/**
 * A Redis connection for request-path use (health checks, enqueueing): fails fast instead of
 * queueing commands while Redis is away — ioredis would otherwise wait forever.
 */
export function createFailFastRedis(url: string, connectionName: string): Redis {
  const options: RedisOptions = {
    connectionName,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    lazyConnect: false,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  };
  const redis = new Redis(url, options);
  redis.on('error', () => undefined); // reconnects by itself; health checks report the state
  return redis;
}
