import '@mantine/charts/styles.css';
import { AreaChart, BarChart } from '@mantine/charts';
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useOrgSlug } from '../api/queries';
import { useRules } from '../api/rulebook';
import { Loading } from '../App';
import { ChartWithTable } from '../components/ChartWithTable';
import { ErrorState } from '../components/ErrorState';
import { violationTypeLabel } from '../components/violation-labels';
import { useI18n } from '../i18n/i18n';

export default function DashboardPage() {
  const org = useOrgSlug();
  const { t } = useI18n();
  const rules = useRules(org);
  const overview = useQuery({ queryKey: [org, 'overview'], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/reports/overview', { params: { path: { org } } })) });
  if (overview.isPending) return <Loading />;
  if (overview.error) return <ErrorState error={overview.error} />;
  const o = overview.data;
  const kindName = rules?.kindName ?? ((k: string) => k);
  const levels = o.levels.map((l) => ({ level: kindName(l.kind), members: l.members, units: l.units }));
  const violations = (Object.keys(violationTypeLabel) as (keyof typeof violationTypeLabel)[]).map((k) => ({ type: t(violationTypeLabel[k]), count: o.violations[k] }));
  const growth = o.growth.slice(-36);

  return (
    <Stack>
      <Title order={1}>{t('dashboard.title')}</Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ChartWithTable
          title={t('dashboard.membersPerLevel')}
          chart={<BarChart h={260} data={levels} dataKey="level" series={[{ name: 'members', label: t('dashboard.members'), color: 'indigo.7' }]} />}
          columns={[t('dashboard.level'), t('dashboard.units'), t('dashboard.members')]}
          rows={levels.map((l) => [l.level, l.units, l.members])}
        />
        <ChartWithTable
          title={t('dashboard.violationsByType')}
          chart={<BarChart h={260} data={violations} dataKey="type" series={[{ name: 'count', label: t('dashboard.count'), color: 'red.8' }]} />}
          columns={[t('dashboard.type'), t('dashboard.count')]}
          rows={violations.map((v) => [v.type, v.count])}
        />
        {o.sizes.map((s) => {
          const data = s.histogram.map((h) => ({ size: String(h.size), units: h.units, band: s.min !== null && s.max !== null && (h.size < s.min || h.size > s.max) ? 'out' : 'in' }));
          return (
            <ChartWithTable
              key={s.kind}
              title={t('dashboard.sizeDistribution', { kind: kindName(s.kind) })}
              chart={
                <Stack gap={4}>
                  <BarChart
                    h={260}
                    data={data.map((d) => ({ size: d.size, inBounds: d.band === 'in' ? d.units : 0, outOfBounds: d.band === 'out' ? d.units : 0 }))}
                    dataKey="size"
                    type="stacked"
                    series={[
                      { name: 'inBounds', label: t('dashboard.inBounds'), color: 'teal.8' },
                      { name: 'outOfBounds', label: t('dashboard.outOfBounds'), color: 'orange.8' },
                    ]}
                    withLegend
                  />
                  {s.min !== null && (
                    <Text size="xs" c="dimmed">
                      {t('unit.bounds', { min: s.min, max: s.max ?? '–' })}
                    </Text>
                  )}
                </Stack>
              }
              columns={[t('dashboard.size'), t('dashboard.units'), t('dashboard.withinBounds')]}
              rows={data.map((d) => [d.size, d.units, d.band === 'in' ? t('common.yes') : t('common.no')])}
            />
          );
        })}
        <ChartWithTable
          title={t('dashboard.growth')}
          chart={<AreaChart h={260} data={growth} dataKey="month" series={[{ name: 'total', label: t('dashboard.total'), color: 'indigo.7' }]} />}
          columns={[t('dashboard.month'), t('dashboard.joined'), t('dashboard.total')]}
          rows={growth.map((g) => [g.month, g.joined, g.total])}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('dashboard.note')}
      </Text>
    </Stack>
  );
}
