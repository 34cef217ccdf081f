#!/usr/bin/env node
// Generates a TypeORM migration from the difference between the entities and a database migrated to
// the latest migration. `--check` fails (exit 1) when that difference is not empty: schema drift.
// Needs a server: DATABASE_URL, or the local PostgreSQL on 127.0.0.1:5432. Uses a throw-away database.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');
const { ensureDatabase, dropDatabase } = require('../dist/scripts/local/ensure-database');
const { runMigrations } = require('../dist/libs/database/src/migrate');

async function main() {
  const check = process.argv.includes('--check');
  const name = process.argv.find((arg, i) => i > 1 && !arg.startsWith('--')) ?? 'schema-change';
  const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  server.pathname = `/sparring_migration_${process.pid}_${Date.now()}`;
  const url = server.toString();
  await ensureDatabase(url);
  try {
    await runMigrations(url);
    const cli = join(__dirname, '..', 'node_modules', 'typeorm', 'cli.js');
    const dataSource = join(__dirname, '..', 'dist', 'scripts', 'data-source.js');
    const args = [cli, 'migration:generate', join('migrations', name), '-d', dataSource, '--pretty'];
    if (check) args.push('--check');
    execFileSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
    if (check) console.log('Schema check: entities and migrations agree.');
  } finally {
    await dropDatabase(url);
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
