import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from './wait-for';

const root = join(__dirname, '..', '..');
// One lock per checkout: parallel Jest workers of this checkout share its dist/.
const lock = join(
  tmpdir(),
  `sparring-build-${createHash('sha1').update(root).digest('hex').slice(0, 12)}.lock`,
);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the lock (a directory: mkdir is atomic); a lock whose owner died is taken over. */
function tryLock(): boolean {
  try {
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(process.pid));
    return true;
  } catch {
    let owner = 0;
    try {
      owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    } catch {
      // just taken: its owner has not written its pid yet
    }
    if (owner && !alive(owner)) rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

/**
 * `npm start`'s incremental build (scripts/build-changed.js: tsc and Vite into dist/, quick when
 * nothing changed), for the specs that run the built processes. One at a time: spec files in parallel
 * Jest workers would otherwise write the same dist/ files at once.
 */
export async function buildChanged({ unlessExists }: { unlessExists?: string } = {}): Promise<void> {
  await waitFor(tryLock, { timeout: 300_000, interval: 250, what: `the build lock ${lock}` });
  try {
    // A spec that needs only some built file skips the build when it is there (after any running build).
    if (unlessExists && existsSync(unlessExists)) return;
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-changed.js')], {
      cwd: root,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
