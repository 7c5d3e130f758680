import { ChainVerifier, type ChainBreak } from '../core/audit/audit-chain.js';
import type { Json } from '../core/audit/canonical-json.js';
import { findAuditPersonal, forEachChainEvent, listAuditChains, listEntityAuditEvents, readAuditHead } from '../store/audit.repository.js';
import { orgChain } from './audit-log.js';
import { readDb, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { allowsOrgWide, isUnrestricted, memberFor, scopedOrg, unitFor } from './access.js';
import { AppError } from '../core/errors.js';

export interface ChainReport {
  chain: string;
  events: number;
  head: { seq: number; hash: string } | null;
  intact: boolean;
  /** The first broken link, with what is wrong there. */
  problem: string | null;
}

const describeBreak = (b: ChainBreak): string =>
  b.kind === 'sequence'
    ? `event ${b.expected} is missing or out of order (found ${b.seq} in its place)`
    : b.kind === 'link'
      ? `event ${b.seq} does not link to the event before it`
      : `event ${b.seq} was changed after it was written`;

/**
 * Verifies audit chains from their first event: every link, every hash, no gaps, and that the chain
 * ends at the stored head (and at `expectHead`, a head kept outside the system, when given).
 */
export async function verifyAudit(ctx: AppContext, opts: { org?: string | undefined; expectHead?: string | undefined } = {}): Promise<ChainReport[]> {
  const db = readDb(ctx);
  const chains = await chainsFor(ctx, opts.org);
  const reports: ChainReport[] = [];
  for (const chain of chains) {
    const v = new ChainVerifier();
    let problem: string | null = null;
    await forEachChainEvent(ctx.database, chain, (r) => {
      const broken = v.check({ seq: r[0], at: r[1], actor: r[2], action: r[3], entityType: r[4], entityId: r[5], reason: r[6], dataJson: r[7], personalDigest: r[8], prevHash: r[9], hash: r[10] });
      if (broken) problem = describeBreak(broken);
      return broken === null;
    });
    const stored = (await readAuditHead(db, chain)) ?? null;
    if (!problem && stored && (stored.seq !== v.checked || stored.hash !== v.head)) {
      problem = `the chain ends at event ${v.checked} but its head says ${stored.seq}: events were removed from the end`;
    }
    if (!problem && opts.expectHead) {
      const [seqText, hash] = opts.expectHead.includes(':') ? (opts.expectHead.split(':') as [string, string]) : [String(v.checked), opts.expectHead];
      if (Number(seqText) > v.checked) problem = `the head kept outside names event ${seqText}, but the chain has only ${v.checked}`;
      else if (Number(seqText) === v.checked && hash !== v.head) problem = 'the chain does not end at the head kept outside';
    }
    reports.push({ chain, events: v.checked, head: stored, intact: problem === null, problem });
  }
  return reports;
}

export async function auditHeads(ctx: AppContext, org?: string): Promise<{ chain: string; seq: number; hash: string }[]> {
  const db = readDb(ctx);
  const chains = await chainsFor(ctx, org);
  const out: { chain: string; seq: number; hash: string }[] = [];
  for (const chain of chains) {
    const head = await readAuditHead(db, chain);
    if (head) out.push({ chain, ...head });
  }
  return out;
}

/**
 * Chains the actor may verify: one organization's for those who may read all of it; every chain
 * (the system one included) only for administrators and the local operator.
 */
async function chainsFor(ctx: AppContext, org: string | undefined): Promise<string[]> {
  const db = readDb(ctx);
  if (org) {
    const scope = await scopedOrg(db, ctx, await loadOrg(db, org));
    if (!(await allowsOrgWide(db, scope, 'read'))) throw new AppError('forbidden', 'Verifying the audit trail needs read access to the whole organization');
    return [orgChain(scope.org.id)];
  }
  if (!(await isUnrestricted(db, ctx))) throw new AppError('forbidden', 'Only administrators verify every chain; name an organization with --org');
  return listAuditChains(db);
}

export interface AuditEventView {
  seq: number;
  at: string;
  actor: string;
  action: string;
  reason: string | null;
  data: Json;
  /** Personal fields recorded with the event; null when it had none or they were erased. */
  personal: Json | null;
}

/** The audit history of one unit or member. */
export async function entityAuditHistory(ctx: AppContext, org: string, entityType: 'unit' | 'member', entityId: number): Promise<AuditEventView[]> {
  const db = readDb(ctx);
  const scope = await scopedOrg(db, ctx, await loadOrg(db, org));
  const row = scope.org;
  // Checking first makes a missing or out-of-scope entity a 404 rather than an empty history.
  if (entityType === 'unit') await unitFor(db, scope, { id: entityId }, 'read');
  else await memberFor(db, scope, { id: entityId }, 'read');
  const events = await listEntityAuditEvents(db, row.id, entityType, String(entityId));
  const personal = new Map((await findAuditPersonal(db, events.map((e) => e.id))).map((p) => [p.event_id, JSON.parse(p.payload) as Json]));
  return events.map((e) => ({ seq: Number(e.seq), at: e.at, actor: e.actor, action: e.action, reason: e.reason, data: JSON.parse(e.data) as Json, personal: personal.get(e.id) ?? null }));
}
