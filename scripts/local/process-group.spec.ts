import { once } from 'node:events';
import { hasExited, killAllGroups, spawnInGroup, stopInGroup } from './process-group';

// A child that ignores SIGTERM (as redis-server does when it cannot save) and has a grandchild in its group.
const STUBBORN = `
  process.on('SIGTERM', () => {});
  require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  console.log('ready');
  setInterval(() => {}, 1000);
`;

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function startStubborn() {
  const child = spawnInGroup(process.execPath, ['-e', STUBBORN], { stdio: ['ignore', 'pipe', 'ignore'] });
  await once(child.stdout!, 'data');
  return child;
}

async function waitUntilGone(pgid: number): Promise<boolean> {
  const deadline = Date.now() + 5000;
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return !groupAlive(pgid);
}

describe('process groups of the local launcher', () => {
  it('kills a child that ignores SIGTERM after the grace time, its whole group with it', async () => {
    const child = await startStubborn();
    expect(await stopInGroup(child, { graceMs: 300 })).toBe('killed');
    expect(hasExited(child)).toBe(true);
    expect(await waitUntilGone(child.pid!)).toBe(true);
  });

  it('stops a well-behaved child with the signal alone', async () => {
    const child = spawnInGroup(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    expect(await stopInGroup(child, { graceMs: 5000 })).toBe('stopped');
  });

  it('kills every group at once (a second Ctrl-C)', async () => {
    const children = [await startStubborn(), await startStubborn()];
    killAllGroups();
    for (const child of children) expect(await waitUntilGone(child.pid!)).toBe(true);
  });
});
