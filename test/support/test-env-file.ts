import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where global setup leaves the connection details for the test workers (one file per jest run). */
export const testEnvFile = (runId: string) => join(tmpdir(), `sparring-test-env-${runId}.json`);
export const RUN_ID_VARIABLE = 'SPARRING_TEST_RUN_ID';
