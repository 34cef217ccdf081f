import { PLATFORM_ENV } from './env';
import { startPlatform } from './platform';

/**
 * Once per browser-test run: start the built platform; the specs read its address from the
 * environment. With SPARRING_BROWSER_BASE_URL already set (e.g. to a running `npm start`), that
 * platform is used instead and nothing is started.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env[PLATFORM_ENV.baseUrl]) return;
  const platform = await startPlatform();
  process.env[PLATFORM_ENV.baseUrl] = platform.baseUrl;
  process.env[PLATFORM_ENV.mailApiUrl] = platform.mailApiUrl;
  process.env[PLATFORM_ENV.databaseUrl] = platform.databaseUrl;
  (globalThis as { __sparringBrowserPlatform?: typeof platform }).__sparringBrowserPlatform = platform;
}
