// The REDIS_URL forms the platform accepts:
//   redis://[[user]:password@]host[:6379][/db]        one Redis (rediss:// for TLS)
//   redis+sentinel://[[user]:password@]host1[:26379][,host2[:26379]…]/<master name>[/db][?sentinelPassword=…&tls=true]
//                                                    Redis Sentinel: the sentinels are asked for the current master.
// Parsed here (not by ioredis) because a sentinel URL lists several hosts, which WHATWG URLs cannot hold.

export type RedisTarget =
  | { kind: 'direct'; url: string }
  | {
      kind: 'sentinel';
      sentinels: { host: string; port: number }[];
      name: string;
      db: number;
      username?: string;
      password?: string;
      sentinelPassword?: string;
      tls: boolean;
    };

const SENTINEL =
  /^redis\+sentinel:\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^/?#]+)\/([^/?#]+)(?:\/(\d+))?\/?(?:\?([^#]*))?$/;

/** Parses REDIS_URL; throws an Error with a message fit for the operator when it is not one of the forms. */
export function parseRedisUrl(value: string): RedisTarget {
  if (value.startsWith('redis+sentinel:')) {
    const match = SENTINEL.exec(value);
    if (!match)
      throw new Error(
        'must look like redis+sentinel://[:password@]host1:26379,host2:26379/<master name>[/db]',
      );
    const [, user, password, hosts, name, db, query] = match;
    const sentinels = hosts!.split(',').map((part) => {
      const hostPort = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9._-]+)(?::(\d{1,5}))?$/.exec(part.trim());
      if (!hostPort) throw new Error(`"${part}" is not a sentinel host[:port]`);
      const port = Number(hostPort[2] ?? 26379);
      if (port < 1 || port > 65535) throw new Error(`sentinel port ${port} is out of range`);
      return { host: hostPort[1]!.replace(/^\[|\]$/g, ''), port };
    });
    const params = new URLSearchParams(query ?? '');
    const unknown = [...params.keys()].filter((key) => key !== 'sentinelPassword' && key !== 'tls');
    if (unknown.length) throw new Error(`unknown parameter(s) ${unknown.join(', ')}`);
    const decode = (part: string | undefined) => (part ? decodeURIComponent(part) : undefined);
    return {
      kind: 'sentinel',
      sentinels,
      name: decodeURIComponent(name!),
      db: Number(db ?? 0),
      username: decode(user),
      password: decode(password),
      sentinelPassword: params.get('sentinelPassword') ?? undefined,
      tls: params.get('tls') === 'true',
    };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('must be a redis://, rediss:// or redis+sentinel:// URL');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new Error('must be a redis://, rediss:// or redis+sentinel:// URL');
  if (!url.hostname) throw new Error('names no host');
  return { kind: 'direct', url: value };
}
