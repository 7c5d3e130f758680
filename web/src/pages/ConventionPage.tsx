import { Anchor, Breadcrumbs, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useConvention, useUnitOf } from '../api/meetings';
import { useOrgSlug } from '../api/queries';
import { Loading } from '../App';
import { AddressesPanel } from '../components/conventions/AddressesPanel';
import { MotionsPanel } from '../components/conventions/MotionsPanel';
import { ProceedingsPanel } from '../components/conventions/ProceedingsPanel';
import { RosterPanel } from '../components/conventions/RosterPanel';
import { SessionsPanel } from '../components/conventions/SessionsPanel';
import { ErrorState } from '../components/ErrorState';
import { ConventionStatusBadge } from '../components/meetings/ConventionStatusBadge';
import { useI18n } from '../i18n/i18n';

/** One edition of a convention: roster, program, addresses, motions and the record of proceedings. */
export default function ConventionPage() {
  const org = useOrgSlug();
  const conventionId = Number(useParams().conventionId);
  const { t, name, date } = useI18n();
  const convention = useConvention(org, conventionId);
  const unit = useUnitOf(org, convention.data?.convenedBy.unitId);
  const [tab, setTab] = useState<string | null>('roster');
  if (convention.isPending) return <Loading />;
  if (convention.error) return <ErrorState error={convention.error} />;
  const c = convention.data;
  const canRun = unit.data?.allowed.includes('run_meetings') ?? false;
  return (
    <Stack>
      <Breadcrumbs aria-label={t('unit.breadcrumbs')}>
        <Anchor component={Link} to={`/orgs/${org}/conventions`}>
          {t('convention.title')}
        </Anchor>
        <Text>{name(c.title)}</Text>
      </Breadcrumbs>
      <Stack gap={4}>
        <Group gap="xs">
          <Title order={1}>{name(c.title)}</Title>
          <ConventionStatusBadge status={c.status} />
        </Group>
        <Text>
          {c.startsOn === c.endsOn ? date(c.startsOn) : `${date(c.startsOn)} – ${date(c.endsOn)}`}
          {c.place ? ` · ${c.place}` : ''} · {t('convention.zone', { zone: c.timeZone })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('convention.convenedBy', { unit: unit.data?.name ?? c.convenedBy.unitCode })}
        </Text>
      </Stack>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="roster">{t('roster.title')}</Tabs.Tab>
          <Tabs.Tab value="sessions">{t('session.title')}</Tabs.Tab>
          <Tabs.Tab value="addresses">{t('address.title')}</Tabs.Tab>
          <Tabs.Tab value="motions">{t('motion.title')}</Tabs.Tab>
          <Tabs.Tab value="proceedings">{t('proceedings.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="roster" pt="md">
          <RosterPanel org={org} convention={c} canRun={canRun} />
        </Tabs.Panel>
        <Tabs.Panel value="sessions" pt="md">
          <SessionsPanel org={org} convention={c} canRun={canRun} />
        </Tabs.Panel>
        <Tabs.Panel value="addresses" pt="md">
          <AddressesPanel org={org} convention={c} canRun={canRun} />
        </Tabs.Panel>
        <Tabs.Panel value="motions" pt="md">
          <MotionsPanel org={org} convention={c} canRun={canRun} />
        </Tabs.Panel>
        <Tabs.Panel value="proceedings" pt="md">
          <ProceedingsPanel org={org} convention={c} canRun={canRun} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
