import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { zonedRange, type Meeting } from '../../api/meetings';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../ProblemAlert';
import { ScheduleMeetingModal } from './ScheduleMeetingModal';

/** The Meetings tab of a unit: upcoming and past meetings, scheduling, and the unit's calendar link. */
export function UnitMeetings({ org, unitId, canRun }: { org: string; unitId: number; canRun: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [scheduling, setScheduling] = useState(false);
  const meetings = useQuery({
    queryKey: [org, 'meetings', 'unit', unitId],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/meetings', { params: { path: { org }, query: { unitId, limit: 200 } } })),
  });
  const now = new Date().toISOString();
  const items = [...(meetings.data?.items ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  // A meeting stays "upcoming" until it ends, so a secretary finds tonight's meeting at the top.
  const upcoming = items.filter((m) => m.endsAt >= now);
  const past = items.filter((m) => m.endsAt < now).reverse();
  return (
    <Stack>
      <Group justify="space-between">
        {canRun && <Button onClick={() => setScheduling(true)}>{t('meeting.schedule')}</Button>}
        <Anchor component={Link} to={`/orgs/${org}/calendar?unit=${unitId}`} size="sm">
          {t('meeting.calendarLink')}
        </Anchor>
      </Group>
      <ProblemAlert error={meetings.error} />
      <MeetingTable org={org} title={t('meeting.upcoming')} items={upcoming} empty={t('meeting.noneUpcoming')} />
      <MeetingTable org={org} title={t('meeting.past')} items={past} empty={t('meeting.nonePast')} />
      {meetings.data?.nextCursor && <Text size="sm">{t('meeting.more')}</Text>}
      {scheduling && <ScheduleMeetingModal org={org} unitId={unitId} onClose={() => setScheduling(false)} onDone={(id) => navigate(`/orgs/${org}/meetings/${id}`)} />}
    </Stack>
  );
}

function MeetingTable({ org, title, items, empty }: { org: string; title: string; items: Meeting[]; empty: string }) {
  const { t, locale, number } = useI18n();
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('meeting.title')}</Table.Th>
                <Table.Th>{t('meeting.when')}</Table.Th>
                <Table.Th>{t('meeting.place')}</Table.Th>
                <Table.Th>{t('meeting.attendance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Group gap={6}>
                      <Anchor component={Link} to={`/orgs/${org}/meetings/${m.id}`}>
                        {m.title}
                      </Anchor>
                      {m.status === 'cancelled' && (
                        <Badge color="gray" variant="light">
                          {t('meeting.cancelled')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{zonedRange(m.startsAt, m.endsAt, m.timeZone, locale)}</Table.Td>
                  <Table.Td>{m.place}</Table.Td>
                  <Table.Td>{t('meeting.presentOf', { present: number(m.attendance.present), total: number(m.attendance.total) })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
