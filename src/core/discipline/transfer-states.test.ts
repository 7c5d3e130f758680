import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { nextTransferState, transferActions, transferStates, type TransferAction, type TransferState } from './transfer-states.js';

const expected: Record<TransferState, Partial<Record<TransferAction, TransferState>>> = {
  sent: { receive: 'received', return: 'returned', cancel: 'cancelled' },
  received: {},
  returned: {},
  cancelled: {},
};

const pairs = transferStates.flatMap((from) => transferActions.map((action) => ({ from, action, to: expected[from][action] ?? null })));

describe('transfer state machine', () => {
  it.each(pairs)('$from --$action--> $to', ({ from, action, to }) => {
    if (to) expect(nextTransferState(from, action)).toBe(to);
    else {
      let caught: unknown;
      try {
        nextTransferState(from, action);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect((caught as AppError).code).toBe('invalid_transition');
    }
  });

  it('random sequences decide a transfer at most once', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...transferActions), { maxLength: 10 }), (actions) => {
        let state: TransferState = 'sent';
        let decided = 0;
        for (const a of actions) {
          try {
            state = nextTransferState(state, a);
            decided++;
          } catch {
            expect(state).not.toBe('sent');
          }
        }
        expect(decided).toBeLessThanOrEqual(1);
        expect(transferStates).toContain(state);
      }),
    );
  });
});
