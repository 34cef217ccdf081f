import { Client } from 'pg';

const SAFE_NAME = /^[A-Za-z0-9_]+$/;

function nameOf(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
  if (!SAFE_NAME.test(name))
    throw new Error(`Database name "${name}" must be letters, digits and underscores`);
  return name;
}

async function onServer<T>(databaseUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Makes a migrated database the template of the run: nobody may connect to it any more, because
 * PostgreSQL copies a database only while it has no sessions (the copies are made while specs run).
 */
export function freezeTemplate(templateUrl: string): Promise<void> {
  return onServer(templateUrl, async (client) => {
    await client.query(`ALTER DATABASE "${nameOf(templateUrl)}" ALLOW_CONNECTIONS false`);
  });
}

/**
 * Creates `databaseUrl`'s database as a copy of the template (schema and migration history; a copy
 * takes well under a second, migrating from scratch many) unless it exists already.
 */
export function copyTemplate(templateUrl: string, databaseUrl: string): Promise<void> {
  const [template, name] = [nameOf(templateUrl), nameOf(databaseUrl)];
  return onServer(databaseUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  });
}

/** Drops every database whose name starts with `prefix` (the run's own: template and copies). */
export function dropDatabasesStartingWith(serverUrl: string, prefix: string): Promise<string[]> {
  if (!SAFE_NAME.test(prefix) || prefix.length < 16)
    throw new Error(`Refusing to drop databases "${prefix}*"`);
  return onServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
      [prefix],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    return rows.map((row) => row.datname);
  });
}
