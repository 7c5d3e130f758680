import type { Rulebook } from '../core/rulebook/schema.js';
import { listOrgs as listOrgRows } from '../store/org.repository.js';
import { readDb, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { orgView, type OrgView } from './views.js';

export async function listOrgs(ctx: AppContext): Promise<OrgView[]> {
  return (await listOrgRows(readDb(ctx))).map(orgView);
}

export async function getOrg(ctx: AppContext, slug: string): Promise<OrgView & { rulebook: Rulebook }> {
  const { org, rules } = await loadOrg(readDb(ctx), slug);
  return { ...orgView(org), rulebook: rules.rulebook };
}
