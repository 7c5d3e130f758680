import { AppError } from '../core/errors.js';
import { recordAudit } from './audit-log.js';
import { isUnrestricted } from './access.js';
import type { Rulebook } from '../core/rulebook/schema.js';
import { findOrgBySlug, insertOrg, insertRulebookVersion } from '../store/org.repository.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { orgView, type OrgView } from './views.js';

const SLUG = /^[a-z0-9][a-z0-9-]{1,39}$/;

export interface CreateOrgInput {
  slug: string;
  name?: string | undefined;
  rulebook: Rulebook;
}

/** Creates an organization (a tenant) governed by an already-validated rulebook. */
export async function createOrg(ctx: AppContext, input: CreateOrgInput): Promise<OrgView> {
  if (!SLUG.test(input.slug)) {
    throw new AppError('validation_failed', `'${input.slug}' cannot be an organization slug`, {
      problems: [{ path: 'slug', message: '2–40 lower-case letters, digits or -, starting with a letter or digit' }],
    });
  }
  const name = input.name?.trim() || input.rulebook.name.en;
  return inTransaction(ctx, async (trx) => {
    if (!(await isUnrestricted(trx, ctx))) throw new AppError('forbidden', 'Only administrators create organizations');
    if (await findOrgBySlug(trx, input.slug)) {
      throw new AppError('already_exists', `Organization '${input.slug}' already exists`, { hint: 'Choose another slug' });
    }
    const at = nowOf(ctx);
    const document = JSON.stringify(input.rulebook);
    const org = await insertOrg(trx, {
      slug: input.slug,
      name,
      rulebook: document,
      rulebook_version: input.rulebook.version,
      member_no_seq: 0,
      unit_code_seq: 0,
      version: 1,
      created_at: at,
    });
    await insertRulebookVersion(trx, org.id, input.rulebook.version, document, at);
    await recordAudit(trx, ctx, { orgId: org.id, action: 'org.create', entityType: 'org', entityId: org.id, data: { slug: org.slug, name: org.name, rulebookVersion: org.rulebook_version } });
    return orgView(org);
  });
}
