import { isIsoDate } from '../core/dates.js';
import { AppError, type Problem } from '../core/errors.js';
import { computeRoster, rosterRuleSchema, type RosterBasis, type RosterRule } from '../core/meetings/roster-rules.js';
import type { RulebookIndex } from '../core/rulebook/rulebook-index.js';
import { isInSubtree, subtreeRange } from '../core/unit-path.js';
import { pathsBeforeMoves } from '../core/unit-path-history.js';
import { insertRosterRows, listUnitMovesAfter, listUnitParents, membersPerUnitOn, officeHoldersOn, unitsExistingOn, updateConventionIfVersion } from '../store/convention.repository.js';
import { findMembersByNos } from '../store/member.repository.js';
import type { Executor } from '../store/database.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { newBadgeCode } from './badge-codes.js';
import { conventionFor, conventionViewOf } from './convention-access.js';
import type { ConventionView } from './convention-views.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, staleWrite } from './refs.js';

export interface FreezeRosterInput {
  org: string;
  conventionId: number;
  /** The rule, see core/meetings/roster-rules.ts. */
  rule: unknown;
  /** The tree is read as it stood on this day (not in the future, not after the convention starts). */
  cutoffOn: string;
  version: number;
  /** Compute and report without freezing. */
  dryRun?: boolean | undefined;
}

export interface RosterFreezeResult {
  dryRun: boolean;
  convention: ConventionView;
  basis: RosterBasis;
  seats: { officeHolders: number; delegateSeats: number; guests: number; total: number };
}

function ruleProblems(rule: RosterRule, rules: RulebookIndex): Problem[] {
  const problems: Problem[] = [];
  rule.officeHolders.forEach((o, i) => {
    if (!rules.hasKind(o.unitKind)) problems.push({ path: `rule.officeHolders[${i}].unitKind`, message: `unknown unit kind '${o.unitKind}'` });
    else if (!rules.kind(o.unitKind).offices.some((x) => x.key === o.office)) problems.push({ path: `rule.officeHolders[${i}].office`, message: `a ${o.unitKind} has no office '${o.office}'` });
  });
  if (rule.delegates && !rules.hasKind(rule.delegates.perUnitKind)) problems.push({ path: 'rule.delegates.perUnitKind', message: `unknown unit kind '${rule.delegates.perUnitKind}'` });
  return problems;
}

/**
 * Applies a roster rule to the convening unit's subtree as it stood on the cut-off date and freezes
 * the result: every seat gets an unguessable badge code. After this the roster changes only by
 * naming delegates to their seats and by substitutions, each with its reason.
 */
