import { Anchor, Badge, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { useOrgSlug } from '../api/queries';
import type { MemberStatus } from '../api/types';
import { ProblemAlert } from '../components/ProblemAlert';
import { statusLabel } from '../components/status-labels';
import { useI18n } from '../i18n/i18n';
import { CursorPager, useCursorPages } from '../components/CursorPager';

const statuses: MemberStatus[] = ['applicant', 'candidate', 'full_member', 'suspended', 'expelled', 'resigned', 'deceased', 'rejected', 'lapsed'];

/** Find members by name (any script, either order) or member number, optionally by status. */
export default function MembersPage() {
  const org = useOrgSlug();
  const { t, date } = useI18n();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<MemberStatus | null>(null);
  const pages = useCursorPages();
  const cursor = pages.cursor;
  const members = useQuery({
    queryKey: [org, 'members', 'search', q, status, cursor ?? null],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/members', { params: { path: { org }, query: { ...(q ? { q } : {}), ...(status ? { status } : {}), limit: 50, ...(cursor ? { cursor } : {}) } } })),
  });
  const reset = () => pages.reset();
  return (
    <Stack>
      <Title order={1}>{t('members.title')}</Title>
      <Group align="flex-end">
        <TextInput
          label={t('members.search')}
          description={t('members.searchHelp')}
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            reset();
          }}
          style={{ flex: 1, minWidth: 220 }}
        />
        <Select
          label={t('member.status')}
          clearable
          placeholder={t('members.anyStatus')}
          data={statuses.map((s) => ({ value: s, label: t(statusLabel(s)) }))}
          value={status}
          onChange={(v) => {
            setStatus(v as MemberStatus | null);
            reset();
          }}
          w={200}
        />
      </Group>
      <ProblemAlert error={members.error} />
      <Table.ScrollContainer minWidth={560}>
        <Table striped aria-label={t('members.title')} aria-busy={members.isFetching}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('member.memberNo')}</Table.Th>
              <Table.Th>{t('member.name')}</Table.Th>
              <Table.Th>{t('member.status')}</Table.Th>
              <Table.Th>{t('member.joinedOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(members.data?.items ?? []).map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.memberNo}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/orgs/${org}/members/${m.id}`}>
                    {m.familyName} {m.givenName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color="indigo">
                    {t(statusLabel(m.status))}
                  </Badge>
                </Table.Td>
                <Table.Td>{date(m.joinedOn)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {members.data?.items.length === 0 && <Text size="sm">{t('roster.noMatch')}</Text>}
      <CursorPager pages={pages} nextCursor={members.data?.nextCursor} always />
    </Stack>
  );
}
