import { Anchor, Button, Group, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { zonedRange, type ConventionDetail } from '../../api/meetings';
import { useI18n } from '../../i18n/i18n';
import { fieldError } from '../forms';
import { ProblemAlert } from '../ProblemAlert';

/** The program: sessions with the number checked in now, a check-in desk for each, and a form to add one. */
export function SessionsPanel({ org, convention, canRun }: { org: string; convention: ConventionDetail; canRun: boolean }) {
  const { t, number, locale } = useI18n();
  const queryClient = useQueryClient();
  const [f, setF] = useState({ title: '', date: convention.startsOn, start: '09:00', end: '12:00' });
  const add = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/orgs/{org}/conventions/{conventionId}/sessions', { params: { path: { org, conventionId: convention.id } }, body: { title: f.title.trim(), start: `${f.date}T${f.start}`, end: `${f.date}T${f.end}` } })),
    onSuccess: async () => {
      setF((x) => ({ ...x, title: '' }));
      await queryClient.invalidateQueries({ queryKey: [org, 'convention', convention.id] });
    },
  });
  const seats = convention.roster.entitled + convention.roster.guests;
  const open = convention.status === 'frozen';
  return (
    <Stack>
      {convention.sessions.length === 0 ? (
        <Text size="sm">{t('session.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped aria-label={t('session.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('session.name')}</Table.Th>
                <Table.Th>{t('meeting.when')}</Table.Th>
                <Table.Th>{t('session.present')}</Table.Th>
                {canRun && open && <Table.Th>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {convention.sessions.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.title}</Table.Td>
                  <Table.Td>{zonedRange(s.startsAt, s.endsAt, convention.timeZone, locale)}</Table.Td>
                  <Table.Td>{t('session.presentOf', { present: number(s.present), seats: number(seats) })}</Table.Td>
                  {canRun && open && (
                    <Table.Td>
                      <Anchor component={Link} to={`/orgs/${org}/conventions/${convention.id}/sessions/${s.id}/check-in`} aria-label={t('session.deskFor', { session: s.title })}>
                        {t('session.desk')}
                      </Anchor>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canRun && open && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
        >
          <Stack gap="xs">
            <Text fw={600}>{t('session.add')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              <TextInput label={t('session.name')} value={f.title} onChange={(e) => setF({ ...f, title: e.currentTarget.value })} required error={fieldError(add.error, 'title')} />
              <TextInput label={t('meeting.date')} type="date" value={f.date} onChange={(e) => setF({ ...f, date: e.currentTarget.value })} required />
              <TextInput label={t('meeting.startTime')} type="time" value={f.start} onChange={(e) => setF({ ...f, start: e.currentTarget.value })} required />
              <TextInput label={t('meeting.endTime')} type="time" value={f.end} onChange={(e) => setF({ ...f, end: e.currentTarget.value })} required />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t('session.zoneNote', { zone: convention.timeZone })}
            </Text>
            <ProblemAlert error={add.error} />
            <Group>
              <Button type="submit" loading={add.isPending}>
                {t('session.addButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
