import { Accordion, Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { clockOf, dayOf, useClassLessons, type ClassDetail } from '../../api/training';
import { useI18n } from '../../i18n/i18n';
import { fieldError } from '../forms';
import { ProblemAlert } from '../ProblemAlert';
import { LessonAttendance } from './LessonAttendance';

/** The lessons of a class, each opening to its attendance, and a form to schedule the next one. */
export function ClassLessons({ org, klass }: { org: string; klass: ClassDetail }) {
  const { t, date } = useI18n();
  const lessons = useClassLessons(org, klass.id);
  const students = klass.enrolments.filter((e) => e.state === 'enrolled' || e.state === 'completed').map((e) => ({ memberId: e.memberId, name: `${e.familyName} ${e.givenName}`, memberNo: e.memberNo }));
  const items = [...(lessons.data?.items ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <Stack>
      <ScheduleLessonForm org={org} classId={klass.id} />
      {lessons.error && <ProblemAlert error={lessons.error} />}
      {items.length === 0 ? (
        <Text role="status">{lessons.isPending ? t('common.loading') : t('training.noLessons')}</Text>
      ) : (
        <Accordion variant="separated">
          {items.map((l, i) => (
            <Accordion.Item key={l.id} value={String(l.id)}>
              <Accordion.Control>
                <Group gap="xs">
                  <Text fw={600}>{t('training.lessonNo', { n: i + 1 })}</Text>
                  <Text>
                    {date(dayOf(l.localStart))} {clockOf(l.localStart)}–{clockOf(l.localEnd)}
                  </Text>
                  {l.status === 'cancelled' ? (
                    <Badge color="gray" variant="light">
                      {t('meeting.cancelled')}
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('training.attendanceCount', { present: l.attendance.filter((a) => a.status === 'present').length, total: students.length })}
                    </Text>
                  )}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>{l.status === 'booked' ? <LessonAttendance org={org} lesson={l} students={students} /> : <Text size="sm">{l.cancelReason}</Text>}</Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}

function ScheduleLessonForm({ org, classId }: { org: string; classId: number }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [day, setDay] = useState('');
  const [start, setStart] = useState('10:00');
  const [end, setEnd] = useState('12:00');
  const mutation = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/orgs/{org}/classes/{classId}/lessons', { params: { path: { org, classId } }, body: { start: `${day}T${start}`, end: `${day}T${end}` } })),
    onSuccess: async () => {
      setDay('');
      await queryClient.invalidateQueries({ queryKey: [org, 'lessons'] });
    },
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate();
      }}
      aria-label={t('training.scheduleLesson')}
    >
      <Stack gap="xs">
        <Group align="flex-end" gap="xs">
          <TextInput type="date" label={t('meeting.date')} value={day} onChange={(e) => setDay(e.currentTarget.value)} required error={fieldError(mutation.error, 'start')} />
          <TextInput type="time" label={t('meeting.startTime')} value={start} onChange={(e) => setStart(e.currentTarget.value)} required />
          <TextInput type="time" label={t('meeting.endTime')} value={end} onChange={(e) => setEnd(e.currentTarget.value)} required error={fieldError(mutation.error, 'end')} />
          <Button type="submit" loading={mutation.isPending} disabled={day === ''}>
            {t('training.scheduleLesson')}
          </Button>
        </Group>
        <ProblemAlert error={mutation.error} />
      </Stack>
    </form>
  );
}
