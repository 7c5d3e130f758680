import { AppError } from '../core/errors.js';
import { RulebookIndex } from '../core/rulebook/rulebook-index.js';
import { validateRulebook } from '../core/rulebook/validate-rulebook.js';
import type { Executor } from '../store/database.js';
import { findOrgBySlug, type OrgRow } from '../store/org.repository.js';

export interface OrgScope {
  org: OrgRow;
  rules: RulebookIndex;
}

// Parsed rulebooks keyed by org id and rulebook version: a rulebook version never changes once stored.
const parsed = new Map<string, RulebookIndex>();

export async function loadOrg(db: Executor, slug: string): Promise<OrgScope> {
  const org = await findOrgBySlug(db, slug);
  if (!org) throw new AppError('not_found', `Organization '${slug}' was not found`, { hint: 'List organizations with `cellbook org list`' });
  const key = `${org.id}:${org.rulebook_version}`;
  let rules = parsed.get(key);
  if (!rules) {
    rules = new RulebookIndex(validateRulebook(JSON.parse(org.rulebook), `rulebook of '${slug}'`));
    parsed.set(key, rules);
  }
  return { org, rules };
}
