import { Anchor, Badge, Breadcrumbs, Button, Card, Group, Select, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useOrgSlug, useUnit } from '../api/queries';
import { useRules, type Rules } from '../api/rulebook';
import type { UnitDetail } from '../api/types';
import { Loading } from '../App';
import { ErrorState } from '../components/ErrorState';
import { ConfirmWithReason } from '../components/forms';
import { ProblemAlert } from '../components/ProblemAlert';
import { OpenCaseFromUnit } from '../components/discipline/OpenCaseModal';
import { TransferList } from '../components/discipline/TransferList';
import { AdmitModal } from '../components/unit/AdmitModal';
import { Roster } from '../components/unit/Roster';
import { SplitModal } from '../components/unit/SplitModal';
import { UnitBadges } from '../components/UnitBadges';
import { UnitPicker } from '../components/UnitPicker';
import { UnitMeetings } from '../components/meetings/UnitMeetings';
import { useI18n } from '../i18n/i18n';
import { CursorPager, useCursorPages } from '../components/CursorPager';

type Dialog = 'admit' | 'case' | 'split' | 'merge' | 'dissolve' | 'rename' | 'appoint' | { endTerm: NonNullable<UnitDetail['offices'][number]['holder']> } | null;

export default function UnitPage() {
  const org = useOrgSlug();
  const unitId = Number(useParams().unitId);
  const { t, number } = useI18n();
  const rules = useRules(org);
  const unit = useUnit(org, unitId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [tab, setTab] = useState<string | null>('roster');
  const navigate = useNavigate();
  if (unit.isPending) return <Loading />;
  if (unit.error) return <ErrorState error={unit.error} />;
  const u = unit.data;
  const kind = rules?.kind(u.kind);
  const canMembers = u.allowed.includes('write_members') && u.status === 'active';
  const canStructure = u.allowed.includes('write_structure') && u.status === 'active';
  const close = () => setDialog(null);
  const vacant = u.offices.filter((o) => o.required && !o.holder).map((o) => o.office);

  return (
    <Stack>
      <Breadcrumbs aria-label={t('unit.breadcrumbs')}>
        <Anchor component={Link} to={`/orgs/${org}/tree`}>
          {t('nav.tree')}
        </Anchor>
        {u.parentId !== null && (
          <Anchor component={Link} to={`/orgs/${org}/units/${u.parentId}`}>
            {u.parentCode}
          </Anchor>
        )}
        <Text>{u.code}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{u.name}</Title>
          <Group gap="xs">
            <Text c="dimmed">
              {rules?.kindName(u.kind) ?? u.kind} · {u.code}
            </Text>
            <UnitBadges rules={rules} kind={u.kind} directMembers={u.counts.directMembers} vacantOffices={vacant} dissolved={u.status === 'dissolved'} />
          </Group>
        </Stack>
        <Group gap="xs">
          {canMembers && kind?.holdsMembers && <Button onClick={() => setDialog('admit')}>{t('unit.admit')}</Button>}
          {canStructure && kind?.holdsMembers && (
            <Button variant="light" onClick={() => setDialog('split')}>
              {t('unit.split')}
            </Button>
          )}
          {canStructure && (
            <Button variant="light" onClick={() => setDialog('merge')}>
              {t('unit.merge')}
            </Button>
          )}
          {canStructure && (
            <Button variant="default" onClick={() => setDialog('rename')}>
              {t('unit.rename')}
            </Button>
          )}
          {canStructure && (
            <Button variant="outline" color="red.9" onClick={() => setDialog('dissolve')}>
              {t('unit.dissolve')}
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 3 }} component="dl" m={0}>
        <Stat label={t('unit.directMembers')} value={number(u.counts.directMembers)} hint={kind?.size ? t('unit.bounds', { min: kind.size.min, max: kind.size.max }) : undefined} />
        <Stat label={t('unit.subtreeMembers')} value={number(u.counts.subtreeMembers)} />
        <Stat label={t('unit.subtreeUnits')} value={number(u.counts.subtreeUnits)} />
      </SimpleGrid>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          {kind?.holdsMembers && <Tabs.Tab value="roster">{t('unit.roster')}</Tabs.Tab>}
          <Tabs.Tab value="officers">{t('unit.officers')}</Tabs.Tab>
          <Tabs.Tab value="subunits">{t('unit.subunits')}</Tabs.Tab>
          <Tabs.Tab value="transfers">{t('transfers.title')}</Tabs.Tab>
          <Tabs.Tab value="cases">{t('cases.title')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('unit.history')}</Tabs.Tab>
          <Tabs.Tab value="meetings">{t('unit.meetings')}</Tabs.Tab>
        </Tabs.List>
        {kind?.holdsMembers && (
          <Tabs.Panel value="roster" pt="md">
            <Roster org={org} unitId={u.id} canWrite={canMembers} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="officers" pt="md">
          <Officers org={org} unit={u} rules={rules} canWrite={canStructure} onAppoint={() => setDialog('appoint')} onEnd={(term) => setDialog({ endTerm: term })} />
        </Tabs.Panel>
        <Tabs.Panel value="subunits" pt="md">
          <SubUnits org={org} unitId={u.id} rules={rules} />
        </Tabs.Panel>
        <Tabs.Panel value="transfers" pt="md">
          <TransferList org={org} unitId={u.id} />
        </Tabs.Panel>
        <Tabs.Panel value="cases" pt="md">
          <Stack align="flex-start">
            <Text size="sm">{t('unit.casesHelp')}</Text>
            <Group gap="xs">
              <Button component={Link} to={`/orgs/${org}/cases?within=${u.id}`} variant="light">
                {t('unit.casesHere')}
              </Button>
              <Button component={Link} to={`/orgs/${org}/reports/cases?within=${u.id}`} variant="default">
                {t('report.title')}
              </Button>
              {u.allowed.includes('write_members') && u.status === 'active' && (
                <Button variant="outline" color="red.9" onClick={() => setDialog('case')}>
                  {t('openCase.button')}
                </Button>
              )}
            </Group>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <History org={org} unitId={u.id} />
        </Tabs.Panel>
        <Tabs.Panel value="meetings" pt="md">
          <UnitMeetings org={org} unitId={u.id} canRun={u.allowed.includes('run_meetings') && u.status === 'active'} />
        </Tabs.Panel>
      </Tabs>

      {dialog === 'admit' && <AdmitModal org={org} unitId={u.id} unitName={u.name} onClose={close} />}
      {dialog === 'case' && <OpenCaseFromUnit org={org} unitId={u.id} onClose={close} />}
      {dialog === 'split' && <SplitModal org={org} unit={u} onClose={close} />}
      {dialog === 'merge' && <MergeDialog org={org} unit={u} onClose={close} onMerged={(id) => navigate(`/orgs/${org}/units/${id}`)} />}
      {dialog === 'rename' && <RenameDialog org={org} unit={u} onClose={close} />}
      {dialog === 'appoint' && <AppointDialog org={org} unit={u} rules={rules} onClose={close} />}
      <ConfirmWithReason
        opened={dialog === 'dissolve'}
        onClose={close}
        org={org}
        danger
        title={t('unit.dissolveTitle', { unit: u.name })}
        confirmLabel={t('unit.dissolve')}
        action={(reason) => unwrap(api.POST('/api/v1/orgs/{org}/units/{unitId}/dissolve', { params: { path: { org, unitId: u.id } }, body: { reason, version: u.version } }))}
      >
        <Text size="sm">{t('unit.dissolveHelp')}</Text>
      </ConfirmWithReason>
      {typeof dialog === 'object' && dialog !== null && (
        <ConfirmWithReason
          opened
          onClose={close}
          org={org}
          title={t('office.endTitle', { name: dialog.endTerm.holderName, office: rules?.officeName(u.kind, dialog.endTerm.office) ?? dialog.endTerm.office })}
          confirmLabel={t('office.end')}
          action={(reason) => unwrap(api.POST('/api/v1/orgs/{org}/office-terms/{termId}/end', { params: { path: { org, termId: dialog.endTerm.id } }, body: { reason, version: dialog.endTerm.version } }))}
        />
      )}
    </Stack>
  );
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string | undefined }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" component="dt">
        {label}
      </Text>
      <Text fw={700} size="xl" component="dd" m={0}>
        {value}
        {hint && (
          <Text span display="block" size="xs" c="dimmed" fw={400}>
            {hint}
          </Text>
        )}
      </Text>
    </Card>
  );
}

function Officers({ org, unit, rules, canWrite, onAppoint, onEnd }: { org: string; unit: UnitDetail; rules: Rules | undefined; canWrite: boolean; onAppoint(): void; onEnd(term: NonNullable<UnitDetail['offices'][number]['holder']>): void }) {
  const { t, date } = useI18n();
  if (unit.offices.length === 0) return <Text size="sm">{t('office.none')}</Text>;
  return (
    <Stack>
      <Table.ScrollContainer minWidth={480}>
        <Table aria-label={t('unit.officers')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('office.office')}</Table.Th>
              <Table.Th>{t('office.holder')}</Table.Th>
              <Table.Th>{t('office.since')}</Table.Th>
              {canWrite && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {unit.offices.map((o) => (
              <Table.Tr key={o.office}>
                <Table.Td>{rules?.officeName(unit.kind, o.office) ?? o.office}</Table.Td>
                <Table.Td>
                  {o.holder ? (
                    <Anchor component={Link} to={`/orgs/${org}/members/${o.holder.memberId}`}>
                      {o.holder.holderName}
                    </Anchor>
                  ) : (
                    <Badge color={o.required ? 'grape' : 'gray'} variant="light">
                      {o.required ? t('office.vacantRequired') : t('office.vacant')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{o.holder ? `${date(o.holder.startOn)}${o.holder.endOn ? ` – ${date(o.holder.endOn)}` : ''}` : '—'}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    {o.holder && (
                      <Button size="compact-xs" variant="default" onClick={() => o.holder && onEnd(o.holder)}>
                        {t('office.end')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canWrite && (
        <Button variant="light" w="fit-content" onClick={onAppoint}>
          {t('office.appoint')}
        </Button>
      )}
    </Stack>
  );
}

function AppointDialog({ org, unit, rules, onClose }: { org: string; unit: UnitDetail; rules: Rules | undefined; onClose(): void }) {
  const { t } = useI18n();
  const [office, setOffice] = useState<string | null>(unit.offices.find((o) => !o.holder)?.office ?? unit.offices[0]?.office ?? null);
  const [member, setMember] = useState<string | null>(null);
  const [startOn, setStartOn] = useState('');
  const candidates = useQuery({
    queryKey: [org, 'members', 'appoint', unit.id],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/members', { params: { path: { org }, query: { within: unit.id, limit: 500 } } })),
  });
  return (
    <ConfirmWithReason
      opened
      onClose={onClose}
      org={org}
      title={t('office.appointTitle', { unit: unit.name })}
      confirmLabel={t('office.appoint')}
      action={() => {
        if (!office || !member) return Promise.reject(new Error(t('office.pick')));
        return unwrap(api.POST('/api/v1/orgs/{org}/units/{unitId}/offices', { params: { path: { org, unitId: unit.id } }, body: { office, memberId: Number(member), ...(startOn ? { startOn } : {}) } }));
      }}
    >
      <Select label={t('office.office')} data={unit.offices.map((o) => ({ value: o.office, label: rules?.officeName(unit.kind, o.office) ?? o.office }))} value={office} onChange={setOffice} allowDeselect={false} required />
      <Select
        label={t('office.holder')}
        searchable
        data={(candidates.data?.items ?? []).map((m) => ({ value: String(m.id), label: `${m.familyName} ${m.givenName} (${m.memberNo})` }))}
        value={member}
        onChange={setMember}
        nothingFoundMessage={t('tree.noResults')}
        required
      />
      <TextInput label={t('office.startOn')} type="date" value={startOn} onChange={(e) => setStartOn(e.currentTarget.value)} />
      <ProblemAlert error={candidates.error} />
    </ConfirmWithReason>
  );
}

function MergeDialog({ org, unit, onClose, onMerged }: { org: string; unit: UnitDetail; onClose(): void; onMerged(id: number): void }) {
  const { t } = useI18n();
  const [target, setTarget] = useState<string | null>(null);
  return (
    <ConfirmWithReason
      opened
      onClose={onClose}
      org={org}
      title={t('merge.title', { unit: unit.name })}
      confirmLabel={t('unit.merge')}
      action={(reason) => {
        if (!target) return Promise.reject(new Error(t('merge.pick')));
        return unwrap(api.POST('/api/v1/orgs/{org}/units/{unitId}/merge', { params: { path: { org, unitId: unit.id } }, body: { targetId: Number(target), reason, version: unit.version } }));
      }}
      onDone={() => target && onMerged(Number(target))}
    >
      <Text size="sm">{t('merge.help')}</Text>
      <UnitPicker org={org} label={t('merge.target')} kind={unit.kind} exclude={unit.id} value={target} onChange={setTarget} />
    </ConfirmWithReason>
  );
}

function RenameDialog({ org, unit, onClose }: { org: string; unit: UnitDetail; onClose(): void }) {
  const { t } = useI18n();
  const [name, setName] = useState(unit.name);
  return (
    <ConfirmWithReason
      opened
      onClose={onClose}
      org={org}
      title={t('rename.title', { unit: unit.name })}
      confirmLabel={t('unit.rename')}
      action={(reason) => unwrap(api.POST('/api/v1/orgs/{org}/units/{unitId}/rename', { params: { path: { org, unitId: unit.id } }, body: { name: name.trim(), reason, version: unit.version } }))}
    >
      <TextInput label={t('rename.newName')} value={name} onChange={(e) => setName(e.currentTarget.value)} required />
    </ConfirmWithReason>
  );
}

function SubUnits({ org, unitId, rules }: { org: string; unitId: number; rules: Rules | undefined }) {
  const { t, number } = useI18n();
  const pages = useCursorPages();
  const cursor = pages.cursor;
  const children = useQuery({
    queryKey: [org, 'units', 'children', unitId, cursor ?? null],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/units', { params: { path: { org }, query: { parentId: unitId, limit: 100, ...(cursor ? { cursor } : {}) } } })),
  });
  if (children.error) return <ProblemAlert error={children.error} />;
  const items = children.data?.items ?? [];
  if (children.data && items.length === 0) return <Text size="sm">{t('unit.noSubunits')}</Text>;
  return (
    <Stack>
      <Table.ScrollContainer minWidth={520}>
        <Table striped aria-label={t('unit.subunits')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('unit.name')}</Table.Th>
              <Table.Th>{t('unit.kind')}</Table.Th>
              <Table.Th>{t('unit.directMembers')}</Table.Th>
              <Table.Th>{t('unit.subtreeMembers')}</Table.Th>
              <Table.Th>{t('unit.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/orgs/${org}/units/${c.id}`}>
                    {c.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{rules?.kindName(c.kind) ?? c.kind}</Table.Td>
                <Table.Td>{number(c.counts.directMembers)}</Table.Td>
                <Table.Td>{number(c.counts.subtreeMembers)}</Table.Td>
                <Table.Td>
                  <UnitBadges rules={rules} kind={c.kind} directMembers={c.counts.directMembers} vacantOffices={c.vacantOffices} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CursorPager pages={pages} nextCursor={children.data?.nextCursor} />
    </Stack>
  );
}

function History({ org, unitId }: { org: string; unitId: number }) {
  const { t, date } = useI18n();
  const history = useQuery({ queryKey: [org, 'unit', unitId, 'history'], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/units/{unitId}/history', { params: { path: { org, unitId } } })) });
  if (history.error) return <ProblemAlert error={history.error} />;
  if (!history.data) return null;
  if (history.data.items.length === 0) return <Text size="sm">{t('unit.noHistory')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2}>
      {history.data.items.map((e, i) => (
        <Timeline.Item key={i} title={`${date(e.occurredOn)} · ${eventLabel(e.type, t)}`}>
          {e.reason && <Text size="sm">{e.reason}</Text>}
          <Text size="xs" c="dimmed">
            {describeDetail(e.detail)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function eventLabel(type: string, t: ReturnType<typeof useI18n>['t']): string {
  const known = ['created', 'renamed', 'moved', 'split', 'split_from', 'merged_from', 'merged_into', 'dissolved'] as const;
  return (known as readonly string[]).includes(type) ? t(`history.${type as (typeof known)[number]}`) : type;
}

function describeDetail(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .filter(([, v]) => v !== null && typeof v !== 'object')
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(' · ');
}
