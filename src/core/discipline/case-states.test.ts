import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { allowedCaseActions, assertCaseTransition, caseActions, caseStates, caseTransitions, closedCaseStates, type CaseAction, type CaseState } from './case-states.js';

/**
 * Due process written out independently of the implementation: for every state, each allowed action
 * and where it may lead. Every (state, action, target) triple not listed here must be refused.
 */
const expected: Record<CaseState, Partial<Record<CaseAction, CaseState[]>>> = {
  open: { submit_defence: ['defence_received'], schedule_hearing: ['hearing_scheduled'], withdraw: ['withdrawn'] },
  defence_received: { schedule_hearing: ['hearing_scheduled'], withdraw: ['withdrawn'] },
  hearing_scheduled: { submit_defence: ['hearing_scheduled'], schedule_hearing: ['hearing_scheduled'], decide: ['pending_ratification', 'appeal_window', 'dismissed'], withdraw: ['withdrawn'] },
  pending_ratification: { ratify: ['appeal_window'], overturn: ['overturned'] },
  appeal_window: { appeal: ['under_appeal'], finalize: ['final'] },
  under_appeal: { uphold: ['final'], reduce: ['final'], annul: ['annulled'] },
  final: {},
  dismissed: {},
  overturned: {},
  annulled: {},
  withdrawn: {},
};

const triples = caseStates.flatMap((from) => caseActions.flatMap((action) => caseStates.map((to) => ({ from, action, to, allowed: expected[from][action]?.includes(to) === true }))));

function refusal(from: CaseState, action: CaseAction, to: CaseState): AppError | undefined {
  try {
    assertCaseTransition(from, action, to);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
}

describe('disciplinary case state machine', () => {
  it('covers every state × action × target', () => {
    expect(triples).toHaveLength(caseStates.length * caseActions.length * caseStates.length);
    expect(triples.filter((t) => t.allowed)).toHaveLength(18);
  });

  it.each(triples)('$from --$action--> $to: allowed=$allowed', ({ from, action, to, allowed }) => {
    expect(caseTransitions[from][action]?.includes(to) === true).toBe(allowed);
    const e = refusal(from, action, to);
    if (allowed) expect(e).toBeUndefined();
    else {
      expect(e?.code).toBe('invalid_transition');
      expect(e?.status).toBe(409);
    }
  });

  it('says what is allowed instead, or that the case is closed', () => {
    expect(refusal('open', 'decide', 'dismissed')?.hint).toBe('Allowed now: submit_defence, schedule_hearing, withdraw');
    expect(refusal('final', 'appeal', 'under_appeal')?.hint).toBe("'final' is closed");
    expect(refusal('hearing_scheduled', 'decide', 'final')?.hint).toMatch(/pending_ratification, appeal_window, dismissed/);
  });

  it('closes in exactly the five outcomes, and every outcome is reachable from open', () => {
    expect([...closedCaseStates].sort()).toEqual(['annulled', 'dismissed', 'final', 'overturned', 'withdrawn']);
    const seen = new Set<CaseState>(['open']);
    for (let size = 0; size !== seen.size; ) {
      size = seen.size;
      for (const s of [...seen]) for (const targets of Object.values(caseTransitions[s])) for (const t of targets) seen.add(t);
    }
    expect(seen.size).toBe(caseStates.length);
  });

  it('no decision without a hearing, no effect without passing ratification or the appeal window', () => {
    // Walk every path from `open`: 'final' is only ever entered from the appeal window or an appeal.
    for (const from of caseStates) {
      for (const [action, targets] of Object.entries(caseTransitions[from])) {
        if (targets.includes('final')) expect(['appeal_window', 'under_appeal']).toContain(from);
        if (action === 'decide') expect(from).toBe('hearing_scheduled');
      }
    }
  });

  it('random walks along allowed actions never reach an unknown state and stop only when closed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }), fc.array(fc.constantFrom(...caseActions), { maxLength: 40 }), (choices, attempts) => {
        let state: CaseState = 'open';
        let steps = 0;
        for (const [i, [a, b]] of choices.entries()) {
          // A random action that may be forbidden: refused without changing anything.
          const tried = attempts[i];
          if (tried && !allowedCaseActions(state).includes(tried)) expect(refusal(state, tried, 'final')?.code).toBe('invalid_transition');
          const actions = allowedCaseActions(state);
          if (actions.length === 0) {
            expect(closedCaseStates).toContain(state);
            return;
          }
          const action = actions[a % actions.length] as CaseAction;
          const targets = caseTransitions[state][action] ?? [];
          const to = targets[b % targets.length] as CaseState;
          assertCaseTransition(state, action, to);
          state = to;
          steps++;
          expect(caseStates).toContain(state);
        }
        expect(steps).toBeLessThanOrEqual(choices.length);
      }),
    );
  });
});
