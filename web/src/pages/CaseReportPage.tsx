import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useOrgSlug } from '../api/queries';
import { useRules } from '../api/rulebook';
import { Loading } from '../App';
import { ChartWithTable } from '../components/ChartWithTable';
import { caseStateKeys, caseStateLabel } from '../components/discipline/labels';
import { ErrorState } from '../components/ErrorState';
import { UnitPicker } from '../components/UnitPicker';
import { useI18n } from '../i18n/i18n';

/** Cases per unit or subtree: by state and penalty, time from opening to outcome, overdue steps. */
export default function CaseReportPage() {
  const org = useOrgSlug();
  const { t, number, date } = useI18n();
  const rules = useRules(org);
  const [params, setParams] = useSearchParams();
  const within = params.get('within');
  const report = useQuery({
    queryKey: [org, 'cases', 'report', within],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/cases/report', { params: { path: { org }, query: within ? { within: Number(within) } : {} } })),
  });
  const picker = (
    <div style={{ maxWidth: 420 }}>
      <UnitPicker
        org={org}
        label={t('report.within')}
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
  );
  if (report.isPending) return <Loading />;
  if (report.error) return <ErrorState error={report.error} />;
  const r = report.data;
  const byState = caseStateKeys.map((s) => ({ state: t(caseStateLabel(s)), cases: r.byState[s] ?? 0 }));
  const byPenalty = (rules?.discipline.penalties.map((p) => p.key) ?? Object.keys(r.byPenalty)).map((k) => ({ penalty: rules?.penaltyName(k) ?? k, cases: r.byPenalty[k] ?? 0 }));
  const byUnit = r.byUnit.slice(0, 40);
  const overdue = [
    { step: t('report.overdueDefence'), cases: r.overdue.defence },
    { step: t('report.overdueRatification'), cases: r.overdue.ratification },
    { step: t('report.overdueAppealWindow'), cases: r.overdue.appealWindowClosed },
  ];
  const days = r.daysToOutcome;
  const fmt = (n: number | null) => (n === null ? '—' : number(n));

  return (
    <Stack>
      <Title order={1}>{t('report.title')}</Title>
      <Text size="sm">{t('report.help', { date: date(r.asOf), total: number(r.total) })}</Text>
      {picker}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ChartWithTable
          title={t('report.byState')}
          chart={<BarChart h={260} data={byState} dataKey="state" series={[{ name: 'cases', label: t('report.cases'), color: 'indigo.7' }]} xAxisProps={{ angle: -30, textAnchor: 'end', height: 80, interval: 0 }} />}
          columns={[t('cases.state'), t('report.cases')]}
          rows={byState.map((s) => [s.state, s.cases])}
        />
        <ChartWithTable
          title={t('report.byPenalty')}
          chart={<BarChart h={260} data={byPenalty} dataKey="penalty" series={[{ name: 'cases', label: t('report.cases'), color: 'red.8' }]} />}
          columns={[t('case.penalty'), t('report.cases')]}
          rows={byPenalty.map((p) => [p.penalty, p.cases])}
        />
        <ChartWithTable
          title={t('report.byUnit')}
          chart={
            <BarChart
              h={260}
              data={byUnit.map((u) => ({ unit: u.unitCode, open: u.open, final: u.final, other: u.total - u.open - u.final }))}
              dataKey="unit"
              type="stacked"
              withLegend
              series={[
                { name: 'open', label: t('report.open'), color: 'indigo.7' },
                { name: 'final', label: t('report.final'), color: 'red.8' },
                { name: 'other', label: t('report.otherClosed'), color: 'gray.6' },
              ]}
            />
          }
          columns={[t('case.openingUnit'), t('report.cases'), t('report.open'), t('report.final')]}
          rows={byUnit.map((u) => [u.unitCode, u.total, u.open, u.final])}
        />
        <ChartWithTable
          title={t('report.overdue')}
          chart={<BarChart h={260} data={overdue} dataKey="step" series={[{ name: 'cases', label: t('report.cases'), color: 'orange.8' }]} />}
          columns={[t('report.step'), t('report.cases')]}
          rows={overdue.map((o) => [o.step, o.cases])}
        />
        <Card withBorder component="section" aria-labelledby="days-to-outcome">
          <Stack>
            <Title order={2} size="h4" id="days-to-outcome">
              {t('report.daysToOutcome')}
            </Title>
            <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" m={0}>
              {[
                [t('report.closedCases'), number(days.cases)],
                [t('report.average'), fmt(days.average)],
                [t('report.median'), fmt(days.median)],
                [t('report.longest'), fmt(days.max)],
              ].map(([k, v]) => (
                <div key={k}>
                  <Text component="dt" size="xs" c="dimmed">
                    {k}
                  </Text>
                  <Text component="dd" m={0} fw={700} size="xl">
                    {v}
                  </Text>
                </div>
              ))}
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t('report.daysHelp')}
            </Text>
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
