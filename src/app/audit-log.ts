import { randomBytes } from 'node:crypto';
import { eventDataJson, eventHash, GENESIS, personalDigest } from '../core/audit/audit-chain.js';
import type { Json } from '../core/audit/canonical-json.js';
import type { Executor } from '../store/database.js';
import { appendAuditEvents, insertAuditPersonal, reserveAuditSeq } from '../store/audit.repository.js';
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
    const chain = ev.entry.orgId === null ? SYSTEM_CHAIN : orgChain(ev.entry.orgId);
    const list = byChain.get(chain);
    if (list) list.push(ev);
    else byChain.set(chain, [ev]);
  }
  for (const [chain, list] of byChain) {
    const first = await reserveAuditSeq(trx, chain, GENESIS, list.length);
    let prevHash = first.prevHash;
    const salts: (string | null)[] = [];
    const rows = list.map(({ ctx, entry: e }, i) => {
      const salt = e.personal ? randomBytes(16).toString('hex') : null;
      salts.push(salt);
      const fields = {
        seq: first.seq + i,
        at: nowOf(ctx),
        actor: actorName(ctx.actor),
        action: e.action,
        entityType: e.entityType,
        entityId: String(e.entityId),
        reason: e.reason ?? null,
        dataJson: eventDataJson(e.data ?? {}),
        personalDigest: e.personal && salt ? personalDigest(salt, e.personal.values) : null,
      };
      const hash = eventHash(prevHash, fields);
      const row = {
        chain,
        org_id: e.orgId,
        seq: fields.seq,
        at: fields.at,
        actor: fields.actor,
        action: fields.action,
        entity_type: fields.entityType,
        entity_id: fields.entityId,
        reason: fields.reason,
        data: fields.dataJson,
        personal_digest: fields.personalDigest,
        prev_hash: prevHash,
        hash,
      };
      prevHash = hash;
      return row;
    });
    const ids = await appendAuditEvents(trx, rows);
    for (const [i, { entry: e }] of list.entries()) {
      const salt = salts[i];
      if (e.personal && salt) {
        await insertAuditPersonal(trx, { event_id: ids[i] as number, org_id: e.orgId, member_id: e.personal.memberId, salt, payload: JSON.stringify(e.personal.values) });
      }
    }
  }
}
