import 'reflect-metadata';
import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '@app/config';
import { dataSourceOptions, runMigrations } from '@app/database';
import { startEmbeddedPostgres } from './local/embedded-postgres';
import { ensureDatabase } from './local/ensure-database';
import { freePort, isPortTaken } from './local/free-port';
import { hasExited, killAllGroups, spawnInGroup, stopInGroup } from './local/process-group';
import { localSamlKeys } from './local/local-saml-keys';
import { localSecrets } from './local/local-secrets';
import { MailCatcher } from './local/mail-catcher';
import { RedisServerMissingError, startRedisServer } from './local/redis-server';
import { repoRoot } from './local/repo-root';
import { seedDemoData } from './seed/seed-demo-data';
import { DEMO_ACCOUNTS } from './seed/demo-organisation';

/**
 * `npm start`: a working platform on one machine. Whatever DATABASE_URL, REDIS_URL and SMTP_URL name
 * is used as it is; whatever is missing is started here (embedded PostgreSQL, redis-server from PATH,
 * a local mail catcher with a web inbox) and stopped again on Ctrl-C or SIGTERM: the api and the worker
 * first (they still reach Redis and PostgreSQL while they finish), then Redis, PostgreSQL and the mail
 * catcher, all within STOP_BUDGET_MS; a second Ctrl-C kills everything at once. Each child runs in a
 * process group of its own, so the terminal's Ctrl-C reaches only this launcher.
 */
const STOP_BUDGET_MS = 9_500;
const apps: ChildProcess[] = [];
const services: { redis?: () => Promise<void>; postgres?: () => Promise<void>; mail?: () => Promise<void> } =
  {};
const log = (message: string) => console.log(`[sparring] ${message}`);

/** `preferred` when it is free, else a free port — said out loud, so nobody wonders where things went. */
async function portOr(preferred: number, what: string): Promise<number> {
  if (!(await isPortTaken(preferred))) return preferred;
  const port = await freePort();
  log(`Port ${preferred} is already in use; ${what} uses port ${port} instead.`);
  return port;
}

/** The first free port from `preferred` on (the api's port is printed, so a neighbour is friendlier than a random one). */
async function nextFreePort(preferred: number): Promise<number> {
  for (let port = preferred; port < Math.min(preferred + 50, 65536); port++)
    if (!(await isPortTaken(port))) return port;
  return freePort();
}

