import { AppError } from '../core/errors.js';
import { scopedOrg, unitFor } from './access.js';
import { recordAudit } from './audit-log.js';
import { findMembersByIds } from '../store/member.repository.js';
import { resolveUnit } from './refs.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { CounterDeltas } from './counter-deltas.js';
import { createUnitIn } from './create-unit.js';
import { placeMember } from './member-placement.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason, type UnitRef } from './refs.js';
import { recordUnitEvent } from './unit-history.js';
import { unitView, type UnitView } from './views.js';

export interface SplitUnitInput {
  org: string;
  unit: UnitRef;
  /** Ids of the members who go to the new sibling unit. */
  memberIds: number[];
  newName: string;
  newCode?: string | undefined;
  reason: string;
  version?: number | undefined;
  /** Check and report the result without writing anything. */
  dryRun?: boolean | undefined;
}

export interface SizeCheck {
  size: number;
  min: number | null;
  max: number | null;
  withinBounds: boolean;
}

export interface SplitUnitResult {
  dryRun: boolean;
  source: UnitView;
  created: UnitView | null;
  sizes: { source: SizeCheck; created: SizeCheck };
}

class DryRunRollback extends Error {}

/** Splits a unit: the chosen members go to a new sibling of the same kind. */
export async function splitUnit(ctx: AppContext, input: SplitUnitInput): Promise<SplitUnitResult> {
  const reason = requireReason(input.reason);
  const ids = [...new Set(input.memberIds)];
  if (ids.length === 0) throw new AppError('validation_failed', 'Choose at least one member for the new unit', { problems: [{ path: 'memberIds', message: 'must not be empty' }] });
  let result: SplitUnitResult | undefined;
  try {
    await inTransaction(ctx, async (trx) => {
      const scope = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
      const { org, rules } = scope;
      const unit = await unitFor(trx, scope, input.unit, 'write_structure', { active: true });
      checkVersion(`Unit '${unit.code}'`, unit.version, input.version);
      const kind = rules.kind(unit.kind);
      if (!kind.holdsMembers) throw new AppError('rule_violation', `A ${kind.name.en} holds no members to split`);
      if (unit.parent_id === null) throw new AppError('rule_violation', 'The top unit cannot be split');
      const members = await findMembersByIds(trx, org.id, ids);
      const outside = ids.filter((id) => !members.some((m) => m.id === id && m.unit_id === unit.id));
      if (outside.length > 0) {
        throw new AppError('validation_failed', `${outside.length} chosen member(s) are not in '${unit.code}'`, {
          problems: outside.map((id) => ({ path: 'memberIds', message: `member id ${id} is not in this unit` })),
        });
      }
      const parent = await resolveUnit(trx, org.id, { id: unit.parent_id });
      const on = todayOf(ctx);
      const at = nowOf(ctx);
      const deltas = new CounterDeltas();
      const created = await createUnitIn(trx, scope, { name: input.newName, kind: unit.kind, parent, code: input.newCode, reason, on, at, detail: { splitFrom: unit.code } }, deltas);
      for (const m of members) {
        await placeMember(trx, org.id, m, unit, created, { on, at, reason: `split: ${reason}`, deltas });
      }
      await recordUnitEvent(trx, { orgId: org.id, unitId: unit.id, type: 'split', on, reason, detail: { newUnitCode: created.code, membersMoved: members.length }, at });
      await recordUnitEvent(trx, { orgId: org.id, unitId: created.id, type: 'split_from', on, reason, detail: { sourceCode: unit.code, membersMoved: members.length }, at });
      await deltas.apply(trx, org.id);
      await recordAudit(trx, ctx, { orgId: org.id, action: 'unit.split', entityType: 'unit', entityId: unit.id, reason, data: { code: unit.code, newUnitId: created.id, newUnitCode: created.code, memberIds: members.map((m) => m.id) } });
      const check = (size: number): SizeCheck => ({
        size,
        min: kind.size?.min ?? null,
        max: kind.size?.max ?? null,
        withinBounds: !kind.size || (size >= kind.size.min && size <= kind.size.max),
      });
      result = {
        dryRun: input.dryRun === true,
        source: unitView(await resolveUnit(trx, org.id, { id: unit.id })),
        created: input.dryRun ? null : unitView(await resolveUnit(trx, org.id, { id: created.id })),
        sizes: { source: check(unit.direct_members - members.length), created: check(members.length) },
      };
      if (input.dryRun) throw new DryRunRollback();
    });
  } catch (e) {
    if (!(e instanceof DryRunRollback)) throw e;
  }
  if (!result) throw new Error('split produced no result');
  if (result.dryRun) {
    // The rolled-back transaction's view of the source is not real: report the stored one.
    const { org } = await loadOrg(ctx.database.db, input.org);
    result.source = unitView(await resolveUnit(ctx.database.db, org.id, { id: result.source.id }));
  }
  return result;
}
