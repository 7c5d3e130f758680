import type { CaseState } from '../../api/types';
import type { MessageKey } from '../../i18n/en';

/** Plain-words labels for the states and steps of cases and transfers, and for attention items. */

const caseStates: Record<CaseState, MessageKey> = {
  open: 'caseState.open',
  defence_received: 'caseState.defence_received',
  hearing_scheduled: 'caseState.hearing_scheduled',
  pending_ratification: 'caseState.pending_ratification',
  appeal_window: 'caseState.appeal_window',
  under_appeal: 'caseState.under_appeal',
  final: 'caseState.final',
  dismissed: 'caseState.dismissed',
  overturned: 'caseState.overturned',
  annulled: 'caseState.annulled',
  withdrawn: 'caseState.withdrawn',
};
export const caseStateKeys: readonly CaseState[] = ['open', 'defence_received', 'hearing_scheduled', 'pending_ratification', 'appeal_window', 'under_appeal', 'final', 'dismissed', 'overturned', 'annulled', 'withdrawn'];
export const asCaseState = (s: string | null): CaseState | undefined => caseStateKeys.find((k) => k === s);
export function caseStateLabel(s: string): MessageKey {
  const known = asCaseState(s);
  return known ? caseStates[known] : 'status.unknown';
}

/** Closed cases look quiet; cases waiting on someone stand out. */
export function caseStateColor(s: string): string {
  if (s === 'final') return 'red';
  if (s === 'pending_ratification' || s === 'under_appeal' || s === 'appeal_window') return 'orange';
  if (s === 'dismissed' || s === 'overturned' || s === 'annulled' || s === 'withdrawn') return 'gray';
  return 'indigo';
}

const steps: Record<string, MessageKey> = {
  open: 'caseStep.open',
  submit_defence: 'caseStep.submit_defence',
  schedule_hearing: 'caseStep.schedule_hearing',
  decide: 'caseStep.decide',
  ratify: 'caseStep.ratify',
  overturn: 'caseStep.overturn',
  appeal: 'caseStep.appeal',
  finalize: 'caseStep.finalize',
  uphold: 'caseStep.uphold',
  reduce: 'caseStep.reduce',
  annul: 'caseStep.annul',
  withdraw: 'caseStep.withdraw',
  attach_evidence: 'caseStep.attach_evidence',
  sanction_lifted: 'caseStep.sanction_lifted',
};
export const caseStepLabel = (a: string): MessageKey => steps[a] ?? 'status.unknown';

const attention: Record<string, MessageKey> = {
  defence_overdue: 'attention.defence_overdue',
  appeal_window_closing: 'attention.appeal_window_closing',
  appeal_window_closed: 'attention.appeal_window_closed',
  pending_ratification: 'attention.pending_ratification',
  appeal_pending: 'attention.appeal_pending',
  transfer_overdue: 'attention.transfer_overdue',
  probation_ended: 'attention.probation_ended',
  membership_lapsed: 'attention.membership_lapsed',
};
export const attentionLabel = (k: string): MessageKey => attention[k] ?? 'status.unknown';

const transferStates: Record<string, MessageKey> = {
  sent: 'transferState.sent',
  received: 'transferState.received',
  returned: 'transferState.returned',
  cancelled: 'transferState.cancelled',
};
export const transferStateLabel = (s: string): MessageKey => transferStates[s] ?? 'status.unknown';

const membershipSteps: Record<string, MessageKey> = {
  promote: 'lifecycle.stepPromote',
  extend_probation: 'lifecycle.stepExtend',
  reject: 'lifecycle.stepReject',
};
export const membershipStepLabel = (s: string): MessageKey => membershipSteps[s] ?? 'status.unknown';

/** A byte count as people read it (KiB, MiB). */
export function formatBytes(n: number, number: (n: number) => string): string {
  if (n < 1024) return `${number(n)} B`;
  if (n < 1024 * 1024) return `${number(Math.round((n / 1024) * 10) / 10)} KiB`;
  return `${number(Math.round((n / 1024 / 1024) * 10) / 10)} MiB`;
}
