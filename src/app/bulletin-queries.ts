import { AppError } from '../core/errors.js';
import { editionTitle } from '../core/meetings/ordinal.js';
import type { LocalizedName } from '../core/rulebook/schema.js';
import { findConvention, findSeries } from '../store/convention.repository.js';
import { findPublished, listPublished, type MotionRow } from '../store/motion.repository.js';
import { findOrgBySlug } from '../store/org.repository.js';
import { readDb, type AppContext } from './context.js';

/**
 * The public bulletin: texts an organization adopted and chose to publish. Public on purpose — no
 * actor, no access check — and it holds nothing but the published texts, their titles, citable ids
 * and where they were adopted.
 */
export interface PublishedText {
  publicId: string;
  kind: string;
  title: string;
  text: string;
  adoptedAt: string;
  publishedAt: string;
  /** The convention edition that adopted it. */
  adoptedBy: LocalizedName;
}

const bulletinNotFound = (): AppError => new AppError('not_found', 'No such bulletin or text');

async function published(ctx: AppContext, orgId: number, m: MotionRow): Promise<PublishedText> {
  const db = readDb(ctx);
  const convention = await findConvention(db, orgId, m.convention_id);
  const series = convention ? await findSeries(db, orgId, convention.series_id) : undefined;
  return {
    publicId: m.public_id ?? '',
    kind: m.kind,
    title: m.title,
    text: m.text,
    adoptedAt: m.decided_at ?? m.published_at ?? '',
    publishedAt: m.published_at ?? '',
    adoptedBy: convention && series ? editionTitle(convention.ordinal, { en: series.name_en, ko: series.name_ko }) : { en: '', ko: '' },
  };
}

export async function listPublishedTexts(ctx: AppContext, org: string): Promise<{ orgName: string; orgSlug: string; texts: PublishedText[] }> {
  const row = await findOrgBySlug(readDb(ctx), org);
  if (!row) throw bulletinNotFound();
  const texts: PublishedText[] = [];
  for (const m of await listPublished(readDb(ctx), row.id, 200)) texts.push(await published(ctx, row.id, m));
  return { orgName: row.name, orgSlug: row.slug, texts };
}

export async function getPublishedText(ctx: AppContext, org: string, publicId: string): Promise<{ orgName: string; text: PublishedText }> {
  const row = await findOrgBySlug(readDb(ctx), org);
  const m = row ? await findPublished(readDb(ctx), row.id, publicId) : undefined;
  if (!row || !m) throw bulletinNotFound();
  return { orgName: row.name, text: await published(ctx, row.id, m) };
}
