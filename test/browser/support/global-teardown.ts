import { stopPlatform, type Platform } from './platform';

export default async function globalTeardown(): Promise<void> {
  const platform = (globalThis as { __sparringBrowserPlatform?: Platform }).__sparringBrowserPlatform;
  if (platform) await stopPlatform(platform);
}
