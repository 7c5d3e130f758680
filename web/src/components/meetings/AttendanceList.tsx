import { Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { zonedTime, type Invitee, type MeetingDetail } from '../../api/meetings';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../ProblemAlert';
import { confirmGreen } from './colors';

type Status = Invitee['status'];
const marks: { status: Exclude<Status, 'invited'>; label: MessageKey; color: string }[] = [
  { status: 'present', label: 'attendance.present', color: confirmGreen },
  { status: 'excused', label: 'attendance.excused', color: 'indigo.9' },
  { status: 'absent', label: 'attendance.absent', color: 'red.9' },
];

/**
 * Attendance of every invitee, made for a phone at the door: one row per person with three large
 * buttons; a tap saves at once (present gets the check-in time now). Tapping the chosen mark again
 * clears it.
 */
export function AttendanceList({ org, meeting, canRun }: { org: string; meeting: MeetingDetail; canRun: boolean }) {
  const { t, number, locale } = useI18n();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState<number | 'all' | null>(null);
  const mutation = useMutation({
    mutationFn: (entries: { memberId: number; status: Status }[]) => unwrap(api.POST('/api/v1/orgs/{org}/meetings/{meetingId}/attendance', { params: { path: { org, meetingId: meeting.id } }, body: { entries } })),
    onSuccess: (detail) => {
      queryClient.setQueryData([org, 'meeting', meeting.id], detail);
      void queryClient.invalidateQueries({ queryKey: [org, 'meetings'] });
    },
    onSettled: () => setBusy(null),
  });
  const mark = (who: number | 'all', entries: { memberId: number; status: Status }[]) => {
    setBusy(who);
    mutation.mutate(entries);
  };
  const open = canRun && meeting.status === 'scheduled';
  const q = filter.trim().toLowerCase();
  const shown = meeting.invitees.filter((i) => q === '' || `${i.familyName} ${i.givenName} ${i.givenName} ${i.familyName} ${i.memberNo}`.toLowerCase().includes(q));
  const a = meeting.attendance;
  const unmarked = meeting.invitees.filter((i) => i.status === 'invited');
  return (
    <Stack gap="sm">
      <Text role="status" aria-live="polite" fw={600}>
        {t('attendance.summary', { present: number(a.present), excused: number(a.excused), absent: number(a.absent), unmarked: number(a.invited), total: number(a.total) })}
      </Text>
      <TextInput label={t('attendance.find')} type="search" value={filter} onChange={(e) => setFilter(e.currentTarget.value)} />
      <ProblemAlert error={mutation.error} />
      {meeting.invitees.length === 0 && <Text size="sm">{t('attendance.noInvitees')}</Text>}
      <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('attendance.list')}>
        {shown.map((i) => {
          const name = `${i.familyName} ${i.givenName}`;
          return (
            <Card key={i.memberId} component="li" withBorder padding="xs">
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text fw={600}>{name}</Text>
                  <Text size="xs" c="dimmed">
                    {i.memberNo}
                    {i.status === 'present' && i.checkedInAt ? ` · ${t('attendance.checkedInAt', { time: zonedTime(i.checkedInAt, meeting.timeZone, locale) })}` : ''}
                    {i.status !== 'present' && !open ? ` · ${t(i.status === 'invited' ? 'attendance.unmarked' : marks.find((m) => m.status === i.status)?.label ?? 'attendance.unmarked')}` : ''}
                  </Text>
                </Stack>
                {open ? (
                  <Group gap={4} wrap="nowrap" role="group" aria-label={t('attendance.of', { name })}>
                    {marks.map((m) => {
                      const on = i.status === m.status;
                      return (
                        <Button
                          key={m.status}
                          size="sm"
                          h={44}
                          px="sm"
                          variant={on ? 'filled' : 'default'}
                          color={on ? m.color : undefined}
                          aria-pressed={on}
                          disabled={busy !== null && (busy === i.memberId || busy === 'all')}
                          onClick={() => mark(i.memberId, [{ memberId: i.memberId, status: on ? 'invited' : m.status }])}
                        >
                          {t(m.label)}
                        </Button>
                      );
                    })}
                  </Group>
                ) : (
                  i.status === 'present' && <Text size="sm">{t('attendance.present')}</Text>
                )}
              </Group>
            </Card>
          );
        })}
      </Stack>
      {open && unmarked.length > 0 && (
        <Button variant="light" w="fit-content" loading={busy === 'all'} onClick={() => mark('all', unmarked.map((i) => ({ memberId: i.memberId, status: 'absent' as const })))}>
          {t('attendance.markRestAbsent', { n: unmarked.length })}
        </Button>
      )}
    </Stack>
  );
}