export async function freezeRoster(ctx: AppContext, input: FreezeRosterInput): Promise<RosterFreezeResult> {
  const parsed = rosterRuleSchema.safeParse(input.rule);
  const problems: Problem[] = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: ['rule', ...i.path.map(String)].join('.'), message: i.message }));
  if (!isIsoDate(input.cutoffOn)) problems.push({ path: 'cutoffOn', message: 'YYYY-MM-DD' });
  else if (input.cutoffOn > todayOf(ctx)) problems.push({ path: 'cutoffOn', message: 'cannot be in the future: the tree of that day is not known yet' });
  if (problems.length > 0 || !parsed.success) throw new AppError('validation_failed', 'The roster rule is not valid', { problems });
  const rule = parsed.data;
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { convention, series, unit } = await conventionFor(trx, s, input.conventionId, 'run_meetings');
    checkVersion(`Convention ${convention.id}`, convention.version, input.version);
    if (convention.status !== 'planned') throw new AppError('invalid_transition', `The roster of convention ${convention.id} is already frozen`, { hint: 'Substitute delegates instead' });
    const more = ruleProblems(rule, s.rules);
    if (input.cutoffOn > convention.starts_on) more.push({ path: 'cutoffOn', message: `on or before the first day (${convention.starts_on})` });
    if (more.length > 0) throw new AppError('validation_failed', 'The roster rule does not fit the rulebook', { problems: more });
    const guestNos = rule.guests.flatMap((g) => (g.memberNo === undefined ? [] : [g.memberNo]));
    const guestRows = await findMembersByNos(trx, s.org.id, guestNos);
    const tree = await treeOnCutoff(trx, s.org.id, unit.id, unit.path, input.cutoffOn);
    const { seats, basis } = computeRoster(rule, {
      units: tree.units(await unitsExistingOn(trx, s.org.id, tree.range, input.cutoffOn)),
      holders: tree.within(await officeHoldersOn(trx, s.org.id, tree.range, input.cutoffOn)).map((h) => ({ unitId: h.unit_id, office: h.office, memberId: h.member_id })),
      membersAt: rule.delegates ? tree.counts(await membersPerUnitOn(trx, s.org.id, tree.range, input.cutoffOn)) : new Map(),
      guestMembers: new Map(guestNos.map((no) => [no, guestRows.find((m) => m.member_no === no)?.id ?? null])),
    });
    if (basis.unknownGuestMembers.length > 0) {
      throw new AppError('validation_failed', 'Some guests are not members', { problems: basis.unknownGuestMembers.map((no) => ({ path: 'rule.guests', message: `no member with number '${no}'` })) });
    }
    const counts = { officeHolders: basis.officeHolders, delegateSeats: basis.delegateSeats, guests: basis.guests, total: seats.length };
    if (input.dryRun) return { dryRun: true, convention: await conventionViewOf(trx, { convention, series, unit }), basis, seats: counts };
    const at = nowOf(ctx);
    const codes = new Set<string>();
    await insertRosterRows(
      trx,
      seats.map((seat) => {
        let code = newBadgeCode();
        while (codes.has(code)) code = newBadgeCode();
        codes.add(code);
        return { org_id: s.org.id, convention_id: convention.id, category: seat.category, unit_id: seat.unitId, member_id: seat.memberId, office: seat.office, seat: seat.seat, guest_name: seat.guestName, badge_code: code, status: 'entitled' as const, replaces_id: null, substitution_reason: null, version: 1, created_at: at };
      }),
    );
    const patch = { status: 'frozen' as const, cutoff_on: input.cutoffOn, roster_rule: JSON.stringify(rule), roster_basis: JSON.stringify(basis), roster_frozen_at: at, updated_at: at };
    if (!(await updateConventionIfVersion(trx, s.org.id, convention.id, convention.version, patch))) throw staleWrite(`Convention ${convention.id}`);
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'convention.freeze_roster', entityType: 'convention', entityId: convention.id, data: { cutoffOn: input.cutoffOn, seats: counts } });
    return { dryRun: false, convention: await conventionViewOf(trx, { convention: { ...convention, ...patch, version: convention.version + 1 }, series, unit }), basis, seats: counts };
  });
}

/**
 * The convening unit's subtree as it stood on the cut-off date. Placements and office terms are
 * read as of that day by the queries themselves; the shape of the tree is today's unless a unit was
 * moved after the cut-off, in which case the paths of that day are rebuilt from the units' history
 * (undoing those moves) and the reads cover the whole organization, filtered here.
 */
async function treeOnCutoff(trx: Executor, orgId: number, rootId: number, rootPath: string, cutoffOn: string) {
  const moves = await listUnitMovesAfter(trx, orgId, cutoffOn);
  if (moves.length === 0) {
    return {
      range: subtreeRange(rootPath),
      units: <T>(rows: T[]) => rows,
      within: <T>(rows: T[]) => rows,
      counts: (m: Map<number, number>) => m,
    };
  }
  const paths = pathsBeforeMoves(await listUnitParents(trx, orgId), moves);
  const root = paths.get(rootId) ?? rootPath;
  const inside = (unitId: number) => isInSubtree(paths.get(unitId) ?? '', root);
  return {
    range: subtreeRange('/'),
    units: <T extends { id: number; path: string }>(rows: T[]) => rows.filter((u) => inside(u.id)).map((u) => ({ ...u, path: paths.get(u.id) ?? u.path })),
    within: <T extends { unit_id: number }>(rows: T[]) => rows.filter((r) => inside(r.unit_id)),
    counts: (m: Map<number, number>) => new Map([...m].filter(([id]) => inside(id))),
  };
}
