import { loadConfig } from './app-config';
import { parseRedisUrl } from './redis-url';

describe('parseRedisUrl', () => {
  it('keeps a plain redis:// or rediss:// URL as it is', () => {
    expect(parseRedisUrl('redis://127.0.0.1:6379')).toEqual({
      kind: 'direct',
      url: 'redis://127.0.0.1:6379',
    });
    expect(parseRedisUrl('rediss://:pw@cache.example:6380/2')).toEqual({
      kind: 'direct',
      url: 'rediss://:pw@cache.example:6380/2',
    });
  });

  it('reads the sentinels, the master name, the database and the passwords of a redis+sentinel:// URL', () => {
    expect(
      parseRedisUrl(
        'redis+sentinel://:s%40cret@s1.internal:26379,s2.internal,[fd00::3]:26380/sparring/3?sentinelPassword=sp&tls=true',
      ),
    ).toEqual({
      kind: 'sentinel',
      sentinels: [
        { host: 's1.internal', port: 26379 },
        { host: 's2.internal', port: 26379 },
        { host: 'fd00::3', port: 26380 },
      ],
      name: 'sparring',
      db: 3,
      username: undefined,
      password: 's@cret',
      sentinelPassword: 'sp',
      tls: true,
    });
    expect(parseRedisUrl('redis+sentinel://10.0.0.1/mymaster')).toMatchObject({
      sentinels: [{ host: '10.0.0.1', port: 26379 }],
      name: 'mymaster',
      db: 0,
      tls: false,
    });
  });

  it.each([
    ['redis+sentinel://s1:26379', /master name/],
    ['redis+sentinel://s1:99999/m', /out of range/],
    ['redis+sentinel://s1/m?timeout=3', /unknown parameter/],
    ['http://127.0.0.1:6379', /redis:\/\//],
    ['not a url', /redis:\/\//],
  ])('refuses %s', (value, message) => {
    expect(() => parseRedisUrl(value)).toThrow(message);
  });

  it('is what REDIS_URL is validated with', () => {
    const base = {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/sparring',
      SMTP_URL: 'smtp://127.0.0.1:1025',
      AUTH_SECRET: 'x'.repeat(32),
      CASE_SUMMARY_KEY: Buffer.alloc(32, 7).toString('base64'),
    };
    expect(
      loadConfig({ ...base, REDIS_URL: 'redis+sentinel://a:26379,b:26379/sparring' }).redis,
    ).toMatchObject({
      kind: 'sentinel',
      name: 'sparring',
    });
    expect(() => loadConfig({ ...base, REDIS_URL: 'redis+sentinel://a:26379' })).toThrow(
      /REDIS_URL: must look like/,
    );
  });
});
