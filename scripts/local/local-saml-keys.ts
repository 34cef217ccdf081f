import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { generate } from 'selfsigned';

/**
 * A self-signed SAML service-provider key pair for a local run (generated once under .data/), so the
 * SP metadata and SAML sign-in work out of the box. Production sets SAML_SP_PRIVATE_KEY/SAML_SP_CERT.
 */
export async function localSamlKeys(
  file: string,
): Promise<{ SAML_SP_PRIVATE_KEY: string; SAML_SP_CERT: string }> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const pems = await generate([{ name: 'commonName', value: 'sparringsportalen-local-sp' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 5 * 365 * 24 * 3600_000),
  });
  const keys = { SAML_SP_PRIVATE_KEY: pems.private, SAML_SP_CERT: pems.cert };
  writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}
