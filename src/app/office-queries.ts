import { listMemberTerms, listUnitTerms } from '../store/office.repository.js';
import type { UnitRow } from '../store/unit.repository.js';
import { readDb, todayOf, type AppContext } from './context.js';
import type { OrgScope } from './org-scope.js';
import { officeTermView, type OfficeTermView } from './views.js';

const isCurrent = (t: { start_on: string; end_on: string | null }, on: string): boolean => t.start_on <= on && (t.end_on === null || t.end_on > on);

/** Every office the unit's kind defines with its current holder (null = vacant). */
export async function listOfficeHolders(ctx: AppContext, scope: OrgScope, unit: UnitRow): Promise<{ office: string; required: boolean; holder: OfficeTermView | null }[]> {
  const on = todayOf(ctx);
  const terms = await listUnitTerms(readDb(ctx), scope.org.id, unit.id);
  return scope.rules.kind(unit.kind).offices.map((o) => {
    const t = terms.find((x) => x.office === o.key && isCurrent(x, on));
    return { office: o.key, required: o.required, holder: t ? officeTermView(t) : null };
  });
}

export async function listMemberTermHistory(ctx: AppContext, scope: OrgScope, memberId: number): Promise<OfficeTermView[]> {
  return (await listMemberTerms(readDb(ctx), scope.org.id, memberId)).map(officeTermView);
}
