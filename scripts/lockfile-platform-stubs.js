#!/usr/bin/env node
// The registry mirror of this workplace serves only the linux-x64 builds of packages with
// per-platform optional binaries, so `npm install` leaves the other platforms out of the lockfile
// and `npm ci` then refuses the lockfile as out of sync. This adds the missing entries with their
// os/cpu constraints — exactly what npm writes against the full registry — so `npm ci` skips them.
// Run after `npm install` whenever it reports "Missing: … from lock file".
const fs = require('node:fs');
const path = require('node:path');

const lockPath = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
const OS = [
  'darwin',
  'linux',
  'win32',
  'android',
  'freebsd',
  'openharmony',
  'sunos',
  'aix',
  'netbsd',
  'openbsd',
];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32', 'mips64el'];

let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`;
    const nested = `${key}/node_modules/${name}`;
    if (lock.packages[target] || lock.packages[nested]) continue;
    const tokens = name.split('/').pop().split('-');
    const os = tokens.filter((t) => OS.includes(t));
    const cpu = tokens.filter((t) => CPU.includes(t));
    if (os.length === 0 && cpu.length === 0) continue; // not a platform binary: leave it to npm
    lock.packages[target] = {
      version: version.replace(/^[\^~]/, ''),
      cpu: cpu.length ? cpu : undefined,
      os: os.length ? os : undefined,
      optional: true,
    };
    added += 1;
  }
}
fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(`lockfile: ${added} platform stub entr${added === 1 ? 'y' : 'ies'} added`);
