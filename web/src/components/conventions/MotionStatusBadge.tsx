import { Badge } from '@mantine/core';
import type { Motion } from '../../api/meetings';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';

const look: Record<Motion['status'], [MessageKey, string]> = {
  draft: ['motion.status.draft', 'orange'],
  voting: ['motion.status.voting', 'indigo'],
  adopted: ['motion.status.adopted', 'green'],
  rejected: ['motion.status.rejected', 'red'],
  withdrawn: ['motion.status.withdrawn', 'gray'],
};

export function MotionStatusBadge({ status }: { status: Motion['status'] }) {
  const { t } = useI18n();
  const [key, color] = look[status];
  return (
    <Badge color={color} variant="light">
      {t(key)}
    </Badge>
  );
}
