import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useOrg, useOrgSlug, useViolations } from '../api/queries';
import { useRules } from '../api/rulebook';
import type { Violation } from '../api/types';
import { Loading } from '../App';
import { AttentionList } from '../components/discipline/AttentionList';
import { TrainingAttentionList } from '../components/training/TrainingAttentionList';
import { ErrorState } from '../components/ErrorState';
import { violationTypeLabel } from '../components/violation-labels';
import { remedyText } from '../components/remedy-text';
import { useI18n } from '../i18n/i18n';

/** What needs attention in my part of the organization: rule violations, vacancies, overdue items. */
export default function HomePage() {
  const org = useOrgSlug();
  const { t, number, date } = useI18n();
  const orgQuery = useOrg(org);
  const rules = useRules(org);
  const report = useViolations(org);
  if (report.isPending || orgQuery.isPending) return <Loading />;
  if (report.error || orgQuery.error) return <ErrorState error={report.error ?? orgQuery.error} />;
  const { totals, violations } = report.data;
  const total = Object.values(totals).reduce((a, b) => a + b, 0);

  return (
    <Stack>
      <Title order={1}>{orgQuery.data.name}</Title>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('attention.title')}
        </Title>
        <Group gap="xs">
          <Button component={Link} to={`/orgs/${org}/transfers`} variant="light" size="xs">
            {t('home.openTransfers')}
          </Button>
          <Button component={Link} to={`/orgs/${org}/cases`} variant="light" size="xs">
            {t('home.openCases')}
          </Button>
        </Group>
      </Group>
      <AttentionList org={org} />
      {orgQuery.data.rulebook.training.areas.length > 0 && <TrainingAttentionList org={org} />}
      <Title order={2} size="h3">
        {t('home.attention')}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {(Object.keys(violationTypeLabel) as (keyof typeof violationTypeLabel)[]).map((type) => (
          <Card key={type} withBorder padding="sm">
            <Text size="sm">{t(violationTypeLabel[type])}</Text>
            <Text fw={700} size="xl" c={totals[type] > 0 ? 'red.9' : 'green.9'}>
              {number(totals[type])}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {total === 0 ? (
        <Text role="status">{t('home.allClear', { date: date(report.data.checkedOn) })}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label={t('home.attention')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('home.problem')}</Table.Th>
                <Table.Th>{t('home.where')}</Table.Th>
                <Table.Th>{t('home.remedy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {violations.slice(0, 100).map((v, i) => (
                <ViolationRow key={i} org={org} v={v} kindName={rules?.kindName ?? ((k) => k)} officeName={rules?.anyOfficeName ?? ((o) => o)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {report.data.truncated && <Text size="sm">{t('home.truncated')}</Text>}
    </Stack>
  );
}

function ViolationRow({ org, v, kindName, officeName }: { org: string; v: Violation; kindName: (k: string) => string; officeName: (o: string) => string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Table.Tr>
      <Table.Td>
        <Badge color={v.type === 'unit_too_large' || v.type === 'unit_too_small' ? 'orange' : 'grape'} variant="light">
          {t(violationTypeLabel[v.type])}
        </Badge>
      </Table.Td>
      <Table.Td>
        {v.unit ? (
          <Group gap={6}>
            <Anchor component={Link} to={`/orgs/${org}/units/${v.unit.id}`}>
              {v.unit.name}
            </Anchor>
            <Text size="xs" c="dimmed">
              {kindName(v.unit.kind)} · {v.unit.code}
            </Text>
          </Group>
        ) : v.member ? (
          <Anchor component={Link} to={`/orgs/${org}/members/${v.member.id}`}>
            {v.member.memberNo}
          </Anchor>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{remedyText(v.remedy, i18n, officeName)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}
