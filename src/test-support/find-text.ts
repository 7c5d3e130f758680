import { sql } from 'kysely';
import type { Database } from '../store/database.js';

/** Every (table, column) whose stored text contains `needle`, across the whole database. */
export async function findTextEverywhere(database: Database, needle: string): Promise<string[]> {
  const db = database.db;
  const columns =
    database.dialect === 'sqlite'
      ? (
          await sql<{ t: string; c: string }>`select m.name as t, p.name as c from sqlite_master m join pragma_table_info(m.name) p where m.type = 'table' and m.name not like 'sqlite_%'`.execute(db)
        ).rows
      : (await sql<{ t: string; c: string }>`select table_name as t, column_name as c from information_schema.columns where table_schema = 'public'`.execute(db)).rows;
  const hits: string[] = [];
  for (const { t, c } of columns) {
    const cast = database.dialect === 'sqlite' ? sql`cast(${sql.ref(c)} as text)` : sql`${sql.ref(c)}::text`;
    const res = await sql<{ n: number }>`select count(*) as n from ${sql.table(t)} where ${cast} like ${`%${needle}%`}`.execute(db);
    if (Number(res.rows[0]?.n ?? 0) > 0) hits.push(`${t}.${c}`);
  }
  return hits;
}
