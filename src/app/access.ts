import { AccessPolicy, roles, type Permission, type Role, type ScopedGrant } from '../core/access-policy.js';
import { AppError } from '../core/errors.js';
import { isActiveStatus, type MemberStatus } from '../core/member-status.js';
import type { Executor } from '../store/database.js';
import { findActorAccess, findUserAccess, type ActorAccessRow } from '../store/grant.repository.js';
import type { MemberRow } from '../store/member.repository.js';
import { findUnitById, listChildUnits, type UnitRow } from '../store/unit.repository.js';
import { readDb, todayOf, type AppContext } from './context.js';
import { loadOrg, type OrgScope } from './org-scope.js';
import { assertActive, findMemberByRef, findUnitByRef, memberNotFound, unitNotFound, type MemberRef, type UnitRef } from './refs.js';

/**
 * An organization as one actor may use it: the org, its rulebook, and the actor's access there.
 * Access is computed for each use case from stored grants and from what follows today from the
 * actor's membership and offices — so an office's access starts and ends with its term, and a
 * transfer moves it, without anyone acting.
 */
export interface ScopedOrg extends OrgScope {
  access: AccessPolicy;
}

export async function loadAccess(db: Executor, ctx: AppContext, scope: OrgScope): Promise<AccessPolicy> {
  // Account, stored grants, own member and their offices: one query (none for a system actor).
  return actorAccessOf(ctx, ctx.actor.kind === 'system' ? [] : await findActorAccess(db, scope.org.id, ctx.actor.userId, todayOf(ctx)));
}

/** The actor's access from their rows of `findActorAccess` read elsewhere (for today; none for a system actor). */
export function actorAccessOf(ctx: AppContext, rows: readonly ActorAccessRow[]): AccessPolicy {
  return ctx.actor.kind === 'system' ? AccessPolicy.unrestricted : accessPolicyOf(rows);
}

/** The access a user has from their rows of `findActorAccess` (none: no such user). */
function accessPolicyOf(rows: readonly ActorAccessRow[]): AccessPolicy {
  const user = rows[0];
  if (!user || user.disabled_at !== null) return new AccessPolicy([], false, null);
  if (user.is_admin) return AccessPolicy.unrestricted;
  const isRole = (r: string | null): r is Role => r !== null && (roles as readonly string[]).includes(r);
  const grants: ScopedGrant[] = rows.flatMap((r) => (r.source === 'grant' && isRole(r.role) && r.path !== null ? [{ role: r.role, path: r.path }] : []));
  let ownMemberId: number | null = null;
  if (user.member_id !== null && user.member_status !== null && isActiveStatus(user.member_status as MemberStatus)) {
    ownMemberId = user.member_id;
    if (user.member_unit_path !== null) grants.push({ role: 'member', path: user.member_unit_path });
    // A suspended member keeps their own record and roster but exercises no office.
    if (user.member_status !== 'suspended') {
      for (const r of rows) if (r.source === 'office' && r.path !== null) grants.push({ role: 'officer', path: r.path });
    }
  }
  return new AccessPolicy(grants, false, ownMemberId);
}

/** The organization with the actor's access; one the actor has no part in answers as missing. */
export async function scopedOrg(db: Executor, ctx: AppContext, scope: OrgScope): Promise<ScopedOrg> {
  return withAccess(scope, await loadAccess(db, ctx, scope));
}

/** `scope` with access already loaded; an organization the actor has no part in answers as missing. */
export function withAccess(scope: OrgScope, access: AccessPolicy): ScopedOrg {
  if (!access.unrestricted && access.grants.length === 0 && access.ownMemberId === null) {
    throw new AppError('not_found', `Organization '${scope.org.slug}' was not found`, { hint: 'List organizations with `cellbook org list`' });
  }
  return { ...scope, access };
}

/** The local operator, internal jobs and system administrators: access to everything. */
export async function isUnrestricted(db: Executor, ctx: AppContext): Promise<boolean> {
  if (ctx.actor.kind === 'system') return true;
  const user = await findUserAccess(db, ctx.actor.userId);
  return user !== undefined && user.disabled_at === null && user.is_admin === 1;
}

