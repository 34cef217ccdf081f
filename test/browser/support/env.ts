export const PLATFORM_ENV = {
  baseUrl: 'SPARRING_BROWSER_BASE_URL',
  mailApiUrl: 'SPARRING_BROWSER_MAIL_API_URL',
} as const;

export function platformUrl(): string {
  const url = process.env[PLATFORM_ENV.baseUrl];
  if (!url)
    throw new Error(
      'The platform is not running: run the browser tests with `npx jest -c jest.browser.config.js`.',
    );
  return url;
}
