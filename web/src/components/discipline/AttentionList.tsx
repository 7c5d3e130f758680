import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError, api, unwrap } from '../../api/client';
import type { AttentionItem } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../ProblemAlert';
import { attentionLabel } from './labels';

const seen = (e: unknown) => !(e instanceof ApiError && (e.status === 403 || e.status === 404));

/**
 * Deadlines and decisions waiting in the user's part of the organization: the attention list of
 * every top unit the user can see (the whole tree for organization-wide access, else where their
 * grants begin). Units they may only see by name answer 404 and are left out.
 */
export function AttentionList({ org }: { org: string }) {
  const { t, date } = useI18n();
  const tops = useQuery({ queryKey: [org, 'units', 'top'], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/units', { params: { path: { org }, query: { topLevel: 'true', limit: 20 } } })) });
  const lists = useQueries({
    queries: (tops.data?.items ?? []).map((u) => ({
      queryKey: [org, 'attention', u.id],
      retry: false,
      queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/units/{unitId}/attention', { params: { path: { org, unitId: u.id } } })),
    })),
  });
  const pending = tops.isPending || lists.some((l) => l.isPending);
  const error = tops.error ?? lists.map((l) => l.error).find((e) => e && seen(e));
  const items = dedupe(lists.flatMap((l) => l.data?.items ?? [])).sort((a, b) => a.dueOn.localeCompare(b.dueOn));

  if (error) return <ProblemAlert error={error} />;
  if (pending) return <Text size="sm">{t('common.loading')}</Text>;
  if (items.length === 0) return <Text role="status">{t('attention.none')}</Text>;
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={560}>
        <Table striped aria-label={t('attention.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('attention.what')}</Table.Th>
              <Table.Th>{t('attention.due')}</Table.Th>
              <Table.Th>{t('attention.who')}</Table.Th>
              <Table.Th>{t('attention.open')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.slice(0, 200).map((a, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <Badge color={a.kind === 'appeal_window_closing' || a.kind === 'probation_ended' ? 'yellow' : 'orange'} variant="light">
                    {t(attentionLabel(a.kind))}
                  </Badge>
                </Table.Td>
                <Table.Td>{date(a.dueOn)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/orgs/${org}/members/${a.memberId}`}>
                    {a.memberNo || t('transfers.memberN', { id: a.memberId })}
                  </Anchor>
                  <Text span size="xs" c="dimmed">
                    {' '}
                    · {a.unitCode}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {a.caseId !== null ? (
                    <Anchor component={Link} to={`/orgs/${org}/cases/${a.caseId}`}>
                      {t('case.title', { id: a.caseId })}
                    </Anchor>
                  ) : a.transferId !== null ? (
                    <Anchor component={Link} to={`/orgs/${org}/transfers`}>
                      {t('attention.transferN', { id: a.transferId })}
                    </Anchor>
                  ) : (
                    <Anchor component={Link} to={`/orgs/${org}/members/${a.memberId}`}>
                      {t('member.open')}
                    </Anchor>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {items.length > 200 && <Text size="sm">{t('attention.more', { n: items.length - 200 })}</Text>}
    </Stack>
  );
}

/** Overlapping grants may list the same item twice. */
function dedupe(items: AttentionItem[]): AttentionItem[] {
  const keys = new Set<string>();
  return items.filter((a) => {
    const k = `${a.kind}:${a.caseId}:${a.transferId}:${a.memberId}`;
    if (keys.has(k)) return false;
    keys.add(k);
    return true;
  });
}
