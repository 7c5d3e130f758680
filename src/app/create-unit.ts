import { AppError } from '../core/errors.js';
import { scopedOrg, unitFor } from './access.js';
import { recordAudit } from './audit-log.js';
import { childPath, depthOf } from '../core/unit-path.js';
import { findUnitByCode, insertUnit, type UnitRow } from '../store/unit.repository.js';
import { reserveSequence } from '../store/org.repository.js';
import type { Executor } from '../store/database.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { CounterDeltas } from './counter-deltas.js';
import { loadOrg, type OrgScope } from './org-scope.js';
import { resolveUnit, type UnitRef } from './refs.js';
import { recordUnitEvent } from './unit-history.js';
import { unitView, type UnitView } from './views.js';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export interface CreateUnitInput {
  org: string;
  name: string;
  kind: string;
  parent?: UnitRef | null | undefined;
  code?: string | undefined;
  reason?: string | undefined;
}

export function checkUnitName(name: string): string {
  const n = name.trim().normalize('NFC');
  if (n === '' || n.length > 200) {
    throw new AppError('validation_failed', 'A unit name is required (at most 200 characters)', { problems: [{ path: 'name', message: 'must be 1–200 characters' }] });
  }
  return n;
}

export function checkUnitCode(code: string): void {
  if (!CODE.test(code)) {
    throw new AppError('validation_failed', `'${code}' cannot be a unit code`, {
      problems: [{ path: 'code', message: '1–40 letters, digits, . _ or -, starting with a letter or digit' }],
    });
  }
}

/** Creates a unit inside an open transaction; shared by create, split and the units import. */
export async function createUnitIn(
  trx: Executor,
  scope: OrgScope,
  input: { name: string; kind: string; parent: UnitRow | null; code?: string | undefined; reason: string | null; on: string; at: string; detail?: Record<string, unknown> },
  deltas: CounterDeltas,
): Promise<UnitRow> {
  const { org, rules } = scope;
  rules.assertPlacement(input.kind, input.parent?.kind ?? null);
  const name = checkUnitName(input.name);
  let code = input.code?.trim();
  if (code) {
    checkUnitCode(code);
    if (await findUnitByCode(trx, org.id, code)) {
      throw new AppError('already_exists', `Unit code '${code}' is already used in this organization`, { problems: [{ path: 'code', message: 'choose another code' }] });
    }
  } else {
    // Generated codes skip any code a user happened to pick that looks the same.
    for (;;) {
      code = `U${String(await reserveSequence(trx, org.id, 'unit_code_seq', 1)).padStart(6, '0')}`;
      if (!(await findUnitByCode(trx, org.id, code))) break;
    }
  }
  // The id is needed for the path, so insert with a placeholder path and set it right after.
  const row = await insertUnit(trx, {
    org_id: org.id,
    code,
    name,
    kind: input.kind,
    parent_id: input.parent?.id ?? null,
    path: `~${code}`,
    depth: 0,
    status: 'active',
    direct_members: 0,
    subtree_members: 0,
    subtree_units: 0,
    created_on: input.on,
    dissolved_on: null,
    version: 1,
    created_at: input.at,
    updated_at: input.at,
  });
  const path = childPath(input.parent?.path ?? null, row.id);
  await trx.updateTable('units').set({ path, depth: depthOf(path) }).where('id', '=', row.id).execute();
  deltas.subtree(path, 0, 1);
  await recordUnitEvent(trx, {
    orgId: org.id,
    unitId: row.id,
    type: 'created',
    on: input.on,
    reason: input.reason,
    detail: { name, kind: input.kind, parentCode: input.parent?.code ?? null, ...input.detail },
    at: input.at,
  });
  return { ...row, path, depth: depthOf(path), subtree_units: 1 };
}

export async function createUnit(ctx: AppContext, input: CreateUnitInput): Promise<UnitView> {
  return inTransaction(ctx, async (trx) => {
    const scope = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const parent = input.parent ? await unitFor(trx, scope, input.parent, 'write_structure', { label: 'Parent unit', active: true }) : null;
    if (!parent && !scope.access.unrestricted) throw new AppError('forbidden', 'Only administrators create top units');
    const deltas = new CounterDeltas();
    const unit = await createUnitIn(
      trx,
      scope,
      { name: input.name, kind: input.kind, parent, code: input.code, reason: input.reason?.trim() || null, on: todayOf(ctx), at: nowOf(ctx) },
      deltas,
    );
    await deltas.apply(trx, scope.org.id);
    await recordAudit(trx, ctx, { orgId: scope.org.id, action: 'unit.create', entityType: 'unit', entityId: unit.id, reason: input.reason?.trim() || null, data: { code: unit.code, name: unit.name, kind: unit.kind, parentCode: parent?.code ?? null } });
    return unitView(await resolveUnit(trx, scope.org.id, { id: unit.id }));
  });
}
