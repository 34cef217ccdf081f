import { copyTemplate } from './test-databases';
import { databaseUrl, readTestRun, workerDatabaseUrl } from './test-env-file';

// Before the first spec file of a Jest worker: the worker's database, copied from the run's migrated
// template (a no-op for the worker's later files). Copied here, not in global setup, because only the
// worker knows its number, and only as many copies are made as workers actually run.
beforeAll(async () => {
  const run = readTestRun();
  await copyTemplate(databaseUrl(run, run.templateDatabase), workerDatabaseUrl(run));
});
