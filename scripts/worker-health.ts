import { statSync } from 'node:fs';

/**
 * Container health check of the worker: `node dist/scripts/worker-health.js <heartbeat file> [max age s]`
 * exits 0 when the worker touched the file (PostgreSQL and Redis answered) within the max age (60 s).
 */
const [file, maxAge = '60'] = process.argv.slice(2);
if (!file) {
  console.error('usage: worker-health <heartbeat file> [max age in seconds]');
  process.exit(2);
}
try {
  const age = (Date.now() - statSync(file).mtimeMs) / 1000;
  if (age > Number(maxAge)) {
    console.error(`worker heartbeat is ${Math.round(age)} s old`);
    process.exit(1);
  }
} catch {
  console.error('worker heartbeat file missing');
  process.exit(1);
}
