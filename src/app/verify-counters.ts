import { recountUnits } from '../store/unit.repository.js';
import { readDb, type AppContext } from './context.js';
import { allowsOrgWide, scopedOrg } from './access.js';
import { AppError } from '../core/errors.js';
import { loadOrg } from './org-scope.js';

export interface CounterMismatch {
  unitId: number;
  stored: { direct: number; members: number; units: number };
  actual: { direct: number; members: number; units: number };
}

/** Recounts every unit from scratch and lists where the maintained counters disagree. */
export async function verifyCounters(ctx: AppContext, org: string): Promise<{ units: number; mismatches: CounterMismatch[] }> {
  const db = readDb(ctx);
  const scope = await scopedOrg(db, ctx, await loadOrg(db, org));
  if (!(await allowsOrgWide(db, scope, 'read'))) throw new AppError('forbidden', 'Verifying counters needs read access to the whole organization');
  const actual = await recountUnits(db, scope.org.id);
  const stored = new Map(
    (await db.selectFrom('units').select(['id', 'direct_members', 'subtree_members', 'subtree_units']).where('org_id', '=', scope.org.id).execute()).map((u) => [u.id, u]),
  );
  const mismatches: CounterMismatch[] = [];
  for (const a of actual) {
    const s = stored.get(a.id);
    if (!s) continue;
    if (s.direct_members !== a.direct_members || s.subtree_members !== a.subtree_members || s.subtree_units !== a.subtree_units) {
      mismatches.push({
        unitId: a.id,
        stored: { direct: s.direct_members, members: s.subtree_members, units: s.subtree_units },
        actual: { direct: a.direct_members, members: a.subtree_members, units: a.subtree_units },
      });
    }
  }
  return { units: actual.length, mismatches };
}
