export const PLATFORM_ENV = {
  baseUrl: 'SPARRING_BROWSER_BASE_URL',
  mailApiUrl: 'SPARRING_BROWSER_MAIL_API_URL',
  databaseUrl: 'SPARRING_BROWSER_DATABASE_URL',
} as const;

export function platformUrl(): string {
  const url = process.env[PLATFORM_ENV.baseUrl];
  if (!url)
    throw new Error(
      'The platform is not running: run the browser tests with `npx jest -c jest.browser.config.js`.',
    );
  return url;
}

/** The started platform's database, for the few test steps that must bend time (see journeys spec). */
export function platformDatabaseUrl(): string {
  const url = process.env[PLATFORM_ENV.databaseUrl];
  if (!url)
    throw new Error(
      `${PLATFORM_ENV.databaseUrl} is not set: the spec needs the database of the platform it drives.`,
    );
  return url;
}
