import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { migrateToLatest, openDatabase, type Database, type DialectName } from '../store/database.js';

export const dialectNames: readonly DialectName[] = ['sqlite', 'postgres'];

export function postgresAvailable(): boolean {
  return inject('pgUrl') !== '';
}

/**
 * A fresh, migrated, empty database of the given engine: an in-memory SQLite database, or a new
 * database on the test PostgreSQL server that `drop` removes again.
 */
export async function createTestDatabase(dialect: DialectName): Promise<{ database: Database; url: string; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const database = openDatabase(':memory:');
    await migrateToLatest(database);
    return { database, url: ':memory:', drop: () => database.close() };
  }
  const admin = inject('pgUrl');
  const name = `cb_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = admin.replace(/\/[^/]*$/, `/${name}`);
  const database = openDatabase(url);
  await migrateToLatest(database);
  let closed = false;
  const close = database.close;
  const closeOnce = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await close();
  };
  return {
    database: { ...database, close: closeOnce },
    url,
    drop: async () => {
      await closeOnce();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
