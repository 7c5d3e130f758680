import { randomBytes } from 'node:crypto';
import { eventDataJson, eventHash, GENESIS, personalDigest } from '../core/audit/audit-chain.js';
import type { Json } from '../core/audit/canonical-json.js';
import type { Executor } from '../store/database.js';
import { appendAuditEvent, insertAuditPersonal, reserveAuditSeq } from '../store/audit.repository.js';
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
  const chain = e.orgId === null ? SYSTEM_CHAIN : orgChain(e.orgId);
  const { seq, prevHash } = await reserveAuditSeq(trx, chain, GENESIS);
  const salt = e.personal ? randomBytes(16).toString('hex') : null;
  const fields = {
    seq,
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
  const eventId = await appendAuditEvent(trx, {
    chain,
    org_id: e.orgId,
    seq,
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
  });
  if (e.personal && salt) {
    await insertAuditPersonal(trx, { event_id: eventId, org_id: e.orgId, member_id: e.personal.memberId, salt, payload: JSON.stringify(e.personal.values) });
  }
}
