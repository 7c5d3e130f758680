import { Anchor, Badge, Button, Card, Group, Menu, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useOrgSlug } from '../api/queries';
import { clockOf, dayOf, useMemberName, type Lesson } from '../api/training';
import { MemberPicker } from '../components/conventions/MemberPicker';
import { ConfirmWithReason } from '../components/forms';
import { ProblemAlert } from '../components/ProblemAlert';
import { AvailabilityEditor } from '../components/training/AvailabilityEditor';
import { BookLessonForm } from '../components/training/BookLessonForm';
import { addDays, isoWeekday, localToday, mondayOf } from '../components/training/week';
import { useI18n } from '../i18n/i18n';

/** An instructor's week: availability for private lessons, the lessons booked, and booking. */
export default function LessonsPage() {
  const org = useOrgSlug();
  const { t, date } = useI18n();
  const [params, setParams] = useSearchParams();
  const instructorId = Number(params.get('instructor') ?? 0);
  const week = params.get('week') ?? mondayOf(localToday());
  const name = useMemberName(org, instructorId);
  const [editing, setEditing] = useState(false);
  const go = (patch: Record<string, string>) => setParams((p) => ({ ...Object.fromEntries(p), ...patch }));
  const availability = useQuery({
    queryKey: [org, 'availability', instructorId],
    enabled: instructorId > 0,
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/members/{memberId}/availability', { params: { path: { org, memberId: instructorId } } })),
  });
  const lessons = useQuery({
    queryKey: [org, 'lessons', 'week', instructorId, week],
    enabled: instructorId > 0,
    // A day either side: lessons are filtered by their own wall-clock day below, whatever the zone.
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/lessons', { params: { path: { org }, query: { instructorId, from: `${addDays(week, -1)}T00:00:00Z`, to: `${addDays(week, 8)}T00:00:00Z`, limit: 200 } } })),
  });
  const days = Array.from({ length: 7 }, (_, i) => addDays(week, i));
  const inWeek = (lessons.data?.items ?? []).filter((l) => dayOf(l.localStart) >= week && dayOf(l.localStart) < addDays(week, 7)).sort((a, b) => a.localStart.localeCompare(b.localStart));
  const zone = availability.data?.timeZone ?? 'Asia/Seoul';

  return (
    <Stack>
      <Title order={1}>{instructorId > 0 && name.data ? t('training.weekOf', { name: name.data }) : t('training.privateLessons')}</Title>
      <MemberPicker org={org} label={t('training.instructor')} value={instructorId > 0 ? String(instructorId) : null} onChange={(v) => v && go({ instructor: v })} />
      {instructorId > 0 && (
        <>
          <Group justify="space-between">
            <Button variant="default" size="xs" onClick={() => go({ week: addDays(week, -7) })}>
              {t('training.previousWeek')}
            </Button>
            <Text fw={600} role="status">
              {date(week)} – {date(addDays(week, 6))}
            </Text>
            <Button variant="default" size="xs" onClick={() => go({ week: addDays(week, 7) })}>
              {t('training.nextWeek')}
            </Button>
          </Group>
          <Card withBorder component="section" aria-labelledby="availability-heading">
            <Group justify="space-between">
              <Title order={2} size="h4" id="availability-heading">
                {t('training.availability')}
              </Title>
              {availability.data && (
                <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                  {t('training.editAvailability')}
                </Button>
              )}
            </Group>
            {availability.error && <ProblemAlert error={availability.error} />}
            {availability.data && availability.data.slots.length === 0 && <Text size="sm">{t('training.noAvailability')}</Text>}
            <Text size="sm">
              {availability.data?.slots.map((s) => `${t(`training.weekday.${s.weekday}` as 'training.weekday.1')} ${s.start}–${s.end}`).join(' · ')}
              {availability.data?.timeZone ? ` (${availability.data.timeZone})` : ''}
            </Text>
          </Card>
          {lessons.error && <ProblemAlert error={lessons.error} />}
          <Table.ScrollContainer minWidth={560}>
            <Table striped aria-label={t('training.lessonsOfWeek')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('meeting.date')}</Table.Th>
                  <Table.Th>{t('training.time')}</Table.Th>
                  <Table.Th>{t('training.lessonKind')}</Table.Th>
                  <Table.Th>{t('training.room')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {days.map((d) => {
                  const today = inWeek.filter((l) => dayOf(l.localStart) === d);
                  const open = availability.data?.slots.filter((s) => s.weekday === isoWeekday(d)) ?? [];
                  if (today.length === 0)
                    return (
                      <Table.Tr key={d}>
                        <Table.Td>{date(d)}</Table.Td>
                        <Table.Td colSpan={4}>
                          <Text size="sm" c="dimmed">
                            {open.length > 0 ? t('training.freeDay', { hours: open.map((s) => `${s.start}–${s.end}`).join(', ') }) : t('training.noLessonsDay')}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    );
                  return today.map((l, i) => <LessonRow key={l.id} org={org} lesson={l} day={i === 0 ? date(d) : ''} />);
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <BookLessonForm org={org} instructorId={instructorId} timeZone={zone} day={days.find((d) => d >= localToday()) ?? week} />
          {editing && availability.data && <AvailabilityEditor org={org} instructorId={instructorId} availability={availability.data} onClose={() => setEditing(false)} />}
        </>
      )}
    </Stack>
  );
}

function LessonRow({ org, lesson, day }: { org: string; lesson: Lesson; day: string }) {
  const { t } = useI18n();
  const student = useMemberName(org, lesson.studentId);
  const [dialog, setDialog] = useState<'cancel' | 'reschedule' | null>(null);
  const cancelled = lesson.status === 'cancelled';
  return (
    <Table.Tr>
      <Table.Td>{day}</Table.Td>
      <Table.Td>
        {clockOf(lesson.localStart)}–{clockOf(lesson.localEnd)}
      </Table.Td>
      <Table.Td>
        {lesson.kind === 'class' && lesson.classId ? (
          <Anchor component={Link} to={`/orgs/${org}/classes/${lesson.classId}`}>
            {t('training.classLesson', { unit: lesson.unitCode })}
          </Anchor>
        ) : (
          <>
            {t('training.privateWith')}{' '}
            <Anchor component={Link} to={`/orgs/${org}/members/${lesson.studentId ?? 0}`}>
              {student.data ?? '…'}
            </Anchor>
          </>
        )}
        {cancelled && (
          <Badge ml="xs" color="gray" variant="light">
            {t('meeting.cancelled')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{lesson.room ?? '—'}</Table.Td>
      <Table.Td>
        {!cancelled && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button size="xs" variant="default" aria-label={t('training.lessonActions', { when: lesson.localStart.replace('T', ' ') })}>
                {t('common.actions')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => setDialog('reschedule')}>{t('training.reschedule')}</Menu.Item>
              <Menu.Item color="red.9" onClick={() => setDialog('cancel')}>
                {t('training.cancelLesson')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
        <ConfirmWithReason
          opened={dialog === 'cancel'}
          onClose={() => setDialog(null)}
          title={t('training.cancelLessonTitle', { when: lesson.localStart.replace('T', ' ') })}
          confirmLabel={t('training.cancelLesson')}
          danger
          org={org}
          action={(reason) => unwrap(api.POST('/api/v1/orgs/{org}/lessons/{lessonId}/cancel', { params: { path: { org, lessonId: lesson.id } }, body: { reason, version: lesson.version } }))}
        />
        {dialog === 'reschedule' && <RescheduleModal org={org} lesson={lesson} onClose={() => setDialog(null)} />}
      </Table.Td>
    </Table.Tr>
  );
}

function RescheduleModal({ org, lesson, onClose }: { org: string; lesson: Lesson; onClose(): void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [day, setDay] = useState(dayOf(lesson.localStart));
  const [start, setStart] = useState(clockOf(lesson.localStart));
  const [end, setEnd] = useState(clockOf(lesson.localEnd));
  const [room, setRoom] = useState(lesson.room ?? '');
  const mutation = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/orgs/{org}/lessons/{lessonId}/reschedule', {
          params: { path: { org, lessonId: lesson.id } },
          body: { start: `${day}T${start}`, end: `${day}T${end}`, ...(room.trim() ? { room: room.trim() } : {}), version: lesson.version },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [org, 'lessons'] });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common.close') }} title={t('training.reschedule')} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate();
        }}
      >
        <Stack>
          <TextInput type="date" label={t('meeting.date')} value={day} onChange={(e) => setDay(e.currentTarget.value)} required />
          <Group grow>
            <TextInput type="time" label={t('meeting.startTime')} value={start} onChange={(e) => setStart(e.currentTarget.value)} required />
            <TextInput type="time" label={t('meeting.endTime')} value={end} onChange={(e) => setEnd(e.currentTarget.value)} required />
          </Group>
          <TextInput label={t('training.roomOptional')} value={room} onChange={(e) => setRoom(e.currentTarget.value)} maxLength={100} />
          <ProblemAlert error={mutation.error} title={t('training.bookingRefused')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('training.reschedule')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
