import { api, unwrap } from '../../api/client';
import type { Member } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { ConfirmWithReason } from '../forms';
import { UnitPicker } from '../UnitPicker';
import { useState } from 'react';
import { Text } from '@mantine/core';

/** Move a member to another unit; the placement history keeps the old one with the reason. */
export function TransferModal({ org, member, onClose }: { org: string; member: Pick<Member, 'id' | 'familyName' | 'givenName' | 'version' | 'unitId'>; onClose(): void }) {
  const { t } = useI18n();
  const [target, setTarget] = useState<string | null>(null);
  return (
    <ConfirmWithReason
      opened
      onClose={onClose}
      org={org}
      title={t('member.transferTitle', { name: `${member.familyName} ${member.givenName}` })}
      confirmLabel={t('member.transfer')}
      action={(reason) => {
        if (!target) return Promise.reject(new Error('no target'));
        return unwrap(api.POST('/api/v1/orgs/{org}/members/{memberId}/transfer', { params: { path: { org, memberId: member.id } }, body: { unitId: Number(target), reason, version: member.version } }));
      }}
    >
      <UnitPicker org={org} label={t('member.transferTo')} exclude={member.unitId ?? undefined} value={target} onChange={setTarget} />
      {!target && <Text size="xs">{t('member.transferPick')}</Text>}
    </ConfirmWithReason>
  );
}
