import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

// Frozen: PostgreSQL keeps a tenth of each units page free, so the counter updates every member
// change makes (a handful of units rows each) stay on their page and update no index (HOT).
// Applies to pages written from now on. SQLite has no such setting. Never import app code.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against any past schema
type AnyDB = Kysely<any>;

export async function up(db: AnyDB, ctx: MigrationContext): Promise<void> {
  if (ctx.dialect === 'postgres') await sql`alter table units set (fillfactor = 90)`.execute(db);
}

export async function down(db: AnyDB, ctx: MigrationContext): Promise<void> {
  if (ctx.dialect === 'postgres') await sql`alter table units reset (fillfactor)`.execute(db);
}
