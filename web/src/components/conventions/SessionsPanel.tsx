import { Anchor, Badge, Button, Group, Modal, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { zonedRange, type ConventionDetail } from '../../api/meetings';
import { useI18n } from '../../i18n/i18n';
import { ConfirmWithReason, fieldError } from '../forms';
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
  const editable = canRun && (convention.status === 'planned' || convention.status === 'frozen');
  const [editing, setEditing] = useState<Session | null>(null);
  const [cancelling, setCancelling] = useState<Session | null>(null);
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
                {editable && <Table.Th>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {convention.sessions.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    {s.title}
                    {s.status === 'cancelled' && (
                      <Text size="xs">
                        <Badge variant="light" color="gray" mr={4}>
                          {t('session.cancelled')}
                        </Badge>
                        {t('session.cancelledBecause', { reason: s.cancelReason ?? '' })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{zonedRange(s.startsAt, s.endsAt, convention.timeZone, locale)}</Table.Td>
                  <Table.Td>{t('session.presentOf', { present: number(s.present), seats: number(seats) })}</Table.Td>
                  {editable && (
                    <Table.Td>
                      {s.status === 'scheduled' && (
                        <Group gap="xs" wrap="nowrap">
                          {open && (
                            <Anchor component={Link} to={`/orgs/${org}/conventions/${convention.id}/sessions/${s.id}/check-in`} aria-label={t('session.deskFor', { session: s.title })}>
                              {t('session.desk')}
                            </Anchor>
                          )}
                          <Button size="compact-sm" variant="default" onClick={() => setEditing(s)} aria-label={`${t('session.edit')}: ${s.title}`}>
                            {t('session.edit')}
                          </Button>
                          <Button size="compact-sm" variant="default" onClick={() => setCancelling(s)} aria-label={`${t('session.cancel')}: ${s.title}`}>
                            {t('session.cancel')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <SessionEditor key={editing.id} org={org} convention={convention} session={editing} onClose={() => setEditing(null)} />}
      <ConfirmWithReason
        opened={cancelling !== null}
        onClose={() => setCancelling(null)}
        title={t('session.cancelTitle', { title: cancelling?.title ?? '' })}
        confirmLabel={t('session.cancel')}
        danger
        org={org}
        action={(reason) => unwrap(api.POST('/api/v1/orgs/{org}/conventions/{conventionId}/sessions/{sessionId}/cancel', { params: { path: { org, conventionId: convention.id, sessionId: cancelling?.id ?? 0 } }, body: { reason, version: cancelling?.version ?? 0 } }))}
      >
        <Text size="sm">{t('session.cancelHelp')}</Text>
      </ConfirmWithReason>
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

type Session = ConventionDetail['sessions'][number];

/** Retitle or move a session within the convention's days, in the convention's own zone. */
function SessionEditor({ org, convention, session, onClose }: { org: string; convention: ConventionDetail; session: Session; onClose(): void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [f, setF] = useState({ title: session.title, date: session.localStart.slice(0, 10), start: session.localStart.slice(11, 16), end: session.localEnd.slice(11, 16) });
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/orgs/{org}/conventions/{conventionId}/sessions/{sessionId}/change', {
          params: { path: { org, conventionId: convention.id, sessionId: session.id } },
          body: { title: f.title.trim(), start: `${f.date}T${f.start}`, end: `${f.date}T${f.end}`, version: session.version },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [org, 'convention', convention.id] });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('session.editTitle')} centered closeButtonProps={{ 'aria-label': t('session.closeEditor') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="xs">
          <TextInput label={t('session.titleLabel')} value={f.title} onChange={(e) => setF({ ...f, title: e.currentTarget.value })} required error={fieldError(save.error, 'title')} data-autofocus />
          <TextInput label={t('meeting.date')} type="date" value={f.date} onChange={(e) => setF({ ...f, date: e.currentTarget.value })} required error={fieldError(save.error, 'start')} />
          <Group grow>
            <TextInput label={t('session.startLabel')} type="time" value={f.start} onChange={(e) => setF({ ...f, start: e.currentTarget.value })} required />
            <TextInput label={t('session.endLabel')} type="time" value={f.end} onChange={(e) => setF({ ...f, end: e.currentTarget.value })} required error={fieldError(save.error, 'end')} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('session.zoneNote', { zone: convention.timeZone })}
          </Text>
          <ProblemAlert error={save.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('session.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
