#!/usr/bin/env node
// `npm start`'s build: only what changed since the last build.
// - server: `tsc` with incremental build info (dist/.tsbuildinfo), then tsc-alias only when tsc emitted;
// - web: `vite build` only when a file under apps/web, package-lock.json or the Vite config is newer
//   than the stamp written after the last successful web build.
// `npm run build` (CI, Docker) still builds everything from scratch.
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const webStamp = join(root, 'dist', 'web', '.build-stamp');
const serverInfo = join(root, 'dist', '.tsbuildinfo');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const started = Date.now();
const infoBefore = existsSync(serverInfo) ? statSync(serverInfo).mtimeMs : 0;
run(bin('tsc'), ['-p', 'tsconfig.build.json', '--incremental', '--tsBuildInfoFile', serverInfo]);
const infoAfter = existsSync(serverInfo) ? statSync(serverInfo).mtimeMs : 0;
const serverChanged = infoAfter !== infoBefore || !existsSync(join(root, 'dist', 'scripts', 'start.js'));
if (serverChanged) run(bin('tsc-alias'), ['-p', 'tsconfig.build.json']);

const webInputs = Math.max(
  newestMtime(join(root, 'apps', 'web')),
  newestMtime(join(root, 'package-lock.json')),
);
const webBuilt = existsSync(webStamp) ? statSync(webStamp).mtimeMs : 0;
const webChanged = webInputs > webBuilt;
if (webChanged) {
  run(bin('vite'), ['build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn']);
  writeFileSync(webStamp, new Date().toISOString());
}
console.log(
  `[sparring] Build: server ${serverChanged ? 'rebuilt' : 'unchanged'}, web ${webChanged ? 'rebuilt' : 'unchanged'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
