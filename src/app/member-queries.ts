import { activeStatuses, isMemberStatus, statusTransitions, type MemberStatus } from '../core/member-status.js';
import { probationEnd } from '../core/membership-lifecycle.js';
import { listMembershipSteps } from '../store/lifecycle.repository.js';
import { findUnitsByIds } from '../store/unit.repository.js';
import { escapeLike, normalizeForSearch } from '../core/name-search.js';
import { subtreeRange } from '../core/unit-path.js';
import { listMemberEvents, listMembers as listMemberRows, listPlacements } from '../store/member.repository.js';
import { readDb, type AppContext } from './context.js';
import { listMemberTermHistory } from './office-queries.js';
import { allowsOrgWide, memberFor, scopedOrg, unitFor } from './access.js';
import { loadOrg } from './org-scope.js';
import { visibleScopes } from './unit-queries.js';
import { clampLimit, decodeCursor, toPage, type Page } from './pagination.js';
import type { MemberRef, UnitRef } from './refs.js';
import { memberView, type MemberView, type OfficeTermView } from './views.js';

export interface ListMembersQuery {
  org: string;
  /** Members placed directly in this unit. */
  unit?: UnitRef | undefined;
  /** Members anywhere in this unit's subtree. */
  within?: UnitRef | undefined;
  /** Name search in any script, either name order; a member number finds that member too. */
  q?: string | undefined;
  status?: string | undefined;
  /** Only active members placed in no unit. */
  unplaced?: boolean | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/**
 * Members the actor may see. Full records come from where they may `read`; in their own unit a
 * plain member sees the roster with names only.
 */
export async function listMembers(ctx: AppContext, query: ListMembersQuery): Promise<Page<MemberView>> {
  const db = readDb(ctx);
  const scope = await scopedOrg(db, ctx, await loadOrg(db, query.org));
  const { org, access } = scope;
  const limit = clampLimit(query.limit);
  const unit = query.unit ? await unitFor(db, scope, query.unit, 'read_names') : undefined;
  const namesOnly = unit !== undefined && !access.allows('read', unit.path);
  const within = query.within ? await unitFor(db, scope, query.within, 'read') : undefined;
  if (query.unplaced && !(await allowsOrgWide(db, scope, 'read'))) return { items: [], nextCursor: null };
  const key = query.q ? normalizeForSearch(query.q) : '';
  const rows = await listMemberRows(db, org.id, {
    unitId: unit?.id,
    subtree: within ? subtreeRange(within.path) : undefined,
    scopes: unit ? undefined : visibleScopes(scope, 'read'),
    searchKey: key === '' ? undefined : escapeLike(key),
    memberNo: query.q?.trim() || undefined,
    status: query.status,
    unplacedActive: query.unplaced ? activeStatuses : undefined,
    afterId: decodeCursor(query.cursor),
    limit: limit + 1,
  });
  return toPage(rows, limit, namesOnly ? namesOnlyView : memberView);
}

/** A roster entry with names only: no contacts, birth date, status or dates. */
function namesOnlyView(m: Parameters<typeof memberView>[0]): MemberView {
  return { ...memberView(m), birthDate: null, phone: null, email: null, status: '', placedOn: null, joinedOn: '', version: 0 };
}

export interface MemberDetail extends MemberView {
  unitCode: string | null;
  nextStatuses: MemberStatus[];
  placements: { unitId: number; unitCode: string | null; startOn: string; endOn: string | null; reason: string | null; endReason: string | null }[];
  events: { type: string; from: string | null; to: string | null; occurredOn: string; reason: string | null }[];
  offices: OfficeTermView[];
  /** A candidate's probation: when it ends and how often it was extended (null: not a candidate). */
  probation: { endsOn: string; extensions: number } | null;
  /** Steps on the path into membership: who decided, at which meeting, why. */
  steps: { step: string; from: string; to: string; unitId: number | null; meetingRef: string | null; occurredOn: string; reason: string; actor: string }[];
}

/** A member with the full placement timeline (closed placements plus the current one), status history and offices. */
export async function getMember(ctx: AppContext, org: string, ref: MemberRef): Promise<MemberDetail> {
  const db = readDb(ctx);
  const scope = await scopedOrg(db, ctx, await loadOrg(db, org));
  const m = await memberFor(db, scope, ref, 'read');
  const past = await listPlacements(db, scope.org.id, m.id);
  const unitIds = [...new Set([...past.map((p) => p.unit_id), ...(m.unit_id === null ? [] : [m.unit_id])])];
  const codes = new Map((await findUnitsByIds(db, scope.org.id, unitIds)).map((u) => [u.id, u.code]));
  const placements: MemberDetail['placements'] = past.map((p) => ({
    unitId: p.unit_id,
    unitCode: codes.get(p.unit_id) ?? null,
    startOn: p.start_on,
    endOn: p.end_on,
    reason: p.start_reason,
    endReason: p.end_reason,
  }));
  if (m.unit_id !== null) {
    placements.push({ unitId: m.unit_id, unitCode: codes.get(m.unit_id) ?? null, startOn: m.placed_on ?? m.joined_on, endOn: null, reason: m.placement_reason, endReason: null });
  }
  const events = (await listMemberEvents(db, scope.org.id, m.id)).map((e) => ({ type: e.type, from: e.from_value, to: e.to_value, occurredOn: e.occurred_on, reason: e.reason }));
  return {
    ...memberView(m),
    unitCode: m.unit_id === null ? null : (codes.get(m.unit_id) ?? null),
    nextStatuses: isMemberStatus(m.status) ? [...statusTransitions[m.status]] : [],
    placements,
    events,
    offices: await listMemberTermHistory(ctx, scope, m.id),
    probation: m.status === 'candidate' ? { endsOn: m.probation_ends_on ?? probationEnd(m.joined_on, scope.rules.rulebook.membership), extensions: m.probation_extensions } : null,
    steps: (await listMembershipSteps(db, scope.org.id, m.id)).map((x) => ({ step: x.step, from: x.from_status, to: x.to_status, unitId: x.unit_id, meetingRef: x.meeting_ref, occurredOn: x.occurred_on, reason: x.reason, actor: x.actor })),
  };
}
