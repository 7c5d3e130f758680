import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useOrgSlug, useUnit } from '../api/queries';
import { useRules } from '../api/rulebook';
import type { CaseView } from '../api/types';
import { asCaseState, caseStateColor, caseStateKeys, caseStateLabel } from '../components/discipline/labels';
import { ProblemAlert } from '../components/ProblemAlert';
import { UnitPicker } from '../components/UnitPicker';
import { useI18n } from '../i18n/i18n';
import { CursorPager, useCursorPages } from '../components/CursorPager';

const PAGE = 50;

/** The disciplinary cases the user may see, filtered by state and by the opening unit's subtree. */
export default function CasesPage() {
  const org = useOrgSlug();
  const { t, date } = useI18n();
  const rules = useRules(org);
  const [params, setParams] = useSearchParams();
  const state = asCaseState(params.get('state')) ?? null;
  const within = params.get('within');
  const withinUnit = useUnit(org, Number(within ?? 0));
  const pages = useCursorPages();
  const cursor = pages.cursor;
  const cases = useQuery({
    queryKey: [org, 'cases', state, within, cursor ?? null],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/cases', { params: { path: { org }, query: { ...(state ? { state } : {}), ...(within ? { within: Number(within) } : {}), limit: PAGE, ...(cursor ? { cursor } : {}) } } })),
  });
  const setFilter = (key: 'state' | 'within', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    pages.reset();
  };
  const items = cases.data?.items ?? [];

  return (
    <Stack>
      <Title order={1}>{t('cases.title')}</Title>
      <Text size="sm">{t('cases.help')}</Text>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('cases.state')}
          placeholder={t('cases.anyState')}
          data={caseStateKeys.map((s) => ({ value: s, label: t(caseStateLabel(s)) }))}
          value={state}
          onChange={(v) => setFilter('state', v)}
          clearable
          w={240}
        />
        <div style={{ flex: '1 1 260px', maxWidth: 420 }}>
          <UnitPicker org={org} label={t('cases.within')} required={false} value={within} onChange={(v) => setFilter('within', v)} />
        </div>
      </Group>
      {within && withinUnit.data && (
        <Group gap="xs">
          <Text size="sm">{t('cases.withinNow', { unit: `${withinUnit.data.name} (${withinUnit.data.code})` })}</Text>
          <Button size="compact-xs" variant="default" onClick={() => setFilter('within', null)}>
            {t('cases.clearUnit')}
          </Button>
        </Group>
      )}
      <ProblemAlert error={cases.error} />
      {cases.data && items.length === 0 ? (
        <Text role="status">{t('cases.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover aria-label={t('cases.title')} aria-busy={cases.isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.case')}</Table.Th>
                <Table.Th>{t('case.member')}</Table.Th>
                <Table.Th>{t('case.openingUnit')}</Table.Th>
                <Table.Th>{t('cases.state')}</Table.Th>
                <Table.Th>{t('case.openedOn')}</Table.Th>
                <Table.Th>{t('cases.nextDate')}</Table.Th>
                <Table.Th>{t('case.penalty')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/orgs/${org}/cases/${c.id}`}>
                      {t('case.title', { id: c.id })}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{c.memberNo}</Table.Td>
                  <Table.Td>{c.unitCode}</Table.Td>
                  <Table.Td>
                    <Badge color={caseStateColor(c.state)} variant="light">
                      {t(caseStateLabel(c.state))}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{date(c.openedOn)}</Table.Td>
                  <Table.Td>{nextDate(c, t, date)}</Table.Td>
                  <Table.Td>{c.finalPenalty ?? c.penalty ? rules?.penaltyName(c.finalPenalty ?? c.penalty) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CursorPager pages={pages} nextCursor={cases.data?.nextCursor} />
      {rules && <Text size="xs" c="dimmed">{t('cases.rules', { defence: rules.discipline.defenceDays, appeal: rules.discipline.appealDays })}</Text>}
    </Stack>
  );
}

/** The date the case waits for next, in words. */
function nextDate(c: CaseView, t: ReturnType<typeof useI18n>['t'], date: (d: string | null) => string): string {
  if (c.state === 'open') return t('cases.defenceBy', { date: date(c.defenceDueOn) });
  if (c.state === 'hearing_scheduled' && c.hearingOn) return t('cases.hearingOnDate', { date: date(c.hearingOn) });
  if (c.state === 'appeal_window' && c.appealDueOn) return t('cases.appealBy', { date: date(c.appealDueOn) });
  return '—';
}
