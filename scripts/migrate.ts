import { runMigrations } from '@app/database';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (used by the containers too). */
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required but not set');
  process.exit(1);
}
// The booking-question data migration encrypts old clear-text questions with the api's key.
const key = process.env.CASE_SUMMARY_KEY;
runMigrations(url, { caseSummaryKey: key ? Buffer.from(key, 'base64') : undefined })
  .then((applied) =>
    console.log(
      applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date',
    ),
  )
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
