import { isIP } from 'node:net';
import { z } from 'zod';
import { parseDuration } from './duration';
import { parseRedisUrl } from './redis-url';

const duration = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value, ctx) => {
      const parsed = parseDuration(value);
      if (parsed === undefined)
        ctx.addIssue({
          code: 'custom',
          message: `"${value}" is not a duration like 90s, 15m, 24h, 30d or 0`,
        });
      return parsed ?? 0;
    });

const durationList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value, ctx) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => {
          const parsed = parseDuration(part);
          if (parsed === undefined) ctx.addIssue({ code: 'custom', message: `"${part}" is not a duration` });
          return parsed ?? 0;
        }),
    );

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => ['true', '1', 'yes'].includes(value));

const url = (protocols: string[]) =>
  z.url({
    protocol: new RegExp(`^(${protocols.join('|')})$`),
    error: `must be a ${protocols.join(' or ')} URL`,
  });

const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/**
 * TRUST_PROXY: which hops in front of the api may set X-Forwarded-For. Unset/`none`/`false`: none
 * (the socket address is the client); a number: that many hops; otherwise a comma list of proxy
 * addresses or CIDR ranges. Never `true`: that would let any client choose its own IP.
 */
const trustProxy = z
  .string()
  .default('none')
  .transform((value, ctx): false | number | string[] => {
    const text = value.trim();
    if (text === '' || text === 'none' || text === 'false' || text === '0') return false;
    if (/^\d+$/.test(text)) return Number(text);
    const entries = text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    for (const entry of entries) {
      const [address, bits, extra] = entry.split('/');
      const version = isIP(address);
      const maxBits = version === 6 ? 128 : 32;
      const validBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits);
      if (!version || !validBits || extra !== undefined)
        ctx.addIssue({
          code: 'custom',
          message: `"${entry}" is not a hop count, an IP address or a CIDR range (e.g. 1, or 10.0.0.0/8,127.0.0.1)`,
        });
    }
    return entries;
  });

/** Every environment variable the platform reads; validated once at boot (see loadConfig). */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: url(['postgres', 'postgresql']),
  REDIS_URL: z.string().superRefine((value, ctx) => {
    try {
      parseRedisUrl(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  }),
  SMTP_URL: url(['smtp', 'smtps']),
  MAIL_FROM: z.email().default('sparring@sparringsportalen.local'),
  /** How long a mail may be in `sending` before a retry assumes its worker died and sends it again. */
  MAIL_SENDING_LEASE: duration('60s'),
  APP_URL: z.url().default('http://localhost:3000'),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters'),
  CASE_SUMMARY_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 random bytes, base64-encoded (openssl rand -base64 32)'),
  DEMO_DATA: bool(false),
  DEMO_PASSWORD: z.string().min(8).default('sparring-demo'),
  BOOKING_CLOSES_BEFORE: duration('24h'),
  /** BUP's acute service, shown where consultants book (the agreement sends acute cases there). */
  ACUTE_PHONE: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ]{5,20}$/, 'must be a phone number, e.g. "78 47 00 00" or "+45 78 47 00 00"')
    .optional(),
  MAX_ACTIVE_BOOKINGS_PER_CONSULTANT: z.coerce.number().int().min(1).max(1000).default(10),
  /** Product rule 5: working days before the session (holidays and closing days skipped). */
  CASE_SUMMARY_DUE_WORKING_DAYS: z.coerce.number().int().min(0).max(20).default(2),
  CASE_SUMMARY_RETENTION: duration('30d'),
  REMINDER_OFFSETS: durationList('24h,1h'),
  SUMMARY_REMINDER_BEFORE_DUE: duration('24h'),
  OUTCOME_REMINDER_AFTER: duration('1h'),
  SLOT_DURATION: duration('45m'),
  /** How long an absence's messages wait, so that a mistaken absence can be undone before anyone hears of it. */
  ABSENCE_UNDO_WINDOW: duration('10m'),
  /**
   * Each booking's own video room: an https URL with `{id}` where the booking's random room id goes.
   * Unset: the video link the contact gave the slot (or series) is used, one room for all its sessions.
   */
  VIDEO_ROOM_URL_TEMPLATE: optional(
    z
      .url({ protocol: /^https?$/ })
      .refine((value) => value.includes('{id}'), 'must contain {id} (where the room id goes)'),
  ),
  SLOT_HORIZON_WEEKS: z.coerce.number().int().min(1).max(104).default(26),
  /** Days besides the public holidays on which series make no slots (unless a series opts in). */
  CLOSING_DAYS: z
    .string()
    .default('christmas_eve,new_years_eve,constitution_day')
    .transform((value) =>
      value
        .split(',')
        .map((day) => day.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(['christmas_eve', 'new_years_eve', 'constitution_day']))),
  ACCESS_TOKEN_TTL: duration('15m'),
  REFRESH_TOKEN_TTL: duration('12h'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  LOGIN_LOCKOUT: duration('15m'),
  LOGIN_SLOWDOWN: duration('2s'),
  TRUST_PROXY: trustProxy,
  INVITATION_TTL: duration('72h'),
  PASSWORD_RESET_TTL: duration('1h'),
  RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(1000),
  RATE_LIMIT_WINDOW: duration('1m'),
  LOCAL_LOGIN_ENABLED: bool(true),
  /** Reading one uploaded document (and checking its parts) in a worker thread; over any → 413. */
  DOCUMENT_TIME_LIMIT: duration('10s').pipe(z.number().min(100, 'must be at least 100ms')),
  DOCUMENT_MEMORY_LIMIT_MB: z.coerce.number().int().min(32).max(4096).default(256),
  DOCUMENT_MAX_EXPANDED_MB: z.coerce.number().int().min(1).max(1024).default(50),
  DOCUMENT_MAX_ZIP_ENTRIES: z.coerce.number().int().min(10).max(100_000).default(500),
  DOCUMENT_MAX_TEXT_CHARS: z.coerce.number().int().min(1000).max(10_000_000).default(300_000),
  DOCUMENT_WORKERS: z.coerce.number().int().min(1).max(64).default(2),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set by the local launcher so its readiness check knows it reaches this very api (GET /health/live). */
  INSTANCE_ID: optional(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)),
  /** Connections per process in the PostgreSQL pool (api and worker each): replicas × this ≤ max_connections. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(20),
  /** Jobs of the mail and reminders queues one worker process runs at once (I/O-bound). */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(1),
  /** The worker touches this file while PostgreSQL and Redis answer (container health check). */
  WORKER_HEARTBEAT_FILE: optional(z.string().min(1)),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9:_-]+$/)
    .default('sparring'),
  OIDC_ISSUER: optional(z.url()),
  OIDC_CLIENT_ID: optional(z.string().min(1)),
  OIDC_CLIENT_SECRET: optional(z.string().min(1)),
  /** The SAML service provider's signing (and decryption) key and its certificate, PEM. */
  SAML_SP_PRIVATE_KEY: optional(
    z.string().regex(/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'must be a PEM private key'),
  ),
  SAML_SP_CERT: optional(z.string().regex(/-----BEGIN CERTIFICATE-----/, 'must be a PEM certificate')),
  SAML_CLOCK_SKEW: duration('60s'),
});

export type RawConfig = z.output<typeof configSchema>;
