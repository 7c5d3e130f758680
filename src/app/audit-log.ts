import { randomBytes } from 'node:crypto';
import type { Insertable } from 'kysely';
import { chainedHash, eventDataJson, eventHashTail, GENESIS, personalDigest } from '../core/audit/audit-chain.js';
import type { Json } from '../core/audit/canonical-json.js';
import type { Executor } from '../store/database.js';
import { appendAuditEvents, appendPendingAudit, insertAuditPersonal, reserveAuditSeq, type AuditEventInsert, type PendingAuditEvent } from '../store/audit.repository.js';
import type { AuditPersonalTable } from '../store/schema.js';
import { actorName, nowOf, type AppContext } from './context.js';

export const orgChain = (orgId: number): string => `org:${orgId}`;
export const SYSTEM_CHAIN = 'system';

export interface AuditEntry {
  orgId: number | null;
  action: string;
  entityType: string;
  entityId: string | number;
  reason?: string | null | undefined;
  /** Non-personal before/after and details: hashed into the chain as they are. */
  data?: Record<string, Json> | undefined;
  /**
   * Personal fields needed to reconstruct history (names, contacts of a member). Stored apart with a
   * random salt; only their salted digest enters the chain, so an erasure can remove them.
   */
  personal?: { memberId: number; values: Record<string, Json> } | undefined;
}

/**
 * Appends one event to the organization's audit chain (or the system chain) inside the caller's
 * transaction: the event commits with the change it records, or neither does.
 */
export async function recordAudit(trx: Executor, ctx: AppContext, e: AuditEntry): Promise<void> {
  await recordAudits(trx, [{ ctx, entry: e }]);
}

/**
 * Appends several events, in the order given, inside the caller's transaction: per chain one
 * reservation of sequence numbers and one multi-row write, whatever the number of events (group
 * commits such as check-in write a whole batch this way). Each event keeps its own actor and time.
 */
export async function recordAudits(trx: Executor, events: readonly { ctx: AppContext; entry: AuditEntry }[]): Promise<void> {
  const byChain = new Map<string, { ctx: AppContext; entry: AuditEntry }[]>();
  for (const ev of events) {
    const chain = chainOf(ev.entry);
    const list = byChain.get(chain);
    if (list) list.push(ev);
    else byChain.set(chain, [ev]);
  }
  for (const [chain, list] of byChain) {
    const only = list.length === 1 ? list[0] : undefined;
    if (only) {
      // The common case, one event: one statement on PostgreSQL (numbered and hashed by the server).
      const { event, personal } = pendingAudit(only.ctx, only.entry);
      const id = await appendPendingAudit(trx, event);
      if (personal) await insertAuditPersonal(trx, { ...personal, event_id: id });
      continue;
    }
    const first = await reserveAuditSeq(trx, chain, GENESIS, list.length);
    let prevHash = first.prevHash;
    const prepared = list.map(({ ctx, entry }) => pendingAudit(ctx, entry));
    const rows = prepared.map(({ event }, i): AuditEventInsert => {
      const seq = first.seq + i;
      const hash = chainedHash(prevHash, seq, event.tail);
      const row = { ...event.row, chain, seq, prev_hash: prevHash, hash };
      prevHash = hash;
      return row;
    });
    const ids = await appendAuditEvents(trx, rows);
    for (const [i, { personal }] of prepared.entries()) {
      if (personal) await insertAuditPersonal(trx, { ...personal, event_id: ids[i] as number });
    }
  }
}

const chainOf = (e: AuditEntry): string => (e.orgId === null ? SYSTEM_CHAIN : orgChain(e.orgId));

/**
 * An event ready to be appended wherever its chain stands (`appendPendingAudit`, or inside a
 * change's own statement as transfers do), with its personal snapshot to store once its id is known.
 */
export function pendingAudit(ctx: AppContext, e: AuditEntry): { event: PendingAuditEvent; personal: Omit<Insertable<AuditPersonalTable>, 'event_id'> | null } {
  const salt = e.personal ? randomBytes(16).toString('hex') : null;
  const fields = {
    at: nowOf(ctx),
    actor: actorName(ctx.actor),
    action: e.action,
    entityType: e.entityType,
    entityId: String(e.entityId),
    reason: e.reason ?? null,
    dataJson: eventDataJson(e.data ?? {}),
    personalDigest: e.personal && salt ? personalDigest(salt, e.personal.values) : null,
  };
  return {
    event: {
      chain: chainOf(e),
      row: {
        org_id: e.orgId,
        at: fields.at,
        actor: fields.actor,
        action: fields.action,
        entity_type: fields.entityType,
        entity_id: fields.entityId,
        reason: fields.reason,
        data: fields.dataJson,
        personal_digest: fields.personalDigest,
      },
      tail: eventHashTail(fields),
    },
    personal: e.personal && salt ? { org_id: e.orgId, member_id: e.personal.memberId, salt, payload: JSON.stringify(e.personal.values) } : null,
  };
}
