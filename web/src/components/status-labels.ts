import type { MessageKey } from '../i18n/en';

const labels: Record<string, MessageKey> = {
  applicant: 'status.applicant',
  candidate: 'status.candidate',
  full_member: 'status.full_member',
  suspended: 'status.suspended',
  expelled: 'status.expelled',
  resigned: 'status.resigned',
  deceased: 'status.deceased',
  rejected: 'status.rejected',
  lapsed: 'status.lapsed',
};

export function statusLabel(status: string): MessageKey {
  return labels[status] ?? 'status.unknown';
}