/** Whether `permission` holds for things that belong to no unit (unplaced members, top units). */
export async function allowsOrgWide(db: Executor, s: ScopedOrg, permission: Permission): Promise<boolean> {
  if (s.access.unrestricted) return true;
  const tops = await listChildUnits(db, s.org.id, null, true);
  return tops.length > 0 && tops.every((u) => s.access.allows(permission, u.path));
}

/**
 * Refuses bulk work that may touch any unit or member (CSV imports) unless `permission` holds over
 * the whole organization; an organization the actor has no part in answers as missing.
 */
export async function assertOrgWide(ctx: AppContext, org: string, permission: Permission, message: string): Promise<void> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  if (!(await allowsOrgWide(db, s, permission))) throw new AppError('forbidden', message);
}

/**
 * No one changes their own status or unit, whatever office or grant they hold: someone else has to
 * (system administrators excepted). A cell secretary could otherwise lift their own suspension.
 */
export function assertNotOwnRecord(s: ScopedOrg, member: MemberRow, what: string): void {
  if (!s.access.unrestricted && s.access.isOwnMember(member.id)) {
    throw new AppError('forbidden', `You may not change your own ${what}`, { hint: 'Another officer or administrator has to do it' });
  }
}

const canSee = (access: AccessPolicy, path: string): boolean => access.allows('read', path) || access.allows('read_names', path);

/**
 * A unit the actor may use for `permission`. One they cannot see at all answers exactly like a
 * missing one (so ids cannot be probed); one they can see but not change is `forbidden`.
 */
export async function unitFor(db: Executor, s: ScopedOrg, ref: UnitRef, permission: Permission, opts: { label?: string; active?: boolean } = {}): Promise<UnitRow> {
  const unit = await findUnitByRef(db, s.org.id, ref);
  return checkUnit(s, unit, ref, permission, opts);
}

/** The checks of `unitFor` on a unit already fetched (or undefined when there is none). */
export function checkUnit<U extends Pick<UnitRow, 'code' | 'path' | 'status' | 'dissolved_on'>>(s: ScopedOrg, unit: U | undefined, ref: UnitRef, permission: Permission, opts: { label?: string; active?: boolean } = {}): U {
  const label = opts.label ?? 'Unit';
  if (!unit || !canSee(s.access, unit.path)) throw unitNotFound(ref, label);
  if (!s.access.allows(permission, unit.path)) throw new AppError('forbidden', `You may not ${describe(permission)} ${label.toLowerCase()} '${unit.code}'`);
  return opts.active ? assertActive(unit, label) : unit;
}

/** A member the actor may use for `permission`, located by their unit (unplaced: the whole organization). */
export async function memberFor(db: Executor, s: ScopedOrg, ref: MemberRef, permission: Permission): Promise<MemberRow> {
  const member = await findMemberByRef(db, s.org.id, ref);
  const unit = member && member.unit_id !== null && !s.access.unrestricted ? await findUnitById(db, s.org.id, member.unit_id) : undefined;
  return checkMember(db, s, member, unit, ref, permission);
}

/** The checks of `memberFor` on a member (and their current unit) already fetched. */
export async function checkMember(db: Executor, s: ScopedOrg, member: MemberRow | undefined, unit: Pick<UnitRow, 'path'> | undefined, ref: MemberRef, permission: Permission): Promise<MemberRow> {
  if (!member) throw memberNotFound(ref);
  if (s.access.unrestricted) return member;
  const holds = async (p: Permission): Promise<boolean> => (unit ? s.access.allows(p, unit.path) : allowsOrgWide(db, s, p));
  const own = s.access.isOwnMember(member.id);
  if (await holds(permission)) return member;
  if (permission === 'read' && own) return member;
  if (own || (await holds('read'))) throw new AppError('forbidden', `You may not ${describe(permission)} member '${member.member_no}'`);
  throw memberNotFound(ref);
}

function describe(p: Permission): string {
  switch (p) {
    case 'read':
    case 'read_names':
      return 'read';
    case 'write_members':
      return 'change the members of';
    case 'write_structure':
      return 'change';
    case 'run_meetings':
      return 'run the meetings of';
    case 'admin':
      return 'manage access to';
  }
}
