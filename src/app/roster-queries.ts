import { escapeLike, normalizeForSearch } from '../core/name-search.js';
import { listRoster as listRosterRows } from '../store/convention.repository.js';
import { scopedOrg } from './access.js';
import { formatBadgeCode, normalizeBadgeCode } from './badge-codes.js';
import { conventionFor, rosterEntryNotFound } from './convention-access.js';
import { rosterEntryView, type RosterEntryView } from './convention-views.js';
import { readDb, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { clampLimit, decodeCursor, toPage, type Page } from './pagination.js';

export interface RosterQuery {
  org: string;
  conventionId: number;
  /** A name (any script, either order), a member number or a badge code. */
  q?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** The roster, or a search of it (by name, member number or badge code, as the check-in desk needs). */
export async function listRoster(ctx: AppContext, input: RosterQuery): Promise<Page<RosterEntryView>> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, input.org));
  const { convention } = await conventionFor(db, s, input.conventionId, 'read');
  const limit = clampLimit(input.limit);
  const text = input.q?.trim() ?? '';
  const key = normalizeForSearch(text);
  const afterId = decodeCursor(input.cursor);
  const rows = await listRosterRows(db, s.org.id, convention.id, {
    q: text === '' ? undefined : { like: `%${escapeLike(key === '' ? text.toLowerCase() : key)}%`, exact: text, badge: normalizeBadgeCode(text) },
    ...(afterId !== undefined ? { afterId } : {}),
    limit: limit + 1,
  });
  return toPage(rows, limit, rosterEntryView);
}

export async function rosterEntry(ctx: AppContext, org: string, conventionId: number, rosterId: number): Promise<RosterEntryView> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  const { convention } = await conventionFor(db, s, conventionId, 'read');
  const row = (await listRosterRows(db, s.org.id, convention.id, { ids: [rosterId], limit: 1 }))[0];
  if (!row) throw rosterEntryNotFound(rosterId);
  return rosterEntryView(row);
}

export interface Badge {
  rosterId: number;
  /** As printed: K7Q2-M9XD-4HPA. */
  badgeCode: string;
  name: string;
  category: RosterEntryView['category'];
  unitCode: string | null;
}

/** Every entitled seat with its badge code, in roster order, for printing. Only those who run the convention see codes. */
export async function badgeList(ctx: AppContext, input: { org: string; conventionId: number; cursor?: string | undefined; limit?: number | undefined }): Promise<Page<Badge>> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, input.org));
  const { convention } = await conventionFor(db, s, input.conventionId, 'run_meetings');
  const limit = clampLimit(input.limit, 10_000, 1000);
  const afterId = decodeCursor(input.cursor);
  const rows = (await listRosterRows(db, s.org.id, convention.id, { ...(afterId !== undefined ? { afterId } : {}), entitledOnly: true, limit: limit + 1 }));
  return toPage(rows, limit, (r) => ({
    rosterId: r.id,
    badgeCode: formatBadgeCode(r.badge_code),
    name: r.member_id !== null ? `${r.family_name ?? ''} ${r.given_name ?? ''}`.trim() : (r.guest_name ?? '(vacant seat)'),
    category: r.category,
    unitCode: r.unit_code,
  }));
}
