import { configSchema, RawConfig } from './config.schema';
import { parseRedisUrl, RedisTarget } from './redis-url';

/** The platform's configuration, typed; the only place that knows the environment's variable names. */
export class AppConfig {
  readonly env: RawConfig['NODE_ENV'];
  readonly port: number;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  /** REDIS_URL parsed: one Redis, or a master found through Redis Sentinel. */
  readonly redis: RedisTarget;
  readonly smtpUrl: string;
  readonly mailFrom: string;
  /** BUP's acute service (`ACUTE_PHONE`); null when not configured. */
  readonly acutePhone: string | null;
  readonly appUrl: string;
  readonly authSecret: string;
  readonly caseSummaryKey: Buffer;
  readonly demoData: boolean;
  readonly demoPassword: string;
  readonly mailSendingLeaseMs: number;
  readonly bookingClosesBeforeMs: number;
  readonly maxActiveBookingsPerConsultant: number;
  readonly caseSummaryDueWorkingDays: number;
  readonly caseSummaryRetentionMs: number;
  readonly reminderOffsetsMs: number[];
  readonly summaryReminderBeforeDueMs: number;
  readonly outcomeReminderAfterMs: number;
  readonly slotDurationMs: number;
  readonly slotHorizonWeeks: number;
  readonly absenceUndoWindowMs: number;
  /** VIDEO_ROOM_URL_TEMPLATE: a booking's room URL with `{id}` for its room id; null = the slot's link. */
  readonly videoRoomUrlTemplate: string | null;
  readonly closingDays: RawConfig['CLOSING_DAYS'];
  readonly accessTokenTtlMs: number;
  readonly refreshTokenTtlMs: number;
  readonly loginMaxFailures: number;
  readonly loginLockoutMs: number;
  /** Delay of every sign-in attempt on an address with many recent failures (from any client). */
  readonly loginSlowdownMs: number;
  /** Fastify's `trustProxy`: false, a hop count, or the proxies' addresses/CIDRs. */
  readonly trustProxy: false | number | string[];
  readonly invitationTtlMs: number;
  readonly passwordResetTtlMs: number;
  readonly rateLimit: { max: number; windowMs: number };
  /** Local passwords; only switched off while single sign-on is configured. */
  readonly localLoginEnabled: boolean;
  /** Limits of reading one uploaded document in the worker pool, and the pool's size. */
  readonly documents: {
    timeoutMs: number;
    memoryMb: number;
    maxExpandedBytes: number;
    maxZipEntries: number;
    maxTextChars: number;
    workers: number;
  };
  readonly logLevel: RawConfig['LOG_LEVEL'];
  readonly queuePrefix: string;
  readonly instanceId: string | null;
  readonly workerHeartbeatFile: string | null;
  readonly databasePoolMax: number;
  readonly workerConcurrency: number;
  readonly oidc: { issuer: string; clientId: string; clientSecret: string } | null;
  /** The SAML service provider's key pair; SAML sign-in is off without it. */
  readonly samlSp: { privateKey: string; cert: string } | null;
  /** Clock skew accepted on SAML NotBefore/NotOnOrAfter. */
  readonly samlClockSkewMs: number;

