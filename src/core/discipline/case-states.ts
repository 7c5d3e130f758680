import { AppError } from '../errors.js';

/**
 * The disciplinary case as a state machine, written as data: for every state, the actions allowed
 * there and the states each may lead to. Due process is the order this table enforces: charges and
 * notice (`open`), the member's answer, a hearing, a decision by vote, ratification by a higher body
 * when the penalty needs it, an appeal window, then a final outcome. Whatever is not listed is refused.
 */
export const caseStates = [
  'open',
  'defence_received',
  'hearing_scheduled',
  'pending_ratification',
  'appeal_window',
  'under_appeal',
  'final',
  'dismissed',
  'overturned',
  'annulled',
  'withdrawn',
] as const;
export type CaseState = (typeof caseStates)[number];

export const caseActions = [
  'submit_defence',
  'schedule_hearing',
  'decide',
  'ratify',
  'overturn',
  'appeal',
  'finalize',
  'uphold',
  'reduce',
  'annul',
  'withdraw',
] as const;
export type CaseAction = (typeof caseActions)[number];

export const caseTransitions: Readonly<Record<CaseState, Readonly<Partial<Record<CaseAction, readonly CaseState[]>>>>> = {
  open: { submit_defence: ['defence_received'], schedule_hearing: ['hearing_scheduled'], withdraw: ['withdrawn'] },
  defence_received: { schedule_hearing: ['hearing_scheduled'], withdraw: ['withdrawn'] },
  // A hearing may be moved; a defence not yet given may still come in before the decision.
  hearing_scheduled: {
    submit_defence: ['hearing_scheduled'],
    schedule_hearing: ['hearing_scheduled'],
    decide: ['pending_ratification', 'appeal_window', 'dismissed'],
    withdraw: ['withdrawn'],
  },
  pending_ratification: { ratify: ['appeal_window'], overturn: ['overturned'] },
  // `finalize`: the window passed (or the member waived the appeal); the penalty takes effect.
  appeal_window: { appeal: ['under_appeal'], finalize: ['final'] },
  under_appeal: { uphold: ['final'], reduce: ['final'], annul: ['annulled'] },
  final: {},
  dismissed: {},
  overturned: {},
  annulled: {},
  withdrawn: {},
};

/** States with nothing left to do. */
export const closedCaseStates: readonly CaseState[] = caseStates.filter((s) => Object.keys(caseTransitions[s]).length === 0);

export function isCaseState(value: string): value is CaseState {
  return (caseStates as readonly string[]).includes(value);
}

export function allowedCaseActions(state: CaseState): CaseAction[] {
  return caseActions.filter((a) => caseTransitions[state][a] !== undefined);
}

const describe = (a: CaseAction): string => a.replace('_', ' ');

/** Throws `invalid_transition` unless `action` is allowed at all in state `from`. */
export function assertCaseAction(from: CaseState, action: CaseAction): void {
  if (caseTransitions[from][action]) return;
  const allowed = allowedCaseActions(from);
  throw new AppError('invalid_transition', `A case that is '${from}' cannot ${describe(action)}`, {
    hint: allowed.length > 0 ? `Allowed now: ${allowed.join(', ')}` : `'${from}' is closed`,
  });
}

/** Throws `invalid_transition` unless `action` may take a case from `from` to `to`. */
export function assertCaseTransition(from: CaseState, action: CaseAction, to: CaseState): void {
  assertCaseAction(from, action);
  const targets = caseTransitions[from][action] ?? [];
  if (!targets.includes(to)) {
    throw new AppError('invalid_transition', `'${action}' cannot take a case from '${from}' to '${to}'`, { hint: `It leads to: ${targets.join(', ')}` });
  }
}
