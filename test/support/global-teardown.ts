import { readFileSync, rmSync } from 'node:fs';
import { dropDatabase } from '../../scripts/local/ensure-database';
import { RUN_ID_VARIABLE, testEnvFile } from './test-env-file';

export default async function globalTeardown(): Promise<void> {
  const file = testEnvFile(process.env[RUN_ID_VARIABLE]!);
  const env = JSON.parse(readFileSync(file, 'utf8')) as { DATABASE_URL: string };
  if (!process.env.KEEP_TEST_DATABASE) await dropDatabase(env.DATABASE_URL);
  rmSync(file, { force: true });
  const stops = (globalThis as { __sparringStops?: (() => Promise<void>)[] }).__sparringStops ?? [];
  for (const stop of stops.reverse()) await stop();
}
