import { Badge, Group } from '@mantine/core';
import type { Rules } from '../api/rulebook';
import { useI18n } from '../i18n/i18n';

/** Too small / too large / vacant office, from the unit's counters and the rulebook. */
export function UnitBadges({ rules, kind, directMembers, vacantOffices, dissolved }: { rules: Rules | undefined; kind: string; directMembers: number; vacantOffices: readonly string[]; dissolved?: boolean }) {
  const { t } = useI18n();
  const size = rules?.sizeStatus(kind, directMembers) ?? null;
  if (dissolved) {
    return (
      <Badge color="gray" variant="light" size="sm">
        {t('unit.dissolved')}
      </Badge>
    );
  }
  return (
    <Group gap={4} wrap="wrap">
      {size === 'too_small' && (
        <Badge color="orange" variant="light" size="sm">
          {t('badge.tooSmall')}
        </Badge>
      )}
      {size === 'too_large' && (
        <Badge color="red" variant="light" size="sm">
          {t('badge.tooLarge')}
        </Badge>
      )}
      {vacantOffices.map((o) => (
        <Badge key={o} color="grape" variant="light" size="sm">
          {t('badge.vacant', { office: rules?.officeName(kind, o) ?? o })}
        </Badge>
      ))}
    </Group>
  );
}