async function main(): Promise<void> {
  const root = repoRoot();
  // SPARRING_DATA_DIR: another data folder than .data/ (the launcher's own test uses a scratch folder).
  const dataDir = process.env.SPARRING_DATA_DIR ?? join(root, '.data');
  mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env };
  env.DEMO_DATA ??= 'true';
  env.LOG_LEVEL ??= 'warn';
  const wanted = Number(env.PORT ?? 3000);
  const port = await nextFreePort(wanted);
  if (port !== wanted)
    log(`Port ${wanted} is already in use by another program; using port ${port} instead.`);
  env.PORT = String(port);
  if (env.APP_URL && port !== wanted)
    log(`APP_URL stays ${env.APP_URL}: links in mails will not point at port ${port}.`);
  env.APP_URL ??= `http://localhost:${port}`;
  // Lets the readiness check tell this api from any other program answering on the port.
  env.INSTANCE_ID = randomBytes(12).toString('hex');
  Object.assign(env, {
    ...localSecrets(join(dataDir, 'local-secrets.json')),
    ...pick(process.env, 'AUTH_SECRET', 'CASE_SUMMARY_KEY'),
  });
  if (!env.SAML_SP_PRIVATE_KEY || !env.SAML_SP_CERT)
    Object.assign(env, await localSamlKeys(join(dataDir, 'local-saml-sp.json')));

  let mailInbox: string | null = null;
  if (!env.DATABASE_URL) {
    log(`Starting embedded PostgreSQL (data in ${join(dataDir, 'postgres')}) …`);
    const postgres = await startEmbeddedPostgres(
      join(dataDir, 'postgres'),
      await portOr(54329, 'the embedded PostgreSQL'),
    );
    services.postgres = postgres.stop;
    const url = new URL(postgres.url);
    url.pathname = '/sparring';
    env.DATABASE_URL = url.toString();
  }
  if (stopping) return;
  if (!env.REDIS_URL) {
    log(`Starting redis-server (data in ${join(dataDir, 'redis')}) …`);
    const redis = await startRedisServer(join(dataDir, 'redis'), await portOr(6380, 'redis-server'));
    services.redis = redis.stop;
    env.REDIS_URL = redis.url;
  }
  if (stopping) return;
  if (!env.SMTP_URL) {
    const catcher = await new MailCatcher(
      await portOr(1025, 'the mail catcher (SMTP)'),
      Number(env.MAIL_UI_PORT ?? 0) || (await portOr(1080, 'the mail inbox')),
    ).start();
    services.mail = () => catcher.stop();
    env.SMTP_URL = catcher.smtpUrl;
    mailInbox = catcher.inboxUrl;
  }

  const config = loadConfig(env);
  await ensureDatabase(config.databaseUrl);
  const applied = await runMigrations(config.databaseUrl, { caseSummaryKey: config.caseSummaryKey });
  if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
  if (config.demoData) {
    const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
    try {
      const started = Date.now();
      const seeded = await seedDemoData(dataSource, config);
      log(
        `Demo data ready (${seeded.created} rows, ${seeded.slotsCreated} slots, ${seeded.historyBookings} past bookings created; ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    } finally {
      await dataSource.destroy();
    }
  }
  if (stopping) return;

  for (const app of ['api', 'worker']) {
    const child = spawnInGroup(process.execPath, [join(root, 'dist', 'apps', app, 'src', 'main.js')], {
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code, signal) => {
      if (!stopping) {
        console.error(`[sparring] The ${app} stopped (${signal ?? code}); stopping everything.`);
        void shutdown(1);
      }
    });
    apps.push(child);
  }
  await waitForReady(`http://127.0.0.1:${config.port}`, config.instanceId!);
  if (stopping) return;

  const demo = config.demoData
    ? [
        '',
        'Demo logins (password: ' + config.demoPassword + '):',
        ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(10)} ${a.email}`),
        'Administrators must use two-step verification: the first sign-in as admin asks you to scan a QR',
        'code with an authenticator app (Microsoft/Google Authenticator, 1Password, …) and shows recovery codes.',
      ]
    : [];
  console.log(
    [
      '',
      `Sparringsportalen kører på http://localhost:${config.port}`,
      `  API-dokumentation: http://localhost:${config.port}/api/docs`,
      `  E-mail-indbakke:   ${mailInbox ?? `(mail goes to ${redactUrl(config.smtpUrl)})`}`,
      ...demo,
      '',
      'Stop with Ctrl-C.',
    ].join('\n'),
  );
}

let stopping: Promise<void> | null = null;

function shutdown(code: number): Promise<void> {
  stopping ??= (async () => {
    log('Stopping …');
    const force = setTimeout(() => {
      log('Not everything stopped in time; killing what is left.');
      killAllGroups();
      process.exit(1);
    }, STOP_BUDGET_MS);
    force.unref();
    // The api and worker first: they finish their work while Redis and PostgreSQL are still there.
    await Promise.all(apps.map((child) => stopInGroup(child, { graceMs: 5000 })));
    for (const stop of [services.redis, services.postgres, services.mail])
      await stop?.().catch(() => undefined);
    process.exit(code);
  })();
  return stopping;
}

/** Waits until THIS api answers: /health/live names our instance id, then /health/ready is up. */
async function waitForReady(base: string, instanceId: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && !stopping) {
    if (apps.some(hasExited)) throw new Error('The api or the worker exited while starting');
    try {
      const live = await fetch(`${base}/health/live`);
      const body = live.ok ? ((await live.json()) as { instance?: string }) : {};
      if (body.instance === instanceId && (await fetch(`${base}/health/ready`)).ok) return;
    } catch {
      // not listening yet, or someone else's program: keep waiting for ours
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!stopping) throw new Error(`The api did not become ready at ${base}`);
}

function pick(env: NodeJS.ProcessEnv, ...names: string[]): NodeJS.ProcessEnv {
  return Object.fromEntries(names.filter((name) => env[name]).map((name) => [name, env[name]]));
}

function redactUrl(value: string): string {
  const url = new URL(value);
  if (url.password) url.password = '***';
  return url.toString();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) {
      log('Second signal: killing everything now.');
      killAllGroups();
      process.exit(130);
    }
    void shutdown(0);
  });
}
// Whatever way this process ends, it leaves no process of its own behind.
process.on('exit', killAllGroups);
main().catch(async (error: unknown) => {
  console.error(
    error instanceof ConfigError || error instanceof RedisServerMissingError
      ? error.message
      : error instanceof Error
        ? error.stack
        : error,
  );
  await shutdown(1);
});
