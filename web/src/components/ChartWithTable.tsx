import { Card, Group, SegmentedControl, Stack, Table, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/** A chart that can also be read as a table (for screen readers, printing and exact numbers). */
export function ChartWithTable({ title, chart, columns, rows }: { title: string; chart: ReactNode; columns: string[]; rows: (string | number)[][] }) {
  const { t, number } = useI18n();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const id = useId();
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          <SegmentedControl
            size="xs"
            aria-label={t('dashboard.view', { title })}
            value={view}
            onChange={(v) => setView(v === 'table' ? 'table' : 'chart')}
            data={[
              { value: 'chart', label: t('dashboard.chart') },
              { value: 'table', label: t('dashboard.table') },
            ]}
          />
        </Group>
        {view === 'chart' ? (
          <div role="img" aria-label={t('dashboard.chartOf', { title })}>
            {chart}
          </div>
        ) : (
          <Table.ScrollContainer minWidth={300}>
            <Table striped aria-label={title}>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((c) => (
                    <Table.Th key={c}>{c}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r, i) => (
                  <Table.Tr key={i}>
                    {r.map((v, j) => (
                      <Table.Td key={j}>{typeof v === 'number' ? number(v) : v}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
