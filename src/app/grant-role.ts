import { isIsoDate } from '../core/dates.js';
import { AppError } from '../core/errors.js';
import { grantableRoles, type Role } from '../core/access-policy.js';
import { endGrant, findGrant, findUserAccess, insertGrant } from '../store/grant.repository.js';
import { findUnitById } from '../store/unit.repository.js';
import { checkUnit, scopedOrg, unitFor } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { resolveUser } from './user-queries.js';
import { requireReason, type UnitRef } from './refs.js';

export interface GrantView {
  id: number;
  userId: number;
  unitId: number;
  role: string;
  startOn: string;
  endOn: string | null;
}

/** Grants a role at a unit (applying to its subtree). Needs `admin` there: org administrators grant. */
export async function grantRole(ctx: AppContext, input: { org: string; userId?: number; username?: string; unit: UnitRef; role: string; endOn?: string | null | undefined; reason: string }): Promise<GrantView> {
  const reason = requireReason(input.reason);
  if (!(grantableRoles as readonly string[]).includes(input.role)) {
    throw new AppError('validation_failed', `'${input.role}' cannot be granted`, { problems: [{ path: 'role', message: `one of ${grantableRoles.join(', ')} (officers and members get access from their office and membership)` }] });
  }
  const today = todayOf(ctx);
  if (input.endOn && (!isIsoDate(input.endOn) || input.endOn <= today)) throw new AppError('validation_failed', 'The end date is not valid', { problems: [{ path: 'endOn', message: 'a date after today, YYYY-MM-DD' }] });
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const unit = await unitFor(trx, s, input.unit, 'admin', { active: true });
    const userId = input.userId ?? (input.username !== undefined ? (await resolveUser(trx, input.username)).id : undefined);
    if (userId === undefined || !(await findUserAccess(trx, userId))) throw new AppError('not_found', `User ${input.userId ?? input.username ?? ''} was not found`);
    // A time-limited administrator must not make their access permanent, nor anyone widen their own.
    if (!s.access.unrestricted && ctx.actor.kind === 'user' && ctx.actor.userId === userId) throw new AppError('forbidden', 'You may not grant yourself a role', { hint: 'Another administrator has to do it' });
    const row = await insertGrant(trx, { org_id: s.org.id, user_id: userId, unit_id: unit.id, role: input.role as Role, start_on: today, end_on: input.endOn ?? null, created_at: nowOf(ctx) });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'grant.create', entityType: 'grant', entityId: row.id, reason, data: { userId, unitCode: unit.code, role: input.role, endOn: input.endOn ?? null } });
    return { id: row.id, userId: row.user_id, unitId: row.unit_id, role: row.role, startOn: row.start_on, endOn: row.end_on };
  });
}

/** Ends a grant today. */
export async function revokeGrant(ctx: AppContext, input: { org: string; grantId: number; reason: string }): Promise<void> {
  const reason = requireReason(input.reason);
  await inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const grant = await findGrant(trx, s.org.id, input.grantId);
    const missing = new AppError('not_found', `Grant ${input.grantId} was not found`);
    if (!grant) throw missing;
    const unit = await findUnitById(trx, s.org.id, grant.unit_id);
    if (!unit || !s.access.allows('read', unit.path)) throw missing;
    checkUnit(s, unit, { id: unit.id }, 'admin');
    const today = todayOf(ctx);
    if (grant.end_on !== null && grant.end_on <= today) throw new AppError('invalid_transition', `Grant ${grant.id} already ended on ${grant.end_on}`);
    await endGrant(trx, s.org.id, grant.id, today);
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'grant.end', entityType: 'grant', entityId: grant.id, reason, data: { userId: grant.user_id, unitCode: unit.code, role: grant.role } });
  });
}
