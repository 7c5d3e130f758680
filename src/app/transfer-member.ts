import { isIsoDate } from '../core/dates.js';
import { actorAccessOf, assertNotOwnRecord, checkMember, checkUnit, withAccess } from './access.js';
import { pendingAudit } from './audit-log.js';
import { AppError } from '../core/errors.js';
import { isActiveStatus, type MemberStatus } from '../core/member-status.js';
import { inTransaction, nowOf, readDb, todayOf, type AppContext } from './context.js';
import type { Executor } from '../store/database.js';
import { CounterDeltas } from './counter-deltas.js';
import { placeMember } from './member-placement.js';
import { orgScopeOf } from './org-scope.js';
import { readForMove } from '../store/member-move.repository.js';
import { checkVersion, requireReason, type MemberRef, type UnitRef } from './refs.js';
import { memberView, type MemberView } from './views.js';

export interface TransferMemberInput {
  org: string;
  member: MemberRef;
  to: UnitRef;
  reason: string;
  on?: string | undefined;
  version?: number | undefined;
}

/**
 * Places an active member in another unit; the old placement goes into their history.
 *
 * On PostgreSQL the common case takes two round trips and no transaction: one statement reads
 * everything, and one statement writes everything — placement, history, counters, audit event —
 * only if the member is still at the version read (`guarded`). When that write cannot be (the member
 * changed meanwhile, holds an office, the chain has no head yet) nothing was written, and the
 * transfer runs again in a transaction, as on SQLite.
 */
export async function transferMember(ctx: AppContext, input: TransferMemberInput): Promise<MemberView> {
  const reason = requireReason(input.reason);
  const today = todayOf(ctx);
  const on = input.on ?? today;
  if (!isIsoDate(on) || on > today) {
    throw new AppError('validation_failed', 'The transfer date is not valid', { problems: [{ path: 'on', message: 'a date (YYYY-MM-DD) not in the future' }] });
  }
  if (ctx.database.dialect === 'postgres') {
    const db = readDb(ctx);
    const done = await transferOn(db, ctx, input, { today, on, reason, guarded: true });
    if (done) return done;
  }
  return inTransaction(ctx, async (trx) => {
    const done = await transferOn(trx, ctx, input, { today, on, reason, guarded: false });
    if (!done) throw new Error('transfer: an unguarded placement is written or throws');
    return done;
  });
}

/** The transfer on `db`; undefined when `guarded` and the one-statement write could not be. */
async function transferOn(db: Executor, ctx: AppContext, input: TransferMemberInput, o: { today: string; on: string; reason: string; guarded: boolean }): Promise<MemberView | undefined> {
  const { on, reason } = o;
  // The organization, the actor's access, the member, both units and the member's open offices:
  // one statement on PostgreSQL, since this is the hottest write path.
  const read = await readForMove(db, {
    slug: input.org,
    member: input.member,
    target: input.to,
    on,
    access: ctx.actor.kind === 'user' ? { userId: ctx.actor.userId, on: o.today } : null,
  });
  const s = withAccess(orgScopeOf(input.org, read.org), actorAccessOf(ctx, read.access));
  const { org, rules } = s;
  const found = read.move;
  const member = await checkMember(db, s, found?.member, found?.current, input.member, 'write_members');
  assertNotOwnRecord(s, member, 'unit');
  checkVersion(`Member '${member.member_no}'`, member.version, input.version);
  if (!isActiveStatus(member.status as MemberStatus)) {
    throw new AppError('invalid_transition', `Member '${member.member_no}' is ${member.status} and cannot be transferred`, { hint: 'Readmit the person first' });
  }
  const target = checkUnit(s, found?.target, input.to, 'write_members', { label: 'Target unit', active: true });
  if (!rules.kind(target.kind).holdsMembers) {
    throw new AppError('rule_violation', `A ${rules.kind(target.kind).name.en} does not hold members`, { hint: `Transfer to a ${rules.memberKinds().map((k) => k.name.en).join(' or ')}` });
  }
  const current = found?.current ?? null;
  const at = nowOf(ctx);
  const { event: audit } = pendingAudit(ctx, { orgId: org.id, action: 'member.transfer', entityType: 'member', entityId: member.id, reason, data: { before: { unitCode: current?.code ?? null }, after: { unitCode: target.code }, on } });
  // The placement, its history, the counters and the audit event: one statement on PostgreSQL.
  const placed = await placeMember(db, org.id, member, current, target, { on, at, reason, deltas: new CounterDeltas(), openTerms: found?.openTerms, writeCounters: true, audit, guarded: o.guarded });
  if (!placed) return undefined;
  return memberView({ ...member, unit_id: target.id, placed_on: on, placement_reason: reason, updated_at: at, version: member.version + 1 });
}
