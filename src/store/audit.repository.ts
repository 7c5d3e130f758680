import { PostgresAdapter, sql, type Insertable, type Selectable } from 'kysely';
import type { Database, Executor } from './database.js';
import type { AuditEventTable, AuditPersonalTable } from './schema.js';

export type AuditEventRow = Selectable<AuditEventTable>;

/**
 * Takes the next `count` sequence numbers of a chain: one statement that locks the chain's head row
 * (so appends are strictly ordered; PostgreSQL holds the row lock to commit, SQLite writers are
 * serial anyway), advances its `seq` and returns the first number taken with the previous event's
 * hash (`genesis` for a new chain). `appendAuditEvents` then writes the events and the head's new hash.
 */
export async function reserveAuditSeq(db: Executor, chain: string, genesis: string, count = 1): Promise<{ seq: number; prevHash: string }> {
  const n = Math.max(1, Math.trunc(count));
  const res = await sql<{ seq: number; hash: string }>`insert into audit_heads (chain, seq, hash) values (${chain}, ${n}, ${genesis})
    on conflict (chain) do update set seq = audit_heads.seq + ${n}
    returning seq, hash`.execute(db);
  const row = res.rows[0];
  if (!row) throw new Error(`audit head of ${chain} was not returned`);
  return { seq: Number(row.seq) - n + 1, prevHash: row.hash };
}

type AuditEventInsert = Insertable<AuditEventTable> & { chain: string; seq: number; hash: string };

/**
 * Writes reserved events (consecutive, in chain order) and makes the last one's hash the chain's
 * head; returns their ids in the same order. PostgreSQL: one statement (a round trip saved on the
 * hottest write paths); SQLite: two, in-process.
 */
export async function appendAuditEvents(db: Executor, rows: readonly AuditEventInsert[]): Promise<number[]> {
  const last = rows.at(-1);
  if (!last) return [];
  const byId = (returned: { id: number; seq: number | string }[]): number[] => {
    const ids = new Map(returned.map((r) => [Number(r.seq), r.id]));
    return rows.map((r) => {
      const id = ids.get(r.seq);
      if (id === undefined) throw new Error(`audit event ${r.chain}#${r.seq} was not returned`);
      return id;
    });
  };
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const insert = db.insertInto('audit_events').values([...rows]).returning(['id', 'seq']);
    const res = await db
      .with('e', () => insert)
      .with('h', (qc) => qc.updateTable('audit_heads').set({ hash: last.hash }).where('chain', '=', last.chain).where('seq', '=', last.seq))
      .selectFrom('e')
      .select(['e.id', 'e.seq'])
      .execute();
    return byId(res);
  }
  const res = await db.insertInto('audit_events').values([...rows]).returning(['id', 'seq']).execute();
  await db.updateTable('audit_heads').set({ hash: last.hash }).where('chain', '=', last.chain).where('seq', '=', last.seq).execute();
  return byId(res);
}

export async function insertAuditPersonal(db: Executor, row: Insertable<AuditPersonalTable>): Promise<void> {
  await db.insertInto('audit_personal').values(row).execute();
}

export async function readAuditHead(db: Executor, chain: string): Promise<{ seq: number; hash: string } | undefined> {
  const row = await db.selectFrom('audit_heads').select(['seq', 'hash']).where('chain', '=', chain).executeTakeFirst();
  return row ? { seq: Number(row.seq), hash: row.hash } : undefined;
}

export async function listAuditChains(db: Executor): Promise<string[]> {
  return (await db.selectFrom('audit_heads').select('chain').orderBy('chain').execute()).map((r) => r.chain);
}

export async function listEntityAuditEvents(db: Executor, orgId: number, entityType: string, entityId: string): Promise<AuditEventRow[]> {
  return db.selectFrom('audit_events').selectAll().where('org_id', '=', orgId).where('entity_type', '=', entityType).where('entity_id', '=', entityId).orderBy('seq').execute();
}

export async function findAuditPersonal(db: Executor, eventIds: readonly number[]): Promise<{ event_id: number; payload: string }[]> {
  if (eventIds.length === 0) return [];
  return db.selectFrom('audit_personal').select(['event_id', 'payload']).where('event_id', 'in', eventIds).execute();
}

/** Deletes the personal snapshots (and their salts) recorded about a member; returns how many. */
export async function deletePersonalSnapshots(db: Executor, orgId: number, memberId: number): Promise<number> {
  const res = await db.deleteFrom('audit_personal').where('org_id', '=', orgId).where('member_id', '=', memberId).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/**
 * Calls `visit` with every event of a chain in order, as positional rows (seq, at, actor, action,
 * entity_type, entity_id, reason, data, personal_digest, prev_hash, hash); `visit` returns false to
 * stop. SQLite streams rows straight from the driver; PostgreSQL reads pages in array mode.
 */
export type ChainTuple = [number, string, string, string, string, string, string | null, string, string | null, string, string];

const CHAIN_COLUMNS = 'seq, at, actor, action, entity_type, entity_id, reason, data, personal_digest, prev_hash, hash';

export async function forEachChainEvent(database: Database, chain: string, visit: (row: ChainTuple) => boolean): Promise<void> {
  const native = database.native;
  if (native.kind === 'sqlite') {
    const stmt = native.handle.prepare(`select ${CHAIN_COLUMNS} from audit_events where chain = ? order by seq`).raw(true);
    for (const row of stmt.iterate(chain) as IterableIterator<ChainTuple>) if (!visit(row)) return;
    return;
  }
  let after = 0;
  for (;;) {
    const res = await native.pool.query<ChainTuple>({ text: `select ${CHAIN_COLUMNS} from audit_events where chain = $1 and seq > $2 order by seq limit 50000`, values: [chain, after], rowMode: 'array' });
    if (res.rows.length === 0) return;
    for (const row of res.rows) {
      row[0] = Number(row[0]);
      if (!visit(row)) return;
    }
    after = res.rows[res.rows.length - 1]?.[0] ?? after;
  }
}
