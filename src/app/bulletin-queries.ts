import { AppError } from '../core/errors.js';
import { editionTitle } from '../core/meetings/ordinal.js';
import type { LocalizedName } from '../core/rulebook/schema.js';
import { findConvention, findSeries } from '../store/convention.repository.js';
import { findPublished, findPublishedProceedings, listPublished, listPublishedProceedings, type MotionRow, type ProceedingsRow } from '../store/motion.repository.js';
import { findOrgBySlug } from '../store/org.repository.js';
import { readDb, type AppContext } from './context.js';

/**
 * The public bulletin: texts an organization adopted and chose to publish. Public on purpose — no
 * actor, no access check — and it holds nothing but the published texts, their titles, citable ids
 * and where they were adopted.
 */
export interface PublishedText {
  publicId: string;
  /** motion, statement, resolution — or proceedings: an approved record of proceedings. */
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

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : []);
const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** The approved record as plain text for readers: program, addresses, motions with their results. */
export function proceedingsText(document: Record<string, unknown>): string {
  const lines: string[] = [];
  const dates = obj(document.dates);
  const roster = obj(document.roster);
  lines.push(`${str(dates.from)} to ${str(dates.to)}${str(document.place) ? `, ${str(document.place)}` : ''}`);
  lines.push(`Entitled to sit: ${str(roster.entitled)}; attended: ${str(roster.attended)}; guests: ${str(roster.guests)} (roster as of ${str(roster.cutoffOn)}).`);
  const program = list(document.program);
  if (program.length > 0) {
    lines.push('', 'Program');
    for (const p of program) lines.push(`- ${str(p.startsAt).slice(0, 16).replace('T', ' ')} UTC ${str(p.title)}${p.status === 'cancelled' ? ' (cancelled)' : ''}`);
  }
  const addresses = list(document.addresses);
  if (addresses.length > 0) {
    lines.push('', 'Addresses');
    for (const a of addresses) lines.push(`- ${str(a.kind)}: "${str(a.title)}" by ${str(a.speakerName)}`);
  }
  const motions = list(document.motions);
  if (motions.length > 0) {
    lines.push('', 'Motions');
    for (const m of motions) {
      const result = obj(m.result);
      lines.push(`- ${str(m.kind)} "${str(m.title)}": ${str(m.status)}${str(result.explanation) ? ` — ${str(result.explanation)}` : ''}${str(m.publicId) ? ` (No. ${str(m.publicId)})` : ''}`);
    }
  }
  return lines.join('\n');
}

async function publishedProceedings(ctx: AppContext, orgId: number, p: ProceedingsRow): Promise<PublishedText> {
  const db = readDb(ctx);
  const convention = await findConvention(db, orgId, p.convention_id);
  const series = convention ? await findSeries(db, orgId, convention.series_id) : undefined;
  const adoptedBy = convention && series ? editionTitle(convention.ordinal, { en: series.name_en, ko: series.name_ko }) : { en: '', ko: '' };
  return {
    publicId: p.public_id ?? '',
    kind: 'proceedings',
    title: `Record of proceedings of the ${adoptedBy.en}`,
    text: proceedingsText(JSON.parse(p.document) as Record<string, unknown>),
    adoptedAt: p.approved_at ?? p.published_at ?? '',
    publishedAt: p.published_at ?? '',
    adoptedBy,
  };
}

export async function listPublishedTexts(ctx: AppContext, org: string): Promise<{ orgName: string; orgSlug: string; texts: PublishedText[] }> {
  const row = await findOrgBySlug(readDb(ctx), org);
  if (!row) throw bulletinNotFound();
  const texts: PublishedText[] = [];
  for (const m of await listPublished(readDb(ctx), row.id, 200)) texts.push(await published(ctx, row.id, m));
  for (const p of await listPublishedProceedings(readDb(ctx), row.id, 50)) texts.push(await publishedProceedings(ctx, row.id, p));
  texts.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.publicId.localeCompare(a.publicId));
  return { orgName: row.name, orgSlug: row.slug, texts };
}

export async function getPublishedText(ctx: AppContext, org: string, publicId: string): Promise<{ orgName: string; text: PublishedText }> {
  const row = await findOrgBySlug(readDb(ctx), org);
  if (!row) throw bulletinNotFound();
  const m = await findPublished(readDb(ctx), row.id, publicId);
  if (m) return { orgName: row.name, text: await published(ctx, row.id, m) };
  const p = await findPublishedProceedings(readDb(ctx), row.id, publicId);
  if (!p) throw bulletinNotFound();
  return { orgName: row.name, text: await publishedProceedings(ctx, row.id, p) };
}
