import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { AttendanceMark, Lesson } from '../../api/training';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';
import { confirmGreen } from '../meetings/colors';
import { ProblemAlert } from '../ProblemAlert';

const marks: { status: AttendanceMark; label: MessageKey; color: string }[] = [
  { status: 'present', label: 'attendance.present', color: confirmGreen },
  { status: 'excused', label: 'attendance.excused', color: 'indigo.9' },
  { status: 'absent', label: 'attendance.absent', color: 'red.9' },
];

/** A lesson's attendance, made for a phone: one row per student, three large buttons; a tap saves. */
export function LessonAttendance({ org, lesson, students }: { org: string; lesson: Lesson; students: { memberId: number; name: string; memberNo: string }[] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: (entry: { memberId: number; status: AttendanceMark }) => unwrap(api.POST('/api/v1/orgs/{org}/lessons/{lessonId}/attendance', { params: { path: { org, lessonId: lesson.id } }, body: { entries: [entry] } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [org, 'lessons'] });
    },
    onSettled: () => setBusy(null),
  });
  const statusOf = (memberId: number) => lesson.attendance.find((a) => a.memberId === memberId)?.status;
  const present = lesson.attendance.filter((a) => a.status === 'present').length;
  return (
    <Stack gap={6}>
      <Text role="status" aria-live="polite" size="sm" fw={600}>
        {t('training.attendanceCount', { present, total: students.length })}
      </Text>
      <ProblemAlert error={mutation.error} />
      <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('training.attendanceOf', { when: lesson.localStart.replace('T', ' ') })}>
        {students.map((s) => {
          const current = statusOf(s.memberId);
          return (
            <Card key={s.memberId} component="li" withBorder padding="xs">
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Stack gap={0}>
                  <Text fw={600}>{s.name}</Text>
                  <Text size="xs" c="dimmed">
                    {s.memberNo}
                  </Text>
                </Stack>
                <Group gap={4} wrap="nowrap" role="group" aria-label={t('attendance.of', { name: s.name })}>
                  {marks.map((m) => {
                    const on = current === m.status;
                    return (
                      <Button
                        key={m.status}
                        size="sm"
                        h={44}
                        px="sm"
                        variant={on ? 'filled' : 'default'}
                        color={on ? m.color : undefined}
                        aria-pressed={on}
                        loading={busy === s.memberId}
                        onClick={() => {
                          setBusy(s.memberId);
                          mutation.mutate({ memberId: s.memberId, status: m.status });
                        }}
                      >
                        {t(m.label)}
                      </Button>
                    );
                  })}
                </Group>
              </Group>
            </Card>
          );
        })}
      </Stack>
    </Stack>
  );
}
