import { Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { useOrgSlug } from '../api/queries';
import { useRules } from '../api/rulebook';
import { Loading } from '../App';
import { ErrorState } from '../components/ErrorState';
import { UnitPicker } from '../components/UnitPicker';
import { useI18n } from '../i18n/i18n';

/** Units in a subtree that missed a meeting their rulebook cadence requires, from the meetings recorded. */
export default function CompliancePage() {
  const org = useOrgSlug();
  const { t, number, date, locale } = useI18n();
  const rules = useRules(org);
  const [within, setWithin] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [applied, setApplied] = useState<{ within: string | null; from: string; to: string }>({ within: null, from: '', to: '' });
  const report = useQuery({
    queryKey: [org, 'meeting-compliance', applied],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/orgs/{org}/meeting-compliance', {
          params: { path: { org }, query: { ...(applied.within ? { within: Number(applied.within) } : {}), ...(applied.from ? { from: applied.from } : {}), ...(applied.to ? { to: applied.to } : {}) } },
        }),
      ),
  });
  const month = new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const period = (p: { start: string; end: string }) => {
    const a = month.format(new Date(`${p.start.slice(0, 10)}T00:00:00Z`));
    const lastDay = new Date(`${p.end.slice(0, 10)}T00:00:00Z`);
    // Periods end on the first day of the next one (exclusive); name the last month inside.
    lastDay.setUTCDate(lastDay.getUTCDate() - 1);
    const b = month.format(lastDay);
    return a === b ? a : `${a} – ${b}`;
  };
  return (
    <Stack>
      <Title order={1}>{t('compliance.title')}</Title>
      <Text size="sm">{t('compliance.help')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setApplied({ within, from, to });
        }}
      >
        <Group align="flex-end">
          <div style={{ minWidth: 260 }}>
            <UnitPicker org={org} label={t('compliance.within')} value={within} onChange={setWithin} required={false} />
          </div>
          <TextInput label={t('compliance.from')} type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput label={t('compliance.to')} type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          <Button type="submit">{t('compliance.show')}</Button>
        </Group>
      </form>
      {report.isPending ? (
        <Loading />
      ) : report.error ? (
        <ErrorState error={report.error} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, xs: 3 }} component="dl" m={0}>
            <Stat label={t('compliance.checked')} value={number(report.data.checkedUnits)} />
            <Stat label={t('compliance.unitsMissing')} value={number(report.data.totals.unitsMissing)} />
            <Stat label={t('compliance.missedPeriods')} value={number(report.data.totals.missedPeriods)} />
          </SimpleGrid>
          <Text size="sm">{t('compliance.range', { from: date(report.data.from), to: date(report.data.to) })}</Text>
          {report.data.units.length === 0 ? (
            <Text role="status">{t('compliance.allMet')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped aria-label={t('compliance.table')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('unit.name')}</Table.Th>
                    <Table.Th>{t('unit.kind')}</Table.Th>
                    <Table.Th>{t('compliance.cadence')}</Table.Th>
                    <Table.Th>{t('compliance.missed')}</Table.Th>
                    <Table.Th>{t('compliance.lastMeeting')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.data.units.map((u) => (
                    <Table.Tr key={u.unit.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/orgs/${org}/units/${u.unit.id}`}>
                          {u.unit.name}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {u.unit.code}
                        </Text>
                      </Table.Td>
                      <Table.Td>{rules?.kindName(u.unit.kind) ?? u.unit.kind}</Table.Td>
                      <Table.Td>{u.everyMonths === 1 ? t('compliance.monthly') : t('compliance.everyMonths', { n: u.everyMonths })}</Table.Td>
                      <Table.Td>
                        {t('compliance.missedCount', { n: u.missed.length })}
                        <Text size="xs" c="dimmed">
                          {u.missed.slice(-6).map(period).join(', ')}
                          {u.missed.length > 6 ? ' …' : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>{u.lastMeetingOn ? date(u.lastMeetingOn) : t('compliance.never')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {report.data.truncated && <Text size="sm">{t('compliance.truncated')}</Text>}
        </>
      )}
    </Stack>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" component="dt">
        {label}
      </Text>
      <Text fw={700} size="xl" component="dd" m={0}>
        {value}
      </Text>
    </Card>
  );
}
