import type { VoteResult, VoteRule } from '../core/vote-rules.js';
import type { AmendmentRow, MotionRow } from '../store/motion.repository.js';

export const motionKinds = ['motion', 'statement', 'resolution'] as const;
export const ballotKinds = ['open', 'secret'] as const;
export const ballotChoices = ['for', 'against', 'abstain'] as const;
export type BallotKind = (typeof ballotKinds)[number];

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

export const motionView = (m: MotionRow, amendments: AmendmentRow[], ballotsCast: number): MotionView => ({
  id: m.id,
  conventionId: m.convention_id,
  sessionId: m.session_id,
  kind: m.kind,
  title: m.title,
  text: m.text,
  status: m.status,
  ballot: m.ballot,
  voteRule: m.vote_rule === null ? null : (JSON.parse(m.vote_rule) as VoteRule),
  result: m.result === null ? null : (JSON.parse(m.result) as VoteResult),
  decidedAt: m.decided_at,
  publicId: m.public_id,
  publishedAt: m.published_at,
  amendments: amendments.filter((a) => a.motion_id === m.id).map(amendmentView),
  ballotsCast,
  version: m.version,
});
