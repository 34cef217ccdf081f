import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Secrets for a local run, generated once and kept under .data/ so sessions survive a restart. */
export function localSecrets(file: string): { AUTH_SECRET: string; CASE_SUMMARY_KEY: string } {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const secrets = {
    AUTH_SECRET: randomBytes(48).toString('base64'),
    CASE_SUMMARY_KEY: randomBytes(32).toString('base64'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
