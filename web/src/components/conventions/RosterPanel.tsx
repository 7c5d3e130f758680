import { Anchor, Badge, Button, Group, Modal, SimpleGrid, Stack, Table, Text, TextInput, Card } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { ConventionDetail, RosterEntry } from '../../api/meetings';
import { useRules } from '../../api/rulebook';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';
import { ConfirmWithReason } from '../forms';
import { ProblemAlert } from '../ProblemAlert';
import { FreezeRosterForm } from './FreezeRosterForm';
import { MemberPicker } from './MemberPicker';
import { CursorPager, useCursorPages } from '../CursorPager';

export const categoryLabel: Record<RosterEntry['category'], MessageKey> = {
  office_holder: 'roster.category.office_holder',
  delegate: 'roster.category.delegate',
  guest: 'roster.category.guest',
  substitute: 'roster.category.substitute',
};

export const entryName = (r: RosterEntry, vacant: string): string => (r.memberId !== null ? `${r.familyName ?? ''} ${r.givenName ?? ''}`.trim() : (r.guestName ?? vacant));

/** The roster: before the freeze, the rule and a preview; after it, the seats, substitutes and the badge list. */
export function RosterPanel({ org, convention, canRun }: { org: string; convention: ConventionDetail; canRun: boolean }) {
  const { t, number, date } = useI18n();
  if (convention.status === 'past') return <Text size="sm">{t('roster.pastEdition')}</Text>;
  if (convention.status === 'planned') return canRun ? <FreezeRosterForm org={org} convention={convention} /> : <Text size="sm">{t('roster.notFrozen')}</Text>;
  const r = convention.roster;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" m={0}>
        <Figure label={t('roster.entitled')} value={number(r.entitled)} />
        <Figure label={t('roster.guestsCount')} value={number(r.guests)} />
        <Figure label={t('roster.vacant')} value={number(r.vacantSeats)} />
        <Figure label={t('roster.attended')} value={number(r.attended)} />
      </SimpleGrid>
      <Text size="sm">{t('roster.frozenOn', { date: date(convention.rosterFrozenAt), cutoff: date(convention.cutoffOn) })}</Text>
      {canRun && (
        <Anchor component={Link} to={`/orgs/${org}/conventions/${convention.id}/badges`} w="fit-content">
          {t('badges.open')}
        </Anchor>
      )}
      <RosterTable org={org} convention={convention} canRun={canRun && convention.status === 'frozen'} />
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" component="dt">
        {label}
      </Text>
      <Text fw={700} size="xl" component="dd" m={0}>
        {value}
      </Text>
    </Card>
  );
}

function RosterTable({ org, convention, canRun }: { org: string; convention: ConventionDetail; canRun: boolean }) {
  const { t } = useI18n();
  const rules = useRules(org);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const pages = useCursorPages();
  const cursor = pages.cursor;
  const [action, setAction] = useState<{ kind: 'substitute' | 'fill'; entry: RosterEntry } | null>(null);
  const roster = useQuery({
    queryKey: [org, 'convention', convention.id, 'roster', q, cursor ?? null],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/conventions/{conventionId}/roster', { params: { path: { org, conventionId: convention.id }, query: { ...(q ? { q } : {}), limit: 100, ...(cursor ? { cursor } : {}) } } })),
  });
  const vacant = t('roster.vacantSeat');
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
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label={t('roster.title')} aria-busy={roster.isFetching}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('member.name')}</Table.Th>
              <Table.Th>{t('member.memberNo')}</Table.Th>
              <Table.Th>{t('roster.category')}</Table.Th>
              <Table.Th>{t('roster.unit')}</Table.Th>
              <Table.Th>{t('roster.seatStatus')}</Table.Th>
              {canRun && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(roster.data?.items ?? []).map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{entryName(e, vacant)}</Table.Td>
                <Table.Td>{e.memberNo ?? '—'}</Table.Td>
                <Table.Td>
                  {t(categoryLabel[e.category])}
                  {e.office && (
                    <Text size="xs" c="dimmed">
                      {rules?.anyOfficeName(e.office) ?? e.office}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{e.unitCode ?? '—'}</Table.Td>
                <Table.Td>
                  {e.status === 'replaced' ? (
                    <Badge color="gray" variant="light">
                      {t('roster.replaced')}
                    </Badge>
                  ) : (
                    <Badge color="green" variant="light">
                      {t('roster.seated')}
                    </Badge>
                  )}
                  {e.substitutionReason && (
                    <Text size="xs" c="dimmed">
                      {t('roster.substitutedBecause', { reason: e.substitutionReason })}
                    </Text>
                  )}
                </Table.Td>
                {canRun && (
                  <Table.Td>
                    {e.status === 'entitled' && e.category !== 'guest' && e.memberId !== null && (
                      <Button size="compact-sm" variant="default" onClick={() => setAction({ kind: 'substitute', entry: e })} aria-label={t('roster.substituteFor', { name: entryName(e, vacant) })}>
                        {t('roster.substitute')}
                      </Button>
                    )}
                    {e.status === 'entitled' && e.category === 'delegate' && e.memberId === null && (
                      <Button size="compact-sm" variant="light" onClick={() => setAction({ kind: 'fill', entry: e })}>
                        {t('roster.fill')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {roster.data && roster.data.items.length === 0 && <Text size="sm">{t('roster.noMatch')}</Text>}
      <CursorPager pages={pages} nextCursor={roster.data?.nextCursor} />
      {action?.kind === 'substitute' && <SubstituteDialog org={org} convention={convention} entry={action.entry} onClose={() => setAction(null)} />}
      {action?.kind === 'fill' && <FillSeatDialog org={org} convention={convention} entry={action.entry} onClose={() => setAction(null)} />}
    </Stack>
  );
}

function SubstituteDialog({ org, convention, entry, onClose }: { org: string; convention: ConventionDetail; entry: RosterEntry; onClose(): void }) {
  const { t } = useI18n();
  const [member, setMember] = useState<string | null>(null);
  return (
    <ConfirmWithReason
      opened
      onClose={onClose}
      org={org}
      title={t('roster.substituteTitle', { name: entryName(entry, '') })}
      confirmLabel={t('roster.substitute')}
      action={(reason) => {
        if (!member) return Promise.reject(new Error(t('roster.pickMember')));
        return unwrap(api.POST('/api/v1/orgs/{org}/conventions/{conventionId}/roster/{rosterId}/substitute', { params: { path: { org, conventionId: convention.id, rosterId: entry.id } }, body: { memberId: Number(member), reason, version: entry.version } }));
      }}
    >
      <Text size="sm">{t('roster.substituteHelp')}</Text>
      <MemberPicker org={org} within={convention.convenedBy.unitId} label={t('roster.substituteMember')} value={member} onChange={setMember} />
    </ConfirmWithReason>
  );
}

function FillSeatDialog({ org, convention, entry, onClose }: { org: string; convention: ConventionDetail; entry: RosterEntry; onClose(): void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [member, setMember] = useState<string | null>(null);
  const fill = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/orgs/{org}/conventions/{conventionId}/roster/{rosterId}/fill', { params: { path: { org, conventionId: convention.id, rosterId: entry.id } }, body: { memberId: Number(member ?? 0), version: entry.version } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [org] });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('roster.fillTitle', { unit: entry.unitCode ?? '' })} centered>
      <Stack>
        <MemberPicker org={org} within={entry.unitId ?? undefined} label={t('roster.electedMember')} value={member} onChange={setMember} />
        <ProblemAlert error={fill.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => fill.mutate()} disabled={!member} loading={fill.isPending}>
            {t('roster.fill')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
