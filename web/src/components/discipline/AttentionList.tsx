import { Anchor, Badge, Button, Card, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
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
const STEP = 25;

export function AttentionList({ org }: { org: string }) {
  const { t, date, number } = useI18n();
  const [kind, setKind] = useState<string | null>(null);
  const [shown, setShown] = useState(STEP);
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
  const all = dedupe(lists.flatMap((l) => l.data?.items ?? [])).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const counts = new Map<string, number>();
  for (const a of all) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  const items = kind ? all.filter((a) => a.kind === kind) : all;

  if (error) return <ProblemAlert error={error} />;
  if (pending) return <Text size="sm">{t('common.loading')}</Text>;
  if (all.length === 0) return <Text role="status">{t('attention.none')}</Text>;
  return (
    <Stack gap="xs">
      {/* One card per kind, also the filter: a long list of one kind must not hide the others. */}
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {[...counts].map(([k, n]) => (
          <UnstyledButton
            key={k}
            aria-pressed={kind === k}
            onClick={() => {
              setKind(kind === k ? null : k);
              setShown(STEP);
            }}
          >
            <Card withBorder padding="sm" bg={kind === k ? 'indigo.0' : undefined} style={{ borderColor: kind === k ? 'var(--mantine-color-indigo-7)' : undefined }}>
              <Text size="sm">{t(attentionLabel(k))}</Text>
              <Text fw={700} size="xl" c="orange.9">
                {number(n)}
              </Text>
            </Card>
          </UnstyledButton>
        ))}
      </SimpleGrid>
      <Text size="sm" role="status">
        {kind ? t('attention.showingKind', { kind: t(attentionLabel(kind)), n: number(items.length) }) : t('attention.showingAll', { n: number(items.length) })}
      </Text>
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
            {items.slice(0, shown).map((a, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <Badge color={a.kind === 'appeal_window_closing' || a.kind === 'probation_ended' ? 'grape' : 'orange'} variant="light">
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
      {items.length > shown && (
        <Button variant="default" size="xs" w="fit-content" onClick={() => setShown((n) => n + STEP * 4)}>
          {t('attention.more', { n: number(items.length - shown) })}
        </Button>
      )}
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
