import type { Rulebook } from '../core/rulebook/schema.js';
import { orgIdsOfUser } from '../store/grant.repository.js';
import { listOrgs as listOrgRows } from '../store/org.repository.js';
import { findUserAccess } from '../store/grant.repository.js';
import { scopedOrg } from './access.js';
import { readDb, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { orgView, type OrgView } from './views.js';

/** The organizations the actor has a part in (all of them for administrators). */
export async function listOrgs(ctx: AppContext): Promise<OrgView[]> {
  const db = readDb(ctx);
  const all = await listOrgRows(db);
  if (ctx.actor.kind === 'system') return all.map(orgView);
  const user = await findUserAccess(db, ctx.actor.userId);
  if (!user || user.disabled_at !== null) return [];
  if (user.is_admin) return all.map(orgView);
  const mine = new Set(await orgIdsOfUser(db, ctx.actor.userId, todayOf(ctx)));
  return all.filter((o) => mine.has(o.id)).map(orgView);
}

export async function getOrg(ctx: AppContext, slug: string): Promise<OrgView & { rulebook: Rulebook }> {
  const db = readDb(ctx);
  const { org, rules } = await scopedOrg(db, ctx, await loadOrg(db, slug));
  return { ...orgView(org), rulebook: rules.rulebook };
}
