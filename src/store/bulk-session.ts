import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import type { Database, Executor } from './database.js';
import type { DB, MemberTable } from './schema.js';
import type { Insertable } from 'kysely';

export type NewMemberRow = Omit<Insertable<MemberTable>, 'id'> & {
  org_id: number;
  member_no: string;
  family_name: string;
  given_name: string;
  search_key: string;
  birth_date: string | null;
  phone: string | null;
  email: string | null;
  status: string;
  unit_id: number | null;
  placed_on: string | null;
  placement_reason: string | null;
  joined_on: string;
  version: number;
  created_at: string;
  updated_at: string;
};

const MEMBER_COLUMNS = [
  'org_id', 'member_no', 'family_name', 'given_name', 'search_key', 'birth_date', 'phone', 'email',
  'status', 'unit_id', 'placed_on', 'placement_reason', 'joined_on', 'version', 'created_at', 'updated_at',
] as const;

/** One transaction that offers both ordinary queries and the engine's fastest way to append members. */
export interface BulkSession {
  db: Executor;
  insertMembers(rows: readonly NewMemberRow[]): Promise<void>;
}

/**
 * Runs `work` in a single transaction: committed when it returns, rolled back when it throws, so a
 * bulk load is all-or-nothing. SQLite appends through one prepared statement on the same
 * connection; PostgreSQL through COPY on the transaction's own connection.
 */
export async function withBulkSession<T>(database: Database, work: (s: BulkSession) => Promise<T>): Promise<T> {
  const native = database.native;
  if (native.kind === 'sqlite') {
    const stmt = native.handle.prepare(
      `insert into members (${MEMBER_COLUMNS.join(', ')}) values (${MEMBER_COLUMNS.map(() => '?').join(', ')})`,
    );
    return database.db.transaction().execute((trx) =>
      work({
        db: trx,
        insertMembers: async (rows) => {
          for (const r of rows) stmt.run(MEMBER_COLUMNS.map((c) => r[c]));
        },
      }),
    );
  }
  const client = await native.pool.connect();
  // A Kysely bound to this one connection, so its queries share the transaction with COPY.
  const single = new Kysely<DB>({
    dialect: new PostgresDialect({
      pool: {
        options: {},
        connect: async () => ({ query: client.query.bind(client) as pg.PoolClient['query'], release: () => undefined }),
        end: async () => undefined,
      },
    }),
  });
  try {
    await client.query('begin');
    const result = await work({ db: single, insertMembers: (rows) => copyMembers(client, rows) });
    await client.query('commit');
    return result;
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    client.release();
    await single.destroy();
  }
}

function copyText(v: string | number | null): string {
  if (v === null) return '\\N';
  if (typeof v === 'number') return String(v);
  return v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

async function copyMembers(client: pg.PoolClient, rows: readonly NewMemberRow[]): Promise<void> {
  if (rows.length === 0) return;
  const stream = client.query(copyStreams.from(`copy members (${MEMBER_COLUMNS.join(', ')}) from stdin`));
  const text = rows.map((r) => MEMBER_COLUMNS.map((c) => copyText(r[c] as string | number | null)).join('\t')).join('\n') + '\n';
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.on('finish', () => resolve());
    stream.end(text);
  });
}
