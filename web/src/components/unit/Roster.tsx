import { Anchor, Badge, Button, Menu, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Member } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../ProblemAlert';
import { statusLabel } from '../status-labels';
import { TransferModal } from './TransferModal';
import { CursorPager, useCursorPages } from '../CursorPager';

type SortKey = 'memberNo' | 'name' | 'status' | 'joinedOn';
const PAGE = 50;

/** A unit's roster: searchable (names in any script), sortable, a page at a time. */
export function Roster({ org, unitId, canWrite }: { org: string; unitId: number; canWrite: boolean }) {
  const { t, date, locale } = useI18n();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const pages = useCursorPages();
  const cursor = pages.cursor;
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'name', dir: 1 });
  const [transfer, setTransfer] = useState<Member | null>(null);
  const roster = useQuery({
    queryKey: [org, 'members', 'roster', unitId, q, cursor ?? null],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/members', { params: { path: { org }, query: { unitId, ...(q ? { q } : {}), limit: PAGE, ...(cursor ? { cursor } : {}) } } })),
  });
  const collator = useMemo(() => new Intl.Collator(locale === 'ko' ? 'ko' : 'en'), [locale]);
  const rows = useMemo(() => {
    const items = [...(roster.data?.items ?? [])];
    const value = (m: Member): string => (sort.key === 'name' ? `${m.familyName} ${m.givenName}` : sort.key === 'memberNo' ? m.memberNo : sort.key === 'status' ? m.status : m.joinedOn);
    return items.sort((a, b) => sort.dir * collator.compare(value(a), value(b)));
  }, [roster.data, sort, collator]);

  const header = (key: SortKey, label: string) => (
    <Table.Th aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : 1 }))} fw={700} fz="sm">
        {label} <span aria-hidden="true">{sort.key === key ? (sort.dir === 1 ? '▲' : '▼') : '↕'}</span>
      </UnstyledButton>
    </Table.Th>
  );

  return (
    <Stack>
      <TextInput
        label={t('roster.search')}
        type="search"
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          pages.reset();
        }}
      />
      <ProblemAlert error={roster.error} />
      <Table.ScrollContainer minWidth={520}>
        <Table striped highlightOnHover aria-label={t('unit.roster')} aria-busy={roster.isFetching}>
          <Table.Thead>
            <Table.Tr>
              {header('memberNo', t('member.memberNo'))}
              {header('name', t('member.name'))}
              {header('status', t('member.status'))}
              {header('joinedOn', t('member.joinedOn'))}
              {canWrite && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.memberNo}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/orgs/${org}/members/${m.id}`}>
                    {m.familyName} {m.givenName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={m.status === 'suspended' ? 'orange' : 'indigo'}>
                    {t(statusLabel(m.status))}
                  </Badge>
                </Table.Td>
                <Table.Td>{date(m.joinedOn)}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <Button size="compact-xs" variant="default" aria-label={t('roster.actionsFor', { name: `${m.familyName} ${m.givenName}` })}>
                          …
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setTransfer(m)}>{t('member.transfer')}</Menu.Item>
                        <Menu.Item component={Link} to={`/orgs/${org}/members/${m.id}`}>
                          {t('member.open')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {roster.data && rows.length === 0 && <Text size="sm">{q ? t('roster.noMatch') : t('roster.empty')}</Text>}
      <CursorPager pages={pages} nextCursor={roster.data?.nextCursor} always />
      {transfer && <TransferModal org={org} member={transfer} onClose={() => setTransfer(null)} />}
    </Stack>
  );
}
