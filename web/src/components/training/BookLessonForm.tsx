import { Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { MemberPicker } from '../conventions/MemberPicker';
import { fieldError } from '../forms';
import { ProblemAlert } from '../ProblemAlert';
import { UnitPicker } from '../UnitPicker';

/** Book a private lesson; a refusal (outside availability, a double booking) shows right here. */
export function BookLessonForm({ org, instructorId, timeZone, day }: { org: string; instructorId: number; timeZone: string; day: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [unit, setUnit] = useState<string | null>(null);
  const [student, setStudent] = useState<string | null>(null);
  const [date, setDate] = useState(day);
  const [start, setStart] = useState('16:00');
  const [end, setEnd] = useState('17:30');
  const [room, setRoom] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/orgs/{org}/lessons', {
          params: { path: { org } },
          body: { unitId: Number(unit), instructorId, studentId: Number(student), start: `${date}T${start}`, end: `${date}T${end}`, timeZone, ...(room.trim() ? { room: room.trim() } : {}) },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [org, 'lessons'] });
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="book-heading">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate();
        }}
      >
        <Stack gap="xs">
          <Title order={2} size="h4" id="book-heading">
            {t('training.bookLesson')}
          </Title>
          <MemberPicker org={org} label={t('training.student')} value={student} onChange={setStudent} error={fieldError(mutation.error, 'studentId')} />
          <UnitPicker org={org} label={t('training.runBy')} value={unit} onChange={setUnit} error={fieldError(mutation.error, 'unitId')} />
          <Group grow align="flex-end">
            <TextInput type="date" label={t('meeting.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} required />
            <TextInput type="time" label={t('meeting.startTime')} value={start} onChange={(e) => setStart(e.currentTarget.value)} required />
            <TextInput type="time" label={t('meeting.endTime')} value={end} onChange={(e) => setEnd(e.currentTarget.value)} required />
          </Group>
          <TextInput label={t('training.roomOptional')} value={room} onChange={(e) => setRoom(e.currentTarget.value)} maxLength={100} />
          <ProblemAlert error={mutation.error} title={t('training.bookingRefused')} />
          {mutation.isSuccess && (
            <TextStatus>{t('training.booked', { when: `${mutation.data.localStart.replace('T', ' ')}` })}</TextStatus>
          )}
          <Group>
            <Button type="submit" loading={mutation.isPending} disabled={!unit || !student || !date}>
              {t('training.book')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function TextStatus({ children }: { children: string }) {
  return (
    <p role="status" style={{ margin: 0, fontWeight: 600 }}>
      {children}
    </p>
  );
}
