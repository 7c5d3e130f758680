import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import type { Database, Executor } from './database.js';
import type { DB } from './schema.js';

/** The member columns a bulk load writes, in this order. */
export const MEMBER_COLUMNS = [
  'org_id', 'member_no', 'family_name', 'given_name', 'search_key', 'birth_date', 'phone', 'email',
  'status', 'unit_id', 'placed_on', 'placement_reason', 'joined_on', 'version', 'created_at', 'updated_at',
] as const;

/** One new member row as values in MEMBER_COLUMNS order (tuples, not objects: a million rows allocate less). */
export type MemberTuple = [
  orgId: number,
  memberNo: string,
  familyName: string,
  givenName: string,
  searchKey: string,
  birthDate: string | null,
  phone: string | null,
  email: string | null,
  status: string,
  unitId: number | null,
  placedOn: string | null,
  placementReason: string | null,
  joinedOn: string,
  version: number,
  createdAt: string,
  updatedAt: string,
];

/** One transaction that offers both ordinary queries and the engine's fastest way to append members. */
export interface BulkSession {
  db: Executor;
  /**
   * Appends new members. On PostgreSQL the rows stream through one COPY that stays open across
   * calls, so the server writes while the caller prepares the next rows; any query through `db`
   * first waits for the COPY to complete.
   */
  appendMembers(rows: readonly MemberTuple[]): Promise<void>;
}

/**
 * Runs `work` in a single transaction: committed when it returns, rolled back when it throws, so a
 * bulk load is all-or-nothing. SQLite appends through one prepared statement on the same
 * connection; PostgreSQL through COPY on the transaction's own connection.
 */
export async function withBulkSession<T>(database: Database, work: (s: BulkSession) => Promise<T>): Promise<T> {
  const native = database.native;
  if (native.kind === 'sqlite') {
    const stmt = native.handle.prepare(`insert into members (${MEMBER_COLUMNS.join(', ')}) values (${MEMBER_COLUMNS.map(() => '?').join(', ')})`);
    return database.db.transaction().execute((trx) =>
      work({
        db: trx,
        appendMembers: async (rows) => {
          for (const r of rows) stmt.run(r);
        },
      }),
    );
  }
  const client = await native.pool.connect();
  const copy = new CopyAppender(client);
  // A Kysely bound to this one connection, so its queries share the transaction with COPY.
  const single = new Kysely<DB>({
    dialect: new PostgresDialect({
      pool: {
        connect: async () => {
          await copy.finish();
          return { query: client.query.bind(client) as pg.PoolClient['query'], release: () => undefined };
        },
        end: async () => undefined,
      },
    }),
  });
  try {
    await client.query('begin');
    const result = await work({ db: single, appendMembers: (rows) => copy.append(rows) });
    await copy.finish();
    await client.query('commit');
    return result;
  } catch (e) {
    await copy.abandon();
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
  return v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** A COPY … FROM STDIN kept open while rows keep coming. */
class CopyAppender {
  private stream: ReturnType<typeof copyStreams.from> | null = null;
  private failed: unknown = null;
  private done: Promise<void> | null = null;

  constructor(private readonly client: pg.PoolClient) {}

  async append(rows: readonly MemberTuple[]): Promise<void> {
    if (rows.length === 0) return;
    if (this.failed) throw this.failed;
    if (!this.stream) {
      const stream = this.client.query(copyStreams.from(`copy members (${MEMBER_COLUMNS.join(', ')}) from stdin`));
      this.done = new Promise<void>((resolve, reject) => {
        stream.on('finish', resolve);
        stream.on('error', (e) => {
          this.failed = e;
          reject(e);
        });
      });
      this.done.catch(() => undefined);
      this.stream = stream;
    }
    let text = '';
    for (const r of rows) text += `${r.map(copyText).join('\t')}\n`;
    if (!this.stream.write(text)) await new Promise<void>((resolve) => this.stream?.once('drain', resolve));
  }

  async finish(): Promise<void> {
    if (!this.stream) return;
    const done = this.done;
    this.stream.end();
    this.stream = null;
    this.done = null;
    await done;
  }

  async abandon(): Promise<void> {
    if (!this.stream) return;
    this.stream.destroy(new Error('import abandoned'));
    this.stream = null;
    await this.done?.catch(() => undefined);
  }
}
