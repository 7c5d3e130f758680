import { addConventionSession } from '../app/add-convention-session.js';
import { addConvention } from '../app/add-convention.js';
import { assembleProceedings } from '../app/assemble-proceedings.js';
import { castVote } from '../app/cast-vote.js';
import { checkIn } from '../app/check-in.js';
import { closeVote } from '../app/close-vote.js';
import type { AppContext } from '../app/context.js';
import { createConventionSeries } from '../app/create-convention-series.js';
import { draftMotion } from '../app/draft-motion.js';
import { freezeRoster } from '../app/freeze-roster.js';
import { openVote } from '../app/open-vote.js';
import { proposeAmendment } from '../app/propose-amendment.js';
import { publishText } from '../app/publish-text.js';
import { saveMinutes } from '../app/save-minutes.js';
import { scheduleMeeting } from '../app/schedule-meeting.js';
import { sendDownDecision } from '../app/send-down-decision.js';
import { buildMember } from './factories.js';

/**
 * Meetings and conventions at a given unit of a test organization, built by the local operator,
 * for the authorization and mass-assignment tests: each route is called on an object of the stage
 * it needs.
 */
export async function meetingAt(ctx: AppContext, org: string, unitId: number, opts: { draftMinutes?: boolean } = {}): Promise<{ id: number; version: number; minutesVersion: number }> {
  const m = await scheduleMeeting(ctx, { org, unit: { id: unitId }, kind: 'general', title: 'General meeting', start: '2026-11-20T19:00', end: '2026-11-20T21:00', timeZone: 'Asia/Seoul', place: 'Hall', agenda: ['Report'] });
  const minutes = opts.draftMinutes ? await saveMinutes(ctx, { org, meetingId: m.id, text: 'Draft minutes' }) : undefined;
  return { id: m.id, version: m.version, minutesVersion: minutes?.version ?? 1 };
}

export type ConventionStage = 'series' | 'planned' | 'frozen' | 'draft' | 'amended' | 'voting' | 'adopted' | 'published' | 'sent' | 'proceedings';

export interface ConventionFixture {
  seriesId: number;
  conventionId: number;
  conventionVersion: number;
  sessionId: number;
  /** A checked-in office holder, and a spare member of the convening unit who is not on the roster. */
  rosterId: number;
  rosterVersion: number;
  spareMemberId: number;
  /** A vacant delegate seat (with the `delegates` option) and a member who may fill it. */
  seatId: number;
  seatVersion: number;
  motionId: number;
  motionVersion: number;
  amendmentId: number;
  proceedingsVersion: number;
}

const order: ConventionStage[] = ['series', 'planned', 'frozen', 'draft', 'amended', 'voting', 'adopted', 'published', 'sent', 'proceedings'];

/** A convention convened by `unitId`, brought up to `stage`. The roster: the cell secretaries of the subtree, a guest, and (opts.delegates) one delegate seat per cell. Stages after 'voting' need an open ballot (not opts.paper). */
export async function conventionAt(ctx: AppContext, org: string, unitId: number, stage: ConventionStage, opts: { delegates?: boolean; seatMemberUnit?: number; paper?: boolean } = {}): Promise<ConventionFixture> {
  const at = (s: ConventionStage): boolean => order.indexOf(stage) >= order.indexOf(s);
  const f: ConventionFixture = { seriesId: 0, conventionId: 0, conventionVersion: 1, sessionId: 0, rosterId: 0, rosterVersion: 1, spareMemberId: 0, seatId: 0, seatVersion: 1, motionId: 0, motionVersion: 1, amendmentId: 0, proceedingsVersion: 1 };
  f.seriesId = (await createConventionSeries(ctx, { org, unit: { id: unitId }, name: { en: 'Meeting of Cell Secretaries', ko: '세포비서대회' } })).id;
  f.spareMemberId = (await buildMember(ctx, org, null, { unit: { id: opts.seatMemberUnit ?? unitId } })).id;
  if (!at('planned')) return f;
  const c = await addConvention(ctx, { org, seriesId: f.seriesId, startsOn: '2026-12-10', endsOn: '2026-12-11', timeZone: 'Asia/Seoul', place: 'Hall' });
  f.conventionId = c.id;
  f.conventionVersion = c.version;
  if (!at('frozen')) return f;
  const rule = { officeHolders: [{ unitKind: 'cell', office: 'secretary' }], guests: [{ name: 'Guest' }], ...(opts.delegates ? { delegates: { perUnitKind: 'cell', perMembers: 50, rounding: 'up' } } : {}) };
  const frozen = await freezeRoster(ctx, { org, conventionId: c.id, rule, cutoffOn: '2026-11-29', version: c.version });
  f.conventionVersion = frozen.convention.version;
  f.sessionId = (await addConventionSession(ctx, { org, conventionId: c.id, title: 'Plenary', start: '2026-12-10T09:00', end: '2026-12-10T12:00' })).id;
  const rows = await ctx.database.db.selectFrom('convention_roster').select(['id', 'category', 'member_id', 'version']).where('convention_id', '=', c.id).orderBy('id').execute();
  const holder = rows.find((r) => r.category === 'office_holder');
  const seat = rows.find((r) => r.category === 'delegate');
  f.rosterId = holder?.id ?? 0;
  f.rosterVersion = holder?.version ?? 1;
  f.seatId = seat?.id ?? 0;
  f.seatVersion = seat?.version ?? 1;
  // Everyone with a vote is checked in, so a vote has its quorum.
  for (const r of rows) if (r.category === 'office_holder') await checkIn(ctx, { org, conventionId: c.id, sessionId: f.sessionId, rosterId: r.id });
  if (!at('draft')) return f;
  const m = await draftMotion(ctx, { org, conventionId: c.id, sessionId: f.sessionId, kind: 'statement', title: 'Statement', text: 'We resolve.' });
  f.motionId = m.id;
  f.motionVersion = m.version;
  if (at('amended') && !at('voting')) {
    const amended = await proposeAmendment(ctx, { org, motionId: m.id, text: 'We resolve firmly.' });
    f.amendmentId = amended.amendments[0]?.id ?? 0;
    f.motionVersion = amended.version;
  }
  if (!at('voting')) return f;
  // (opts.paper: a secret ballot on paper, whose totals the tellers enter)
  const open = await openVote(ctx, { org, motionId: m.id, ballot: opts.paper ? 'secret' : 'open', medium: opts.paper ? 'paper' : undefined, version: m.version });
  f.motionVersion = open.version;
  if (!at('adopted')) return f;
  await castVote(ctx, { org, motionId: m.id, rosterId: f.rosterId, choice: 'for' });
  f.motionVersion = (await closeVote(ctx, { org, motionId: m.id, version: open.version })).version;
  if (at('published')) f.motionVersion = (await publishText(ctx, { org, motionId: m.id, version: f.motionVersion })).version;
  if (at('sent')) await sendDownDecision(ctx, { org, motionId: m.id });
  if (at('proceedings')) f.proceedingsVersion = (await assembleProceedings(ctx, { org, conventionId: c.id })).version;
  return f;
}
