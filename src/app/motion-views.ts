import type { VoteResult, VoteRule } from '../core/vote-rules.js';
import type { AmendmentRow, MotionRow, PaperTotalsRow } from '../store/motion.repository.js';

export const motionKinds = ['motion', 'statement', 'resolution'] as const;
export const ballotKinds = ['open', 'secret'] as const;
export const ballotChoices = ['for', 'against', 'abstain'] as const;
export type BallotKind = (typeof ballotKinds)[number];
export const ballotMedia = ['electronic', 'paper'] as const;
export type BallotMedium = (typeof ballotMedia)[number];

/** A paper secret ballot as the tellers counted it: totals only, and who entered them. */
export interface PaperTotalsView {
  for: number;
  against: number;
  abstain: number;
  spoilt: number;
  enteredBy: string;
  enteredAt: string;
  version: number;
}

export interface AmendmentView {
  id: number;
  text: string;
  rationale: string | null;
  status: 'proposed' | 'accepted' | 'rejected';
  proposedAt: string;
  decidedAt: string | null;
}

export interface MotionView {
  id: number;
  conventionId: number;
  sessionId: number | null;
  kind: 'motion' | 'statement' | 'resolution';
  title: string;
  text: string;
  status: 'draft' | 'voting' | 'adopted' | 'rejected' | 'withdrawn';
  ballot: BallotKind | null;
  /** How a secret ballot is cast: by each voter in the app, or on paper counted by tellers. */
  ballotMedium: BallotMedium | null;
  /** The tellers' totals of a paper ballot, once entered. */
  paperTotals: PaperTotalsView | null;
  /** The member who moved it (may withdraw it, as may the chair). */
  moverMemberId: number | null;
  withdrawal: { at: string; reason: string } | null;
  voteRule: VoteRule | null;
  /** The decision and the basis it used (rule, entitled, present, counts); null until the vote closes. */
  result: VoteResult | null;
  decidedAt: string | null;
  /** Stable citable id once published in the bulletin. */
  publicId: string | null;
  publishedAt: string | null;
  amendments: AmendmentView[];
  /** Ballots cast so far (while voting: how many, never how). */
  ballotsCast: number;
  version: number;
}

export const amendmentView = (a: AmendmentRow): AmendmentView => ({ id: a.id, text: a.text, rationale: a.rationale, status: a.status, proposedAt: a.created_at, decidedAt: a.decided_at });

export const paperTotalsView = (p: PaperTotalsRow): PaperTotalsView => ({ for: p.votes_for, against: p.votes_against, abstain: p.abstentions, spoilt: p.spoilt, enteredBy: p.entered_by, enteredAt: p.entered_at, version: p.version });

export const motionView = (m: MotionRow, amendments: AmendmentRow[], ballotsCast: number, paper: PaperTotalsRow | undefined = undefined): MotionView => ({
  id: m.id,
  conventionId: m.convention_id,
  sessionId: m.session_id,
  kind: m.kind,
  title: m.title,
  text: m.text,
  status: m.status,
  ballot: m.ballot,
  ballotMedium: m.ballot === 'secret' ? (m.ballot_medium ?? 'electronic') : null,
  paperTotals: paper ? paperTotalsView(paper) : null,
  moverMemberId: m.mover_member_id,
  withdrawal: m.withdrawn_at === null ? null : { at: m.withdrawn_at, reason: m.withdrawn_reason ?? '' },
  voteRule: m.vote_rule === null ? null : (JSON.parse(m.vote_rule) as VoteRule),
  result: m.result === null ? null : (JSON.parse(m.result) as VoteResult),
  decidedAt: m.decided_at,
  publicId: m.public_id,
  publishedAt: m.published_at,
  amendments: amendments.filter((a) => a.motion_id === m.id).map(amendmentView),
  ballotsCast,
  version: m.version,
});
