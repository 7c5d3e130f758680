import { PostgresAdapter, sql, type Insertable, type Selectable } from 'kysely';
import type { Database, Executor } from './database.js';
import type { AuditEventTable, AuditPersonalTable } from './schema.js';

export type AuditEventRow = Selectable<AuditEventTable>;

/**
 * Takes the next sequence number of a chain: one statement that locks the chain's head row (so
 * appends are strictly ordered; PostgreSQL holds the row lock to commit, SQLite writers are serial
 * anyway), advances its `seq` and returns it with the previous event's hash (`genesis` for a new
 * chain). `appendAuditEvent` then writes the event and the head's new hash.
 */
export async function reserveAuditSeq(db: Executor, chain: string, genesis: string): Promise<{ seq: number; prevHash: string }> {
  const res = await sql<{ seq: number; hash: string }>`insert into audit_heads (chain, seq, hash) values (${chain}, 1, ${genesis})
    on conflict (chain) do update set seq = audit_heads.seq + 1
    returning seq, hash`.execute(db);
  const row = res.rows[0];
  if (!row) throw new Error(`audit head of ${chain} was not returned`);
  return { seq: Number(row.seq), prevHash: row.hash };
}

/**
 * Writes a reserved event and makes its hash the chain's head. PostgreSQL: one statement (a
 * round trip saved on the hottest write paths); SQLite: two, in-process.
 */
export async function appendAuditEvent(db: Executor, row: Insertable<AuditEventTable> & { chain: string; seq: number; hash: string }): Promise<number> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const insert = db.insertInto('audit_events').values(row).returning('id');
    const res = await db
      .with('e', () => insert)
      .with('h', (qc) => qc.updateTable('audit_heads').set({ hash: row.hash }).where('chain', '=', row.chain).where('seq', '=', row.seq))
      .selectFrom('e')
      .select('e.id')
      .executeTakeFirstOrThrow();
    return res.id;
  }
  const r = await db.insertInto('audit_events').values(row).returning('id').executeTakeFirstOrThrow();
  await db.updateTable('audit_heads').set({ hash: row.hash }).where('chain', '=', row.chain).where('seq', '=', row.seq).execute();
  return r.id;
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
