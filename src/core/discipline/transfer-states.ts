import { AppError } from '../errors.js';

/**
 * A transfer between units as two sides: the old unit sends, the new unit receives or returns it.
 * The member stays placed in the old unit until received, so they are never in two units or none.
 */
export const transferStates = ['sent', 'received', 'returned'] as const;
export type TransferState = (typeof transferStates)[number];
export const transferActions = ['receive', 'return'] as const;
export type TransferAction = (typeof transferActions)[number];

export const transferTransitions: Readonly<Record<TransferState, Readonly<Partial<Record<TransferAction, TransferState>>>>> = {
  sent: { receive: 'received', return: 'returned' },
  received: {},
  returned: {},
};

export function nextTransferState(from: TransferState, action: TransferAction): TransferState {
  const to = transferTransitions[from][action];
  if (!to) throw new AppError('invalid_transition', `A transfer that was ${from} cannot be ${action === 'receive' ? 'received' : 'returned'}`, { hint: 'Only a sent transfer awaits the receiving unit' });
  return to;
}
