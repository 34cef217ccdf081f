import { parseRedisUrl } from '@app/config';
import { redisConnectionOptions } from './redis-connection';

describe('redisConnectionOptions', () => {
  it('hands a plain URL to ioredis/BullMQ as it is', () => {
    expect(
      redisConnectionOptions(parseRedisUrl('redis://127.0.0.1:6379/2'), { connectionName: 'x' }),
    ).toEqual({
      url: 'redis://127.0.0.1:6379/2',
      connectionName: 'x',
    });
  });

  it('turns a redis+sentinel URL into ioredis sentinel options', () => {
    expect(
      redisConnectionOptions(
        parseRedisUrl('redis+sentinel://:pw@s1:26379,s2:26380/sparring/1?sentinelPassword=sp&tls=true'),
        { enableOfflineQueue: false },
      ),
    ).toEqual({
      sentinels: [
        { host: 's1', port: 26379 },
        { host: 's2', port: 26380 },
      ],
      name: 'sparring',
      db: 1,
      username: undefined,
      password: 'pw',
      sentinelPassword: 'sp',
      tls: {},
      enableTLSForSentinelMode: true,
      enableOfflineQueue: false,
    });
  });
});
