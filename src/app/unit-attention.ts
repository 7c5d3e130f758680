import { addDays, addMonths } from '../core/dates.js';
import { subtreeRange } from '../core/unit-path.js';
import { listCases } from '../store/discipline.repository.js';
import { listCandidatesIn, listInactiveIn, listTransfers } from '../store/lifecycle.repository.js';
import { scopedOrg, unitFor } from './access.js';
import { canSeeCase } from './case-access.js';
import { readDb, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import type { UnitRef } from './refs.js';

export type AttentionKind = 'defence_overdue' | 'appeal_window_closing' | 'appeal_window_closed' | 'pending_ratification' | 'appeal_pending' | 'transfer_overdue' | 'probation_ended' | 'membership_lapsed';

export interface AttentionItem {
  kind: AttentionKind;
  /** The day the step was due (or is due, for a window about to close). */
  dueOn: string;
  caseId: number | null;
  transferId: number | null;
  memberId: number;
  memberNo: string;
  unitCode: string;
  message: string;
}

/** Days before an appeal window closes that it shows up here. */
const CLOSING_SOON_DAYS = 7;

/**
 * What needs someone's attention in a unit's subtree, computed from the dates on every read (no job
 * has to run): defences overdue, appeal windows closing or closed, decisions awaiting ratification
 * or appeal, transfers not received in time, candidates whose probation has ended, and (when the
 * rulebook has a lapse rule) members without recorded activity for that long. Cases appear
 * only to those who may see them.
 */
export async function unitAttention(ctx: AppContext, org: string, ref: UnitRef): Promise<AttentionItem[]> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  const unit = await unitFor(db, s, ref, 'read');
  const range = subtreeRange(unit.path);
  const today = todayOf(ctx);
  const items: AttentionItem[] = [];
  const open = await listCases(db, s.org.id, { scopes: [range], states: ['open', 'pending_ratification', 'appeal_window', 'under_appeal'], limit: 5000 });
  for (const c of open.filter((x) => canSeeCase(s, x))) {
    const base = { caseId: c.id, transferId: null, memberId: c.member_id, memberNo: c.member_no, unitCode: c.unit_code };
    if (c.state === 'open' && c.defence_due_on < today) items.push({ ...base, kind: 'defence_overdue', dueOn: c.defence_due_on, message: `Case ${c.id}: no defence by ${c.defence_due_on}; schedule the hearing` });
    if (c.state === 'pending_ratification') items.push({ ...base, kind: 'pending_ratification', dueOn: c.decided_on ?? c.opened_on, message: `Case ${c.id}: ${c.penalty ?? 'the decision'} awaits ratification` });
    if (c.state === 'under_appeal') items.push({ ...base, kind: 'appeal_pending', dueOn: c.appealed_on ?? today, message: `Case ${c.id}: an appeal awaits the appeal body's decision` });
    if (c.state === 'appeal_window' && c.appeal_due_on !== null) {
      if (c.appeal_due_on < today) items.push({ ...base, kind: 'appeal_window_closed', dueOn: c.appeal_due_on, message: `Case ${c.id}: the appeal window closed on ${c.appeal_due_on}; the decision becomes final` });
      else if (c.appeal_due_on <= addDays(today, CLOSING_SOON_DAYS)) items.push({ ...base, kind: 'appeal_window_closing', dueOn: c.appeal_due_on, message: `Case ${c.id}: the appeal window closes on ${c.appeal_due_on}` });
    }
  }
  for (const t of await listTransfers(db, s.org.id, { scopes: [range], overdueOn: today, limit: 5000 })) {
    items.push({ kind: 'transfer_overdue', dueOn: t.due_on, caseId: null, transferId: t.id, memberId: t.member_id, memberNo: '', unitCode: t.to_code, message: `Transfer ${t.id} from '${t.from_code}' to '${t.to_code}' was due by ${t.due_on}` });
  }
  const months = s.rules.rulebook.membership.candidateMonths;
  for (const m of await listCandidatesIn(db, s.org.id, range, 5000)) {
    const ends = m.probation_ends_on ?? addMonths(m.joined_on, months);
    if (ends <= today) items.push({ kind: 'probation_ended', dueOn: ends, caseId: null, transferId: null, memberId: m.id, memberNo: m.member_no, unitCode: m.unit_code, message: `Candidate ${m.member_no}: probation ended on ${ends}; promote, extend or reject` });
  }
  const lapse = s.rules.rulebook.membership.lapseAfterMonths;
  if (lapse !== null) {
    const cutoff = addMonths(today, -lapse);
    for (const m of await listInactiveIn(db, s.org.id, range, ['candidate', 'full_member', 'suspended'], cutoff, 5000)) {
      const due = addMonths(String(m.last_active).slice(0, 10), lapse);
      items.push({ kind: 'membership_lapsed', dueOn: due, caseId: null, transferId: null, memberId: m.id, memberNo: m.member_no, unitCode: m.unit_code, message: `Member ${m.member_no}: no recorded activity or dues since ${String(m.last_active).slice(0, 10)}; membership lapsed on ${due} by the rulebook` });
    }
  }
  return items.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.kind.localeCompare(b.kind));
}
