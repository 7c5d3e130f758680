import { AppError } from '../core/errors.js';
import { scopedOrg, unitFor } from './access.js';
import { recordAudit } from './audit-log.js';
import { moveAllMembers } from '../store/member.repository.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { CounterDeltas } from './counter-deltas.js';
import { dissolveUnitIn } from './dissolve-unit.js';
import { endTermsLeftByGroup } from './member-placement.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason, resolveUnit, type UnitRef } from './refs.js';
import { recordUnitEvent } from './unit-history.js';
import { unitView, type UnitView } from './views.js';

export interface MergeUnitsInput {
  org: string;
  /** The unit that is merged away (dissolved). */
  source: UnitRef;
  /** The unit that receives the members and continues. */
  target: UnitRef;
  reason: string;
  sourceVersion?: number | undefined;
  targetVersion?: number | undefined;
}

/** Merges one member-holding unit into another of the same kind; the source is dissolved. */
export async function mergeUnits(ctx: AppContext, input: MergeUnitsInput): Promise<UnitView> {
  const reason = requireReason(input.reason);
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { org, rules } = s;
    const source = await unitFor(trx, s, input.source, 'write_structure', { label: 'Source unit', active: true });
    const target = await unitFor(trx, s, input.target, 'write_structure', { label: 'Target unit', active: true });
    checkVersion(`Unit '${source.code}'`, source.version, input.sourceVersion);
    checkVersion(`Unit '${target.code}'`, target.version, input.targetVersion);
    if (source.id === target.id) throw new AppError('validation_failed', 'A unit cannot be merged into itself');
    if (source.kind !== target.kind) {
      throw new AppError('rule_violation', `Only units of the same kind can merge ('${source.code}' is a ${source.kind}, '${target.code}' a ${target.kind})`);
    }
    if (!rules.kind(source.kind).holdsMembers) throw new AppError('rule_violation', `A ${rules.kind(source.kind).name.en} holds no members; move its sub-units instead`);
    const on = todayOf(ctx);
    const at = nowOf(ctx);
    await endTermsLeftByGroup(trx, org.id, source.path, target.path, on, `merged into ${target.code}: ${reason}`);
    const moved = await moveAllMembers(trx, org.id, source.id, target.id, on, `merged from ${source.code}: ${reason}`, at);
    const deltas = new CounterDeltas().members(source.path, -moved).members(target.path, moved);
    const emptied = { ...source, direct_members: 0 };
    await dissolveUnitIn(trx, org.id, emptied, on, at, reason, { targetCode: target.code, membersMoved: moved }, deltas, 'merged_into');
    await recordUnitEvent(trx, { orgId: org.id, unitId: target.id, type: 'merged_from', on, reason, detail: { sourceCode: source.code, membersMoved: moved }, at });
    await deltas.apply(trx, org.id);
    await recordAudit(trx, ctx, { orgId: org.id, action: 'unit.merge', entityType: 'unit', entityId: source.id, reason, data: { sourceCode: source.code, targetId: target.id, targetCode: target.code, membersMoved: moved } });
    return unitView(await resolveUnit(trx, org.id, { id: target.id }));
  });
}
