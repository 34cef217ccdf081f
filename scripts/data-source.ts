import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';

/** For the TypeORM CLI (`npm run migration:generate`), which needs a module exporting a DataSource. */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required but not set');
export default new DataSource(dataSourceOptions(url));
