import { AppError } from '../core/errors.js';
import { RulebookIndex } from '../core/rulebook/rulebook-index.js';
import { validateRulebook } from '../core/rulebook/validate-rulebook.js';
import type { Executor } from '../store/database.js';
import { findOrgBySlug, type OrgRow } from '../store/org.repository.js';

export interface OrgScope {
  org: OrgRow;
  rules: RulebookIndex;
}

// Parsed rulebooks keyed by org id and rulebook version. The stored text is compared too: one
// process may open several databases (tests, copying between servers) where the same org id and
// version name different organizations.
const parsed = new Map<string, { document: string; rules: RulebookIndex }>();

export async function loadOrg(db: Executor, slug: string): Promise<OrgScope> {
  return orgScopeOf(slug, await findOrgBySlug(db, slug));
}

/** The organization found by `slug` (if any) with its parsed rulebook. */
export function orgScopeOf(slug: string, org: OrgRow | undefined): OrgScope {
  if (!org) throw new AppError('not_found', `Organization '${slug}' was not found`, { hint: 'List organizations with `cellbook org list`' });
  const key = `${org.id}:${org.rulebook_version}`;
  const cached = parsed.get(key);
  if (cached && cached.document === org.rulebook) return { org, rules: cached.rules };
  const rules = new RulebookIndex(validateRulebook(JSON.parse(org.rulebook), `rulebook of '${slug}'`));
  parsed.set(key, { document: org.rulebook, rules });
  return { org, rules };
}
