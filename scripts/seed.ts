import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { seedDemoData } from './seed/seed-demo-data';

/** `npm run seed`: the demo data of DEMO_DATA=true, on its own. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.demoData) {
    // Demo accounts with a published password have no place in a real installation.
    console.error(
      'DEMO_DATA is not true: no demo data seeded (set DEMO_DATA=true for a trial installation).',
    );
    process.exit(1);
  }
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  try {
    const result = await seedDemoData(dataSource, config);
    console.log(
      `Demo data: ${result.created} rows, ${result.slotsCreated} slots and ${result.historyBookings} past bookings created`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
