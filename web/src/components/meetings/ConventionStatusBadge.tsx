import { Badge } from '@mantine/core';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';

const label: Record<'planned' | 'frozen' | 'closed' | 'past', [MessageKey, string]> = {
  planned: ['convention.status.planned', 'orange'],
  frozen: ['convention.status.frozen', 'indigo'],
  closed: ['convention.status.closed', 'gray'],
  past: ['convention.status.past', 'gray'],
};

export function ConventionStatusBadge({ status }: { status: keyof typeof label }) {
  const { t } = useI18n();
  const [key, color] = label[status];
  return (
    <Badge color={color} variant="light">
      {t(key)}
    </Badge>
  );
}
