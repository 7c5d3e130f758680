import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreparingPool } from './pg-prepared.js';
import { createTestDatabase, postgresAvailable } from '../test-support/test-databases.js';

describe.skipIf(!postgresAvailable())('PreparingPool (PostgreSQL)', () => {
  let url = '';
  let drop: () => Promise<void> = async () => undefined;
  let pool: pg.Pool;
  beforeAll(async () => {
    const t = await createTestDatabase('postgres');
    url = t.url;
    drop = async () => {
      await t.database.close();
      await t.drop();
    };
    pool = new pg.Pool({ connectionString: url, max: 2 });
  });
  afterAll(async () => {
    await pool.end();
    await drop();
  });

  /** Statements this session holds prepared on the server. */
  const preparedOnServer = async (client: { query: (q: string, p: unknown[]) => Promise<{ rows: unknown[] }> }) =>
    ((await client.query('select name from pg_prepared_statements', [])).rows as { name: string }[]).map((r) => r.name);

  it('prepares a repeated query from its second use and gives the same answers', async () => {
    const preparing = new PreparingPool(pool);
    const client = await preparing.connect();
    try {
      const q = 'select $1::int + 1 as n';
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push((await client.query<{ n: number }>(q, [i])).rows[0]?.n);
      expect(answers).toEqual([1, 2, 3]);
      expect(preparing.preparedCount).toBe(1);
      const name = preparing.nameFor(q);
      expect(await preparedOnServer(client)).toContain(name);
    } finally {
      client.release();
    }
  });

  it('never names transaction control, DDL, or a text seen once', async () => {
    const preparing = new PreparingPool(pool);
    for (let i = 0; i < 3; i++) {
      expect(preparing.nameFor('begin')).toBeUndefined();
      expect(preparing.nameFor('create table if not exists t (n int)')).toBeUndefined();
    }
    expect(preparing.nameFor('select 1 as literal_7')).toBeUndefined();
    expect(preparing.preparedCount).toBe(0);
  });

  it('names at most maxNames texts, then sends the rest unnamed', async () => {
    const preparing = new PreparingPool(pool, { maxNames: 2 });
    const texts = ['select 1', 'select 2', 'select 3'];
    for (const t of [...texts, ...texts]) preparing.nameFor(t);
    expect(preparing.preparedCount).toBe(2);
    expect(preparing.nameFor('select 3')).toBeUndefined();
  });

  it('serves Kysely through openDatabase: transactions and rollbacks still work', async () => {
    const { openDatabase } = await import('./database.js');
    const database = openDatabase(url);
    try {
      await sql`create table if not exists prepared_probe (n int primary key)`.execute(database.db);
      for (let i = 0; i < 3; i++) {
        await database.db.transaction().execute(async (trx) => {
          await sql`insert into prepared_probe (n) values (${i})`.execute(trx);
        });
      }
      await expect(
        database.db.transaction().execute(async (trx) => {
          await sql`insert into prepared_probe (n) values (${100})`.execute(trx);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      const rows = await sql<{ n: number }>`select n from prepared_probe order by n`.execute(database.db);
      expect(rows.rows.map((r) => r.n)).toEqual([0, 1, 2]);
    } finally {
      await database.close();
    }
  });
});
