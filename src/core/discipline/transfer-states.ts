import { AppError } from '../errors.js';

/**
 * A transfer between units as two sides: the old unit sends, the new unit receives or returns it.
 * The member stays placed in the old unit until received, so they are never in two units or none.
 * Until then the sending unit may also cancel it.
 */
export const transferStates = ['sent', 'received', 'returned', 'cancelled'] as const;
export type TransferState = (typeof transferStates)[number];
export const transferActions = ['receive', 'return', 'cancel'] as const;
export type TransferAction = (typeof transferActions)[number];

export const transferTransitions: Readonly<Record<TransferState, Readonly<Partial<Record<TransferAction, TransferState>>>>> = {
  sent: { receive: 'received', return: 'returned', cancel: 'cancelled' },
  received: {},
  returned: {},
  cancelled: {},
};

export function nextTransferState(from: TransferState, action: TransferAction): TransferState {
  const to = transferTransitions[from][action];
  if (!to) throw new AppError('invalid_transition', `A transfer that was ${from} cannot be ${action === 'receive' ? 'received' : action === 'return' ? 'returned' : 'cancelled'}`, { hint: 'Only a sent transfer is still open' });
  return to;
}
