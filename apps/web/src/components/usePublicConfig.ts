import { useEffect, useState } from 'react';
import { configApi } from '../api/endpoints';
import type { PublicConfig } from '../api/types';

// One request per page load: the settings change only with a new deployment.
let cached: Promise<PublicConfig> | null = null;

/** The platform's public settings (`GET /config`); null until answered or when it failed. */
export function usePublicConfig(): PublicConfig | null {
  const [config, setConfig] = useState<PublicConfig | null>(null);
  useEffect(() => {
    let live = true;
    cached ??= configApi.get().catch((error: unknown) => {
      cached = null; // a later page may try again
      throw error;
    });
    cached.then((answer) => live && setConfig(answer)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return config;
}
