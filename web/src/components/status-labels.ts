import type { MessageKey } from '../i18n/en';

const labels: Record<string, MessageKey> = {
  applicant: 'status.applicant',
  candidate: 'status.candidate',
  full_member: 'status.full_member',
  suspended: 'status.suspended',
  expelled: 'status.expelled',
  resigned: 'status.resigned',
  deceased: 'status.deceased',
};

export function statusLabel(status: string): MessageKey {
  return labels[status] ?? 'status.unknown';
}
