import { AppError } from '../core/errors.js';
import { scopedOrg, unitFor } from './access.js';
import { recordAudit } from './audit-log.js';
import { childPath, depthOf, isInSubtree, subtreeRange } from '../core/unit-path.js';
import { rewriteSubtreePaths, updateUnitIfVersion } from '../store/unit.repository.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { CounterDeltas } from './counter-deltas.js';
import { endTermsLeftByGroup } from './member-placement.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason, resolveUnit, staleWrite, type UnitRef } from './refs.js';
import { recordUnitEvent } from './unit-history.js';
import { unitView, type UnitView } from './views.js';

export interface MoveUnitInput {
  org: string;
  unit: UnitRef;
  newParent: UnitRef;
  reason: string;
  version?: number | undefined;
}

/** Re-parents a unit with its whole subtree; counters of old and new ancestors follow. */
export async function moveUnit(ctx: AppContext, input: MoveUnitInput): Promise<UnitView> {
  const reason = requireReason(input.reason);
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { org, rules } = s;
    const unit = await unitFor(trx, s, input.unit, 'write_structure', { active: true });
    checkVersion(`Unit '${unit.code}'`, unit.version, input.version);
    const parent = await unitFor(trx, s, input.newParent, 'write_structure', { label: 'New parent unit', active: true });
    if (isInSubtree(parent.path, unit.path)) {
      throw new AppError('rule_violation', `Unit '${unit.code}' cannot move under '${parent.code}': that unit is ${parent.id === unit.id ? 'itself' : 'inside its own subtree'}`, {
        hint: 'Choose a parent outside the unit\'s subtree',
      });
    }
    if (parent.id === unit.parent_id) throw new AppError('validation_failed', `Unit '${unit.code}' is already under '${parent.code}'`);
    rules.assertPlacement(unit.kind, parent.kind);
    const oldParent = unit.parent_id === null ? null : await resolveUnit(trx, org.id, { id: unit.parent_id });
    const newPath = childPath(parent.path, unit.id);
    const at = nowOf(ctx);
    if (!(await updateUnitIfVersion(trx, org.id, unit.id, unit.version, { parent_id: parent.id, updated_at: at }))) throw staleWrite(`Unit '${unit.code}'`);
    // Officers of the old ancestors who sit in the moved subtree no longer belong under them.
    await endTermsLeftByGroup(trx, org.id, unit.path, newPath, todayOf(ctx), `moved under ${parent.code}: ${reason}`);
    const range = subtreeRange(unit.path);
    await rewriteSubtreePaths(trx, org.id, unit.path, newPath, range.low, range.high);
    const deltas = new CounterDeltas();
    if (oldParent) deltas.subtree(oldParent.path, -unit.subtree_members, -unit.subtree_units);
    deltas.subtree(parent.path, unit.subtree_members, unit.subtree_units);
    await deltas.apply(trx, org.id);
    await recordUnitEvent(trx, {
      orgId: org.id,
      unitId: unit.id,
      type: 'moved',
      on: todayOf(ctx),
      reason,
      detail: { fromParentCode: oldParent?.code ?? null, fromParentId: oldParent?.id ?? null, toParentCode: parent.code, fromDepth: unit.depth, toDepth: depthOf(newPath) },
      at,
    });
    await recordAudit(trx, ctx, { orgId: org.id, action: 'unit.move', entityType: 'unit', entityId: unit.id, reason, data: { before: { parentCode: oldParent?.code ?? null }, after: { parentCode: parent.code } } });
    return unitView(await resolveUnit(trx, org.id, { id: unit.id }));
  });
}