  constructor(raw: RawConfig) {
    this.env = raw.NODE_ENV;
    this.port = raw.PORT;
    this.databaseUrl = raw.DATABASE_URL;
    this.redisUrl = raw.REDIS_URL;
    this.redis = parseRedisUrl(raw.REDIS_URL);
    this.smtpUrl = raw.SMTP_URL;
    this.mailFrom = raw.MAIL_FROM;
    this.acutePhone = raw.ACUTE_PHONE ?? null;
    this.appUrl = raw.APP_URL.replace(/\/$/, '');
    this.authSecret = raw.AUTH_SECRET;
    this.caseSummaryKey = Buffer.from(raw.CASE_SUMMARY_KEY, 'base64');
    this.demoData = raw.DEMO_DATA;
    this.demoPassword = raw.DEMO_PASSWORD;
    this.bookingClosesBeforeMs = raw.BOOKING_CLOSES_BEFORE;
    this.maxActiveBookingsPerConsultant = raw.MAX_ACTIVE_BOOKINGS_PER_CONSULTANT;
    this.caseSummaryDueWorkingDays = raw.CASE_SUMMARY_DUE_WORKING_DAYS;
    this.mailSendingLeaseMs = raw.MAIL_SENDING_LEASE;
    this.caseSummaryRetentionMs = raw.CASE_SUMMARY_RETENTION;
    this.reminderOffsetsMs = raw.REMINDER_OFFSETS;
    this.summaryReminderBeforeDueMs = raw.SUMMARY_REMINDER_BEFORE_DUE;
    this.outcomeReminderAfterMs = raw.OUTCOME_REMINDER_AFTER;
    this.slotDurationMs = raw.SLOT_DURATION;
    this.slotHorizonWeeks = raw.SLOT_HORIZON_WEEKS;
    this.absenceUndoWindowMs = raw.ABSENCE_UNDO_WINDOW;
    this.videoRoomUrlTemplate = raw.VIDEO_ROOM_URL_TEMPLATE ?? null;
    this.closingDays = raw.CLOSING_DAYS;
    this.accessTokenTtlMs = raw.ACCESS_TOKEN_TTL;
    this.refreshTokenTtlMs = raw.REFRESH_TOKEN_TTL;
    this.loginMaxFailures = raw.LOGIN_MAX_FAILURES;
    this.loginLockoutMs = raw.LOGIN_LOCKOUT;
    this.loginSlowdownMs = raw.LOGIN_SLOWDOWN;
    this.trustProxy = raw.TRUST_PROXY;
    this.invitationTtlMs = raw.INVITATION_TTL;
    this.passwordResetTtlMs = raw.PASSWORD_RESET_TTL;
    this.rateLimit = { max: raw.RATE_LIMIT_MAX, windowMs: raw.RATE_LIMIT_WINDOW };
    this.documents = {
      timeoutMs: raw.DOCUMENT_TIME_LIMIT,
      memoryMb: raw.DOCUMENT_MEMORY_LIMIT_MB,
      maxExpandedBytes: raw.DOCUMENT_MAX_EXPANDED_MB * 1024 * 1024,
      maxZipEntries: raw.DOCUMENT_MAX_ZIP_ENTRIES,
      maxTextChars: raw.DOCUMENT_MAX_TEXT_CHARS,
      workers: raw.DOCUMENT_WORKERS,
    };
    this.logLevel = raw.LOG_LEVEL;
    this.queuePrefix = raw.QUEUE_PREFIX;
    this.instanceId = raw.INSTANCE_ID ?? null;
    this.workerHeartbeatFile = raw.WORKER_HEARTBEAT_FILE ?? null;
    this.databasePoolMax = raw.DATABASE_POOL_MAX;
    this.workerConcurrency = raw.WORKER_CONCURRENCY;
    this.oidc =
      raw.OIDC_ISSUER && raw.OIDC_CLIENT_ID && raw.OIDC_CLIENT_SECRET
        ? { issuer: raw.OIDC_ISSUER, clientId: raw.OIDC_CLIENT_ID, clientSecret: raw.OIDC_CLIENT_SECRET }
        : null;
    this.samlSp =
      raw.SAML_SP_PRIVATE_KEY && raw.SAML_SP_CERT
        ? { privateKey: pem(raw.SAML_SP_PRIVATE_KEY), cert: pem(raw.SAML_SP_CERT) }
        : null;
    this.samlClockSkewMs = raw.SAML_CLOCK_SKEW;
    this.localLoginEnabled = raw.LOCAL_LOGIN_ENABLED || this.oidc === null;
  }
}

/**
 * The video link of one session: the booking's own room when VIDEO_ROOM_URL_TEMPLATE is set, else
 * the link given on the slot (null when there is none).
 */
export function videoRoomUrl(
  config: Pick<AppConfig, 'videoRoomUrlTemplate'>,
  roomId: string | null,
  slotVideoUrl: string | null,
): string | null {
  if (!config.videoRoomUrlTemplate || !roomId) return slotVideoUrl;
  return config.videoRoomUrlTemplate.split('{id}').join(encodeURIComponent(roomId));
}

/** PEM from an environment variable: `\n` written as two characters (one-line .env files) become newlines. */
function pem(value: string): string {
  return value.replace(/\\n/g, '\n');
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment; throws a ConfigError naming every missing or malformed variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const variable = issue.path.join('.');
      const missing = env[variable] === undefined || env[variable] === '';
      return missing && issue.code === 'invalid_type'
        ? `${variable} is required but not set`
        : `${variable}: ${issue.message}`;
    });
    throw new ConfigError(problems);
  }
  return new AppConfig(result.data);
}
