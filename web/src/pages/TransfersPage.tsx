import { Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useOrgSlug } from '../api/queries';
import { TransferList } from '../components/discipline/TransferList';
import { UnitPicker } from '../components/UnitPicker';
import { useI18n } from '../i18n/i18n';

/** Transfers waiting on a unit the user may read: receive, return or cancel them. */
export default function TransfersPage() {
  const org = useOrgSlug();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const within = params.get('within');
  return (
    <Stack>
      <Title order={1}>{t('transfers.title')}</Title>
      <Text size="sm">{t('transfers.help')}</Text>
      <div style={{ maxWidth: 420 }}>
        <UnitPicker
          org={org}
          label={t('transfers.within')}
          required={false}
          value={within}
          onChange={(v) => {
            const next = new URLSearchParams(params);
            if (v) next.set('within', v);
            else next.delete('within');
            setParams(next, { replace: true });
          }}
        />
      </div>
      <TransferList key={within ?? 'all'} org={org} unitId={within ? Number(within) : undefined} />
    </Stack>
  );
}
