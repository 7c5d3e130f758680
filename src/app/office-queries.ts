import { listMemberTerms, listUnitTerms } from '../store/office.repository.js';
import { findMembersByIds } from '../store/member.repository.js';
import type { UnitRow } from '../store/unit.repository.js';
import { readDb, todayOf, type AppContext } from './context.js';
import type { OrgScope } from './org-scope.js';
import { officeTermView, type OfficeTermView } from './views.js';

const isCurrent = (t: { start_on: string; end_on: string | null }, on: string): boolean => t.start_on <= on && (t.end_on === null || t.end_on > on);

/** Every office the unit's kind defines with its current holder (null = vacant). */
export interface OfficeHolder {
  office: string;
  required: boolean;
  holder: (OfficeTermView & { holderName: string }) | null;
}

/** The unit's offices with their current holders (names included: whoever may see the unit sees who leads it). */
export async function listOfficeHolders(ctx: AppContext, scope: OrgScope, unit: UnitRow): Promise<OfficeHolder[]> {
  const on = todayOf(ctx);
  const db = readDb(ctx);
  const terms = await listUnitTerms(db, scope.org.id, unit.id);
  const current = scope.rules.kind(unit.kind).offices.map((o) => ({ rule: o, term: terms.find((x) => x.office === o.key && isCurrent(x, on)) }));
  const holders = new Map((await findMembersByIds(db, scope.org.id, current.flatMap((c) => (c.term ? [c.term.member_id] : [])))).map((m) => [m.id, `${m.family_name} ${m.given_name}`]));
  return current.map(({ rule, term }) => ({
    office: rule.key,
    required: rule.required,
    holder: term ? { ...officeTermView(term), holderName: holders.get(term.member_id) ?? '' } : null,
  }));
}

export async function listMemberTermHistory(ctx: AppContext, scope: OrgScope, memberId: number): Promise<OfficeTermView[]> {
  return (await listMemberTerms(readDb(ctx), scope.org.id, memberId)).map(officeTermView);
}
