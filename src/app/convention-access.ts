import type { Permission } from '../core/access-policy.js';
import { AppError } from '../core/errors.js';
import type { Executor } from '../store/database.js';
import { findConvention, findRosterOfMember, findSeries, findSeriesOfConvention, findUnitOfConvention, listEditions, type ConventionRow, type SeriesRow } from '../store/convention.repository.js';
import { findUnitById, type UnitRow } from '../store/unit.repository.js';
import type { ScopedOrg } from './access.js';
import { checkAt } from './meeting-access.js';
import { conventionView, type ConventionView } from './convention-views.js';

export const conventionNotFound = (id: number): AppError => new AppError('not_found', `Convention with id ${id} was not found`);
export const rosterEntryNotFound = (id: number): AppError => new AppError('not_found', `Roster entry with id ${id} was not found`);
export const seriesNotFound = (id: number): AppError => new AppError('not_found', `Convention series with id ${id} was not found`);

export interface ConventionInScope {
  convention: ConventionRow;
  series: SeriesRow;
  unit: UnitRow;
}

/**
 * A convention, checked against the actor's access at the unit that convenes it. With `onRoster`,
 * someone who sits at the convention (a delegate from another unit) may also read it.
 */
export async function conventionFor(db: Executor, s: ScopedOrg, id: number, permission: Permission, opts: { onRoster?: boolean } = {}): Promise<ConventionInScope> {
  return checkConvention(db, s, await fetchConvention(db, s.org.id, id), id, permission, opts);
}

/** A convention with its series and convening unit, unchecked: pass it to `checkConvention` before use. */
export interface FetchedConvention {
  convention: ConventionRow | undefined;
  series: SeriesRow | undefined;
  unit: UnitRow | undefined;
}

/**
 * Reads a convention, its series and its unit. On PostgreSQL outside a transaction the three reads
 * go out together (each finds its row through the convention id), so a hot path such as check-in
 * waits for one round trip instead of three.
 */
export async function fetchConvention(db: Executor, orgId: number, id: number): Promise<FetchedConvention> {
  const [convention, series, unit] = await Promise.all([findConvention(db, orgId, id), findSeriesOfConvention(db, orgId, id), findUnitOfConvention(db, orgId, id)]);
  return { convention, series, unit };
}

/** The checks of `conventionFor` on rows already read (possibly in parallel with others). */
export async function checkConvention(db: Executor, s: ScopedOrg, found: FetchedConvention, id: number, permission: Permission, opts: { onRoster?: boolean } = {}): Promise<ConventionInScope> {
  const { convention, series, unit } = found;
  if (opts.onRoster && convention && unit && s.access.ownMemberId !== null && !s.access.allows(permission, unit.path)) {
    if (await findRosterOfMember(db, s.org.id, convention.id, s.access.ownMemberId)) return { convention, series: series as SeriesRow, unit };
  }
  checkAt(s, unit?.path, permission, () => conventionNotFound(id), `You may not run the conventions of unit '${unit?.code ?? ''}'`);
  if (!convention || !series || !unit) throw conventionNotFound(id);
  return { convention, series, unit };
}

export async function seriesFor(db: Executor, s: ScopedOrg, id: number, permission: Permission): Promise<{ series: SeriesRow; unit: UnitRow }> {
  const series = await findSeries(db, s.org.id, id);
  const unit = series ? await findUnitById(db, s.org.id, series.unit_id) : undefined;
  checkAt(s, unit?.path, permission, () => seriesNotFound(id), `You may not run the conventions of unit '${unit?.code ?? ''}'`);
  if (!series || !unit) throw seriesNotFound(id);
  return { series, unit };
}

/** Refuses changes to the roster before it is frozen, or to the program of a closed convention. */
export function assertFrozen(c: ConventionRow): void {
  if (c.status === 'planned') throw new AppError('invalid_transition', `The roster of convention ${c.id} is not frozen yet`, { hint: 'Freeze the roster first' });
  if (c.status === 'past') throw new AppError('invalid_transition', `Convention ${c.id} is a past edition recorded from the archive`);
}

/** The view of a convention, with the edition before it in its series. */
export async function conventionViewOf(db: Executor, c: ConventionInScope): Promise<ConventionView> {
  const editions = await listEditions(db, c.convention.org_id, c.series.id);
  const previous = editions.filter((e) => e.ordinal < c.convention.ordinal).at(-1);
  return conventionView(c.convention, c.series, c.unit.code, previous?.id ?? null);
}
