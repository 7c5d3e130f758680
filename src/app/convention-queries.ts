import { AppError } from '../core/errors.js';
import { editionTitle } from '../core/meetings/ordinal.js';
import type { LocalizedName } from '../core/rulebook/schema.js';
import { subtreeRange } from '../core/unit-path.js';
import { attendedCount, checkinCounts, listAddresses, listEditions, listSeries, listSessions, rosterCounts } from '../store/convention.repository.js';
import { countVoters, dispatchTotals, findProceedings, listAmendments, listMotions, pendingDispatches } from '../store/motion.repository.js';
import { scopedOrg, unitFor } from './access.js';
import { conventionFor, conventionViewOf } from './convention-access.js';
import { addressView, sessionView, type AddressView, type ConventionView, type SessionView } from './convention-views.js';
import { readDb, type AppContext } from './context.js';
import { seesPath } from './meeting-access.js';
import { motionFor, motionViewOf } from './motion-access.js';
import { motionView, type MotionView } from './motion-views.js';
import { loadOrg } from './org-scope.js';
import { proceedingsView, type ProceedingsView } from './proceedings-views.js';
import type { UnitRef } from './refs.js';

export interface EditionStats {
  conventionId: number;
  ordinal: number;
  title: LocalizedName;
  startsOn: string;
  endsOn: string;
  status: ConventionView['status'];
  /** Seats on the frozen roster (guests included), or the figure recorded for a past edition. */
  participants: number | null;
  /** People checked in to at least one session, or the recorded figure. */
  present: number | null;
  /** present ÷ participants, 0–1 (three decimals); null when either is unknown. */
  attendanceRate: number | null;
}

export interface SeriesWithEditions {
  id: number;
  unitId: number;
  unitCode: string;
  name: LocalizedName;
  editions: EditionStats[];
}

/** Convention series convened by units the actor can see, each with its editions and their figures. */
export async function listConventionSeries(ctx: AppContext, org: string): Promise<{ items: SeriesWithEditions[] }> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  const items: SeriesWithEditions[] = [];
  for (const series of (await listSeries(db, s.org.id)).filter((x) => seesPath(s, x.unit_path))) {
    const editions: EditionStats[] = [];
    for (const c of await listEditions(db, s.org.id, series.id)) {
      let participants = c.recorded_participants;
      let present = c.recorded_present;
      if (c.status !== 'past' && c.status !== 'planned') {
        const counts = await rosterCounts(db, s.org.id, c.id);
        participants = counts.entitled + counts.guests;
        present = await attendedCount(db, s.org.id, c.id);
      }
      const rate = participants !== null && present !== null && participants > 0 ? Math.round((present / participants) * 1000) / 1000 : null;
      editions.push({ conventionId: c.id, ordinal: c.ordinal, title: editionTitle(c.ordinal, { en: series.name_en, ko: series.name_ko }), startsOn: c.starts_on, endsOn: c.ends_on, status: c.status, participants, present, attendanceRate: rate });
    }
    items.push({ id: series.id, unitId: series.unit_id, unitCode: series.unit_code, name: { en: series.name_en, ko: series.name_ko }, editions });
  }
  return { items };
}

export interface ConventionDetail extends ConventionView {
  roster: { entitled: number; guests: number; vacantSeats: number; attended: number };
  sessions: SessionView[];
  addresses: AddressView[];
  motions: MotionView[];
}

/** A convention with its program and live counts (checked in per session against the roster), addresses and motions. */
export async function getConvention(ctx: AppContext, org: string, conventionId: number): Promise<ConventionDetail> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  const c = await conventionFor(db, s, conventionId, 'read_names', { onRoster: true });
  const counts = await rosterCounts(db, s.org.id, c.convention.id);
  const present = await checkinCounts(db, s.org.id, c.convention.id);
  const motions = await listMotions(db, s.org.id, c.convention.id);
  const amendments = await listAmendments(db, s.org.id, motions.map((m) => m.id));
  const views: MotionView[] = [];
  for (const m of motions) views.push(m.ballot_medium === 'paper' ? await motionViewOf(db, m) : motionView(m, amendments, m.ballot === null ? 0 : await countVoters(db, s.org.id, m.id, m.ballot)));
  return {
    ...(await conventionViewOf(db, c)),
    roster: { entitled: counts.entitled, guests: counts.guests, vacantSeats: counts.vacant, attended: await attendedCount(db, s.org.id, c.convention.id) },
    sessions: (await listSessions(db, s.org.id, c.convention.id)).map((x) => sessionView(x, c.convention.time_zone, present.get(x.id) ?? 0)),
    addresses: (await listAddresses(db, s.org.id, c.convention.id)).map(addressView),
    motions: views,
  };
}

export async function getMotion(ctx: AppContext, org: string, motionId: number): Promise<MotionView> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  const { motion } = await motionFor(db, s, motionId, 'read_names', { onRoster: true });
  return motionViewOf(db, motion);
}

export interface DispatchReport {
  motionId: number;
  sent: number;
  acknowledged: number;
  /** Units that have not acknowledged, in tree order (at most 500). */
  pending: { unitId: number; code: string; name: string; kind: string; sentAt: string }[];
  truncated: boolean;
}

/** Which units of a subtree have not acknowledged a decision sent down to them. */
export async function dispatchReport(ctx: AppContext, input: { org: string; motionId: number; within?: UnitRef | undefined }): Promise<DispatchReport> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, input.org));
  const { motion } = await motionFor(db, s, input.motionId, 'read');
  const within = input.within ? await unitFor(db, s, input.within, 'read') : undefined;
  const range = within ? subtreeRange(within.path) : undefined;
  const totals = await dispatchTotals(db, s.org.id, motion.id, range);
  const pending = await pendingDispatches(db, s.org.id, motion.id, range, 501);
  return {
    motionId: motion.id,
    ...totals,
    pending: pending.slice(0, 500).map((p) => ({ unitId: p.unit_id, code: p.code, name: p.name, kind: p.kind, sentAt: p.sent_at })),
    truncated: pending.length > 500,
  };
}

export async function getProceedings(ctx: AppContext, org: string, conventionId: number): Promise<ProceedingsView> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  const { convention } = await conventionFor(db, s, conventionId, 'read_names', { onRoster: true });
  const row = await findProceedings(db, s.org.id, convention.id);
  if (!row) throw new AppError('not_found', `Convention ${convention.id} has no proceedings yet`, { hint: 'Assemble them first' });
  return proceedingsView(row);
}
