import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Anchor, Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { browserTimeZone, timeZones, type Series } from '../api/meetings';
import { useOrgSlug } from '../api/queries';
import { Loading } from '../App';
import { ChartWithTable } from '../components/ChartWithTable';
import { ErrorState } from '../components/ErrorState';
import { fieldError } from '../components/forms';
import { ConventionStatusBadge } from '../components/meetings/ConventionStatusBadge';
import { ProblemAlert } from '../components/ProblemAlert';
import { UnitPicker } from '../components/UnitPicker';
import { useI18n } from '../i18n/i18n';

/** Numbered convention series, each with its editions and their figures across editions. */
export default function ConventionsPage() {
  const org = useOrgSlug();
  const { t } = useI18n();
  const [dialog, setDialog] = useState<'series' | { edition: Series } | null>(null);
  const series = useQuery({ queryKey: [org, 'convention-series'], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/convention-series', { params: { path: { org } } })) });
  if (series.isPending) return <Loading />;
  if (series.error) return <ErrorState error={series.error} />;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('convention.title')}</Title>
        <Button onClick={() => setDialog('series')}>{t('convention.newSeries')}</Button>
      </Group>
      {series.data.items.length === 0 && <Text>{t('convention.noSeries')}</Text>}
      {series.data.items.map((s) => (
        <SeriesCard key={s.id} org={org} series={s} onAdd={() => setDialog({ edition: s })} />
      ))}
      {dialog === 'series' && <NewSeriesModal org={org} onClose={() => setDialog(null)} />}
      {typeof dialog === 'object' && dialog !== null && <NewEditionModal org={org} series={dialog.edition} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

function SeriesCard({ org, series, onAdd }: { org: string; series: Series; onAdd(): void }) {
  const { t, name, date, number } = useI18n();
  const title = name(series.name);
  const pct = (r: number | null) => (r === null ? '—' : `${number(Math.round(r * 1000) / 10)}%`);
  const known = series.editions.filter((e) => e.participants !== null);
  return (
    <Stack component="section" aria-label={title}>
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={2} size="h3">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {t('convention.convenedBy', { unit: series.unitCode })}
          </Text>
        </Stack>
        <Button variant="light" onClick={onAdd}>
          {t('convention.addEdition')}
        </Button>
      </Group>
      {series.editions.length === 0 ? (
        <Text size="sm">{t('convention.noEditions')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={t('convention.editionsOf', { series: title })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('convention.edition')}</Table.Th>
                <Table.Th>{t('convention.dates')}</Table.Th>
                <Table.Th>{t('convention.status')}</Table.Th>
                <Table.Th>{t('convention.participants')}</Table.Th>
                <Table.Th>{t('convention.present')}</Table.Th>
                <Table.Th>{t('convention.attendanceRate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...series.editions].reverse().map((e) => (
                <Table.Tr key={e.conventionId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/orgs/${org}/conventions/${e.conventionId}`}>
                      {name(e.title)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{e.startsOn === e.endsOn ? date(e.startsOn) : `${date(e.startsOn)} – ${date(e.endsOn)}`}</Table.Td>
                  <Table.Td>
                    <ConventionStatusBadge status={e.status} />
                  </Table.Td>
                  <Table.Td>{e.participants === null ? '—' : number(e.participants)}</Table.Td>
                  <Table.Td>{e.present === null ? '—' : number(e.present)}</Table.Td>
                  <Table.Td>{pct(e.attendanceRate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {known.length > 0 && (
        <ChartWithTable
          title={t('convention.figures', { series: title })}
          chart={
            <BarChart
              h={240}
              data={known.map((e) => ({ edition: String(e.ordinal), participants: e.participants ?? 0, present: e.present ?? 0 }))}
              dataKey="edition"
              series={[
                { name: 'participants', label: t('convention.participants'), color: 'indigo.7' },
                { name: 'present', label: t('convention.present'), color: 'teal.8' },
              ]}
              withLegend
            />
          }
          columns={[t('convention.edition'), t('convention.participants'), t('convention.present'), t('convention.attendanceRate')]}
          rows={known.map((e) => [name(e.title), e.participants ?? '—', e.present ?? '—', pct(e.attendanceRate)])}
        />
      )}
    </Stack>
  );
}

function NewSeriesModal({ org, onClose }: { org: string; onClose(): void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [unit, setUnit] = useState<string | null>(null);
  const [en, setEn] = useState('');
  const [ko, setKo] = useState('');
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/orgs/{org}/convention-series', { params: { path: { org } }, body: { unitId: Number(unit ?? 0), name: { en: en.trim(), ko: ko.trim() } } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [org, 'convention-series'] });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('convention.newSeries')} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <UnitPicker org={org} label={t('convention.convener')} value={unit} onChange={setUnit} error={fieldError(create.error, 'unitId')} />
          <TextInput label={t('convention.nameEn')} description={t('convention.nameHelp')} value={en} onChange={(e) => setEn(e.currentTarget.value)} required />
          <TextInput label={t('convention.nameKo')} value={ko} onChange={(e) => setKo(e.currentTarget.value)} required lang="ko" />
          <ProblemAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!unit}>
              {t('convention.createSeries')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function NewEditionModal({ org, series, onClose }: { org: string; series: Series; onClose(): void }) {
  const { t, name } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const zones = useMemo(timeZones, []);
  const [f, setF] = useState({ startsOn: '', endsOn: '', timeZone: browserTimeZone(), place: '', planned: '' as string | number, past: false, participants: '' as string | number, present: '' as string | number });
  const n = (v: string | number) => (v === '' ? null : Number(v));
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/orgs/{org}/convention-series/{seriesId}/conventions', {
          params: { path: { org, seriesId: series.id } },
          body: {
            startsOn: f.startsOn,
            endsOn: f.endsOn || f.startsOn,
            timeZone: f.timeZone,
            place: f.place.trim() || null,
            plannedParticipants: n(f.planned),
            ...(f.past ? { past: { participants: n(f.participants), present: n(f.present) } } : {}),
          },
        }),
      ),
    onSuccess: async (c) => {
      await queryClient.invalidateQueries({ queryKey: [org, 'convention-series'] });
      onClose();
      navigate(`/orgs/${org}/conventions/${c.id}`);
    },
  });
  const err = (k: string) => fieldError(add.error, k);
  return (
    <Modal opened onClose={onClose} title={t('convention.addEditionTo', { series: name(series.name) })} centered size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate();
        }}
      >
        <Stack>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('convention.startsOn')} type="date" value={f.startsOn} onChange={(e) => setF({ ...f, startsOn: e.currentTarget.value })} required error={err('startsOn')} />
            <TextInput label={t('convention.endsOn')} type="date" value={f.endsOn} onChange={(e) => setF({ ...f, endsOn: e.currentTarget.value })} error={err('endsOn')} />
          </SimpleGrid>
          <Select label={t('meeting.timeZone')} searchable data={zones} value={f.timeZone} onChange={(v) => v && setF({ ...f, timeZone: v })} allowDeselect={false} error={err('timeZone')} />
          <TextInput label={t('meeting.place')} value={f.place} onChange={(e) => setF({ ...f, place: e.currentTarget.value })} />
          <NumberInput label={t('convention.planned')} min={0} value={f.planned} onChange={(v) => setF({ ...f, planned: v })} />
          <Checkbox label={t('convention.pastEdition')} description={t('convention.pastHelp')} checked={f.past} onChange={(e) => setF({ ...f, past: e.currentTarget.checked })} />
          {f.past && (
            <SimpleGrid cols={2}>
              <NumberInput label={t('convention.participants')} min={0} value={f.participants} onChange={(v) => setF({ ...f, participants: v })} />
              <NumberInput label={t('convention.present')} min={0} value={f.present} onChange={(v) => setF({ ...f, present: v })} />
            </SimpleGrid>
          )}
          <ProblemAlert error={add.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('convention.addEdition')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
