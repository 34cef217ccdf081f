import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '@app/config';
import { dataSourceOptions, runMigrations } from '@app/database';
import { startEmbeddedPostgres } from './local/embedded-postgres';
import { ensureDatabase } from './local/ensure-database';
import { freePort, isPortTaken } from './local/free-port';
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
 * a local mail catcher with a web inbox) and stopped again on Ctrl-C.
 */
const stops: (() => Promise<void> | void)[] = [];
const children: ChildProcess[] = [];
const log = (message: string) => console.log(`[sparring] ${message}`);

async function portOr(preferred: number): Promise<number> {
  return (await isPortTaken(preferred)) ? freePort() : preferred;
}

async function main(): Promise<void> {
  const root = repoRoot();
  const dataDir = join(root, '.data');
  mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env };
  env.DEMO_DATA ??= 'true';
  env.LOG_LEVEL ??= 'warn';
  env.PORT ??= '3000';
  env.APP_URL ??= `http://localhost:${env.PORT}`;
  Object.assign(env, {
    ...localSecrets(join(dataDir, 'local-secrets.json')),
    ...pick(process.env, 'AUTH_SECRET', 'CASE_SUMMARY_KEY'),
  });
  if (!env.SAML_SP_PRIVATE_KEY || !env.SAML_SP_CERT)
    Object.assign(env, await localSamlKeys(join(dataDir, 'local-saml-sp.json')));

  let mailInbox: string | null = null;
  if (!env.DATABASE_URL) {
    log('Starting embedded PostgreSQL (data in .data/postgres) …');
    const postgres = await startEmbeddedPostgres(join(dataDir, 'postgres'), await portOr(54329));
    stops.push(postgres.stop);
    const url = new URL(postgres.url);
    url.pathname = '/sparring';
    env.DATABASE_URL = url.toString();
  }
  if (!env.REDIS_URL) {
    log('Starting redis-server (data in .data/redis) …');
    const redis = await startRedisServer(join(dataDir, 'redis'), await portOr(6380));
    stops.push(redis.stop);
    env.REDIS_URL = redis.url;
  }
  if (!env.SMTP_URL) {
    const catcher = await new MailCatcher(
      await portOr(1025),
      Number(env.MAIL_UI_PORT ?? 0) || (await portOr(1080)),
    ).start();
    stops.push(() => catcher.stop());
    env.SMTP_URL = catcher.smtpUrl;
    mailInbox = catcher.inboxUrl;
  }

  const config = loadConfig(env);
  await ensureDatabase(config.databaseUrl);
  const applied = await runMigrations(config.databaseUrl);
  if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
  if (config.demoData) {
    const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
    try {
      const seeded = await seedDemoData(dataSource, config);
      log(`Demo data ready (${seeded.created} rows and ${seeded.slotsCreated} slots created)`);
    } finally {
      await dataSource.destroy();
    }
  }

  for (const app of ['api', 'worker']) {
    const child = spawn(process.execPath, [join(root, 'dist', 'apps', app, 'src', 'main.js')], {
      env,
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => {
      if (!shuttingDown) {
        console.error(`[sparring] The ${app} stopped (${signal ?? code}); stopping everything.`);
        void shutdown(1);
      }
    });
    children.push(child);
  }
  await waitForReady(`http://127.0.0.1:${config.port}/health/ready`);

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

let shuttingDown = false;
async function shutdown(code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  log('Stopping …');
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  for (const stop of stops.reverse()) await stop();
  process.exit(code);
}

async function waitForReady(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The api did not become ready at ${url}`);
}

function pick(env: NodeJS.ProcessEnv, ...names: string[]): NodeJS.ProcessEnv {
  return Object.fromEntries(names.filter((name) => env[name]).map((name) => [name, env[name]]));
}

function redactUrl(value: string): string {
  const url = new URL(value);
  if (url.password) url.password = '***';
  return url.toString();
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
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
