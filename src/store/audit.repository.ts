import { PostgresAdapter, sql, type Insertable, type Selectable } from 'kysely';
import { chainedHash, GENESIS } from '../core/audit/audit-chain.js';
import type { Database, Executor } from './database.js';
import { SqlText } from './sql-text.js';
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

export type AuditEventInsert = Insertable<AuditEventTable> & { chain: string; seq: number; hash: string };

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
    const res = await db
      .with('e', () => insertAuditEvents(db, rows).returning(['id', 'seq']))
      .with('h', () => updateAuditHead(db, rows))
      .selectFrom('e')
      .select(['e.id', 'e.seq'])
      .execute();
    return byId(res);
  }
  const res = await insertAuditEvents(db, rows).returning(['id', 'seq']).execute();
  await updateAuditHead(db, rows).execute();
  return byId(res);
}

/** The insert of reserved events; with `updateAuditHead` in the same statement or transaction. */
function insertAuditEvents(db: Executor, rows: readonly AuditEventInsert[]) {
  return db.insertInto('audit_events').values([...rows]);
}

/** Makes the last of `rows` the head of its chain, if the head is still at its number. */
function updateAuditHead(db: Executor, rows: readonly AuditEventInsert[]) {
  const last = rows.at(-1);
  if (!last) throw new Error('updateAuditHead: no events');
  return db.updateTable('audit_heads').set({ hash: last.hash }).where('chain', '=', last.chain).where('seq', '=', last.seq);
}

/**
 * One event whose number, link and hash are taken as it is written: the caller knows its fields and
 * the tail of its hashed text (`eventHashTail`), not yet where in the chain it lands.
 */
export interface PendingAuditEvent {
  chain: string;
  row: Omit<AuditEventInsert, 'chain' | 'seq' | 'prev_hash' | 'hash'>;
  tail: string;
}

/**
 * Appends one pending event; returns its id. PostgreSQL: one statement that locks the chain's head,
 * takes the next number and hashes the event on the server (`linkedAuditCtes`). SQLite, and a chain
 * with no head yet: the number reserved first, the hash computed here, then the append.
 */
export async function appendPendingAudit(db: Executor, e: PendingAuditEvent): Promise<number> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const t = new SqlText(db);
    const res = await db.executeQuery(t.compiled<{ id: number }>(`with ${linkedAudit(t, e, null)} select id from audit_event`));
    const row = res.rows[0];
    if (row) return row.id;
  }
  return appendPendingAuditHere(db, e);
}

/** `appendPendingAudit` with the hash computed in this process (for a chain's first event on PostgreSQL too). */
export async function appendPendingAuditHere(db: Executor, e: PendingAuditEvent): Promise<number> {
  const first = await reserveAuditSeq(db, e.chain, GENESIS, 1);
  const ids = await appendAuditEvents(db, [{ ...e.row, chain: e.chain, seq: first.seq, prev_hash: first.prevHash, hash: chainedHash(first.prevHash, first.seq, e.tail) }]);
  return ids[0] as number;
}

/**
 * PostgreSQL: the text of three common table expressions, `audit_prev`, `audit_head` and
 * `audit_event`, that append `e` to its chain inside a larger statement (values added to `t`).
 * `audit_event` returns the event's id — no row when the chain has no head yet: append it then
 * with `appendPendingAuditHere`.
 *
 * The head is locked (`audit_prev`) only once the SQL condition `after` holds: a statement that also
 * updates other rows makes them its condition (counts of their CTEs), so the head is still locked
 * after everything else, as every transaction here does — in any other order two writers deadlock.
 * The server finishes the hashed text exactly as `chainedText` does and hashes it with SHA-256.
 */
export function linkedAudit(t: SqlText, e: PendingAuditEvent, after: string | null): string {
  const r = e.row;
  const chain = t.param(e.chain);
  const prev = `audit_prev as (select seq, hash from audit_heads where chain = ${chain}${after ? ` and ${after}` : ''} for update)`;
  const head = `audit_head as (update audit_heads
    set seq = audit_prev.seq + 1, hash = encode(sha256(convert_to('["' || audit_prev.hash || '",' || (audit_prev.seq + 1)::text || ',' || ${t.param(e.tail)}::text, 'UTF8')), 'hex')
    from audit_prev where audit_heads.chain = ${chain}
    returning audit_heads.seq, audit_heads.hash, audit_prev.hash as prev_hash)`;
  const event = `audit_event as (insert into audit_events (chain, org_id, seq, at, actor, action, entity_type, entity_id, reason, data, personal_digest, prev_hash, hash)
    select ${chain}::text, ${t.param(r.org_id ?? null)}::bigint, audit_head.seq, ${t.param(r.at)}::text, ${t.param(r.actor)}::text, ${t.param(r.action)}::text,
      ${t.param(r.entity_type)}::text, ${t.param(r.entity_id)}::text, ${t.param(r.reason ?? null)}::text, ${t.param(r.data)}::text, ${t.param(r.personal_digest ?? null)}::text,
      audit_head.prev_hash, audit_head.hash
    from audit_head
    returning id)`;
  return `${prev}, ${head}, ${event}`;
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
