import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { createAdmin } from './admin/create-admin';

const USAGE =
  'usage: node dist/scripts/create-admin.js --email <e-mail> --name <name> --region-code <code> [--region-name <name>]\n' +
  '       the password comes from ADMIN_PASSWORD or, when unset, from the first line of stdin';

/** Creates the first administrator account of a production install. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      'region-code': { type: 'string' },
      'region-name': { type: 'string' },
    },
  });
  if (!values.email || !values.name || !values['region-code']) throw new Error(USAGE);
  const password = process.env.ADMIN_PASSWORD ?? (await firstLineOfStdin());
  const config = loadConfig();
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  try {
    const id = await createAdmin(dataSource, {
      email: values.email,
      name: values.name,
      regionCode: values['region-code'],
      regionName: values['region-name'],
      password,
    });
    console.log(`Administrator ${values.email} created (id ${id})`);
  } finally {
    await dataSource.destroy();
  }
}

async function firstLineOfStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0];
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
