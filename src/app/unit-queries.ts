import { pathIds, subtreeRange } from '../core/unit-path.js';
import { listOfficeHolders, type OfficeHolder } from './office-queries.js';
import { heldOffices } from '../store/office.repository.js';
import { findUnitInOrg, findUnitsByIds, listChildUnits, listUnitEvents, listUnits as listUnitRows } from '../store/unit.repository.js';
import { readDb, todayOf, type AppContext } from './context.js';
import { scopedOrg, unitFor, type ScopedOrg } from './access.js';
import { loadOrg } from './org-scope.js';
import { clampLimit, decodeCursor, toPage, type Page } from './pagination.js';
import { resolveUnit, type UnitRef } from './refs.js';
import { unitEventView, unitView, type UnitEventView, type UnitView } from './views.js';

export interface UnitDetail extends UnitView {
  parentCode: string | null;
  offices: OfficeHolder[];
  /** What the asking user may do here, so a client shows only the actions that will succeed. */
  allowed: UnitPermission[];
}

const unitPermissions = ['read', 'read_names', 'write_members', 'write_structure', 'run_meetings'] as const;
export type UnitPermission = (typeof unitPermissions)[number];

export async function getUnit(ctx: AppContext, org: string, ref: UnitRef): Promise<UnitDetail> {
  const db = readDb(ctx);
  const scope = await scopedOrg(db, ctx, await loadOrg(db, org));
  const unit = await unitFor(db, scope, ref, 'read_names');
  const parent = unit.parent_id === null ? null : await resolveUnit(db, scope.org.id, { id: unit.parent_id });
  return {
    ...unitView(unit),
    parentCode: parent?.code ?? null,
    offices: await listOfficeHolders(ctx, scope, unit),
    allowed: unitPermissions.filter((p) => scope.access.allows(p, unit.path)),
  };
}

/** Member and unit counts of a unit's subtree: one row read from the maintained counters. */
export async function getUnitCounts(ctx: AppContext, org: string, ref: UnitRef): Promise<UnitView['counts']> {
  const db = readDb(ctx);
  if (ctx.actor.kind === 'system') {
    // The hot path for the local operator: one indexed read.
    const unit = await findUnitInOrg(db, org, ref);
    if (unit) return unitView(unit).counts;
  }
  const scope = await scopedOrg(db, ctx, await loadOrg(db, org));
  return unitView(await unitFor(db, scope, ref, 'read_names')).counts;
}

/** Subtrees the actor may list (undefined: everything). */
export function visibleScopes(scope: ScopedOrg, permission: 'read' | 'read_names' = 'read_names') {
  const roots = scope.access.roots(permission);
  return roots === null ? undefined : roots.map(subtreeRange);
}

export interface ListUnitsQuery {
  org: string;
  /** Only units in this unit's subtree (itself included). */
  within?: UnitRef | undefined;
  /** Only direct children of this unit; `null` for the top units. */
  childrenOf?: UnitRef | null | undefined;
  kind?: string | undefined;
  q?: string | undefined;
  includeDissolved?: boolean | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export interface UnitListItem extends UnitView {
  /** Required offices of the unit's kind with no holder today. */
  vacantOffices: string[];
}

/** Adds each unit's vacant required offices, with one query for the whole page. */
async function withVacancies(ctx: AppContext, scope: ScopedOrg, page: Page<UnitView>): Promise<Page<UnitListItem>> {
  const required = (kind: string) => (scope.rules.hasKind(kind) ? scope.rules.kind(kind).offices.filter((o) => o.required).map((o) => o.key) : []);
  const candidates = page.items.filter((u) => u.status === 'active' && required(u.kind).length > 0).map((u) => u.id);
  const held = new Set((await heldOffices(readDb(ctx), scope.org.id, candidates, todayOf(ctx))).map((h) => `${h.unit_id}:${h.office}`));
  return {
    ...page,
    items: page.items.map((u) => ({ ...u, vacantOffices: u.status === 'active' ? required(u.kind).filter((o) => !held.has(`${u.id}:${o}`)) : [] })),
  };
}

export async function listUnits(ctx: AppContext, query: ListUnitsQuery): Promise<Page<UnitListItem>> {
  const db = readDb(ctx);
  const scope = await scopedOrg(db, ctx, await loadOrg(db, query.org));
  const { org } = scope;
  const limit = clampLimit(query.limit);
  const scopes = visibleScopes(scope);
  if (query.childrenOf !== undefined) {
    const parent = query.childrenOf === null ? null : await unitFor(db, scope, query.childrenOf, 'read_names');
    // For someone who sees only part of the tree, the top is where their access begins.
    const roots = scope.access.roots('read_names');
    const rows =
      parent === null && roots
        ? (await findUnitsByIds(db, org.id, roots.map((p) => pathIds(p).at(-1) ?? 0))).filter((u) => query.includeDissolved === true || u.status === 'active')
        : await listChildUnits(db, org.id, parent?.id ?? null, query.includeDissolved === true);
    const after = decodeCursor(query.cursor);
    const ordered = rows.sort((a, b) => a.id - b.id).filter((r) => after === undefined || r.id > after);
    return withVacancies(ctx, scope, toPage(ordered.slice(0, limit + 1), limit, unitView));
  }
  const within = query.within ? await unitFor(db, scope, query.within, 'read_names') : null;
  const rows = await listUnitRows(db, org.id, {
    subtree: within ? subtreeRange(within.path) : undefined,
    scopes,
    kind: query.kind,
    query: query.q?.trim().toLowerCase() || undefined,
    includeDissolved: query.includeDissolved,
    afterId: decodeCursor(query.cursor),
    limit: limit + 1,
  });
  return withVacancies(ctx, scope, toPage(rows, limit, unitView));
}

export async function getUnitHistory(ctx: AppContext, org: string, ref: UnitRef): Promise<UnitEventView[]> {
  const db = readDb(ctx);
  const scope = await scopedOrg(db, ctx, await loadOrg(db, org));
  const unit = await unitFor(db, scope, ref, 'read');
  return (await listUnitEvents(db, scope.org.id, unit.id)).map(unitEventView);
}
