import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Card, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { useOrgSlug } from '../api/queries';
import { Loading } from '../App';
import { ChartWithTable } from '../components/ChartWithTable';
import { ErrorState } from '../components/ErrorState';
import { useI18n } from '../i18n/i18n';

/** The year's training figures: students trained, lessons given and completion, per area. */
export default function TrainingReportPage() {
  const org = useOrgSlug();
  const { t, number, name } = useI18n();
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const report = useQuery({ queryKey: [org, 'training-report', year], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/training/report', { params: { path: { org }, query: { year } } })) });
  const rate = (r: number | null) => (r === null ? '—' : `${number(r)} %`);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('training.report')}</Title>
        <NumberInput label={t('training.year')} value={year} onChange={(v) => typeof v === 'number' && v >= 1900 && v <= 2999 && setYear(v)} min={1900} max={2999} allowDecimal={false} w={120} />
      </Group>
      {report.isPending ? (
        <Loading />
      ) : report.error ? (
        <ErrorState error={report.error} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Figure label={t('training.studentsTrained')} value={number(report.data.studentsTrained)} />
            <Figure label={t('training.lessonsGiven')} value={t('training.lessonsSplit', { total: number(report.data.lessonsGiven.total), class: number(report.data.lessonsGiven.class), private: number(report.data.lessonsGiven.private) })} />
            <Figure label={t('training.completionRate')} value={rate(report.data.completion.rate)} hint={t('training.completedOf', { completed: number(report.data.completion.completed), ended: number(report.data.completion.ended) })} />
            <Figure label={t('training.privateStudents')} value={number(report.data.privateStudents)} />
          </SimpleGrid>
          {report.data.byArea.length === 0 ? (
            <Text role="status">{t('training.noReportData')}</Text>
          ) : (
            <Stack>
              <ChartWithTable
                title={t('training.byArea')}
                chart={
                  <BarChart
                    h={280}
                    data={report.data.byArea.map((a) => ({ area: name(a.name ?? undefined, a.area), students: a.studentsTrained, lessons: a.lessonsGiven }))}
                    dataKey="area"
                    series={[
                      { name: 'students', label: t('training.studentsTrained'), color: 'indigo.7' },
                      { name: 'lessons', label: t('training.lessonsGiven'), color: 'teal.8' },
                    ]}
                    withLegend
                  />
                }
                columns={[t('training.area'), t('training.studentsTrained'), t('training.lessonsGiven'), t('training.completed'), t('training.completionRate')]}
                rows={report.data.byArea.map((a) => [name(a.name ?? undefined, a.area), a.studentsTrained, a.lessonsGiven, `${number(a.completed)} / ${number(a.ended)}`, rate(a.completionRate)])}
              />
              <ChartWithTable
                title={t('training.completionByArea')}
                chart={<BarChart h={280} data={report.data.byArea.map((a) => ({ area: name(a.name ?? undefined, a.area), rate: a.completionRate ?? 0 }))} dataKey="area" unit=" %" series={[{ name: 'rate', label: t('training.completionRate'), color: 'green.8' }]} />}
                columns={[t('training.area'), t('training.completionRate')]}
                rows={report.data.byArea.map((a) => [name(a.name ?? undefined, a.area), rate(a.completionRate)])}
              />
            </Stack>
          )}
          <Text size="xs" c="dimmed">
            {t('training.reportNote', { zone: report.data.timeZone })}
          </Text>
        </>
      )}
    </Stack>
  );
}

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm">{label}</Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
      {hint && <Text size="xs">{hint}</Text>}
    </Card>
  );
}
