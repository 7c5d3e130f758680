import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { ClassItem } from '../../api/training';
import { useI18n } from '../../i18n/i18n';
import { MemberPicker } from '../conventions/MemberPicker';
import { fieldError } from '../forms';
import { ProblemAlert } from '../ProblemAlert';
import { UnitPicker } from '../UnitPicker';

const defaultZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Seoul';

/** Opens a class of a course in a class unit: the server checks the instructor's qualification. */
export function OpenClassModal({ org, courseId, opened, onClose, onOpened }: { org: string; courseId: number; opened: boolean; onClose(): void; onOpened(k: ClassItem): void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [unit, setUnit] = useState<string | null>(null);
  const [instructor, setInstructor] = useState<string | null>(null);
  const [schedule, setSchedule] = useState('');
  const [room, setRoom] = useState('');
  const [capacity, setCapacity] = useState<number | string>(10);
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [timeZone, setTimeZone] = useState(defaultZone);
  const mutation = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/orgs/{org}/classes', {
          params: { path: { org } },
          body: { unitId: Number(unit), courseId, instructorId: Number(instructor), schedule, room, capacity: Number(capacity), startsOn, endsOn, timeZone },
        }),
      ),
    onSuccess: async (k) => {
      await queryClient.invalidateQueries({ queryKey: [org] });
      onClose();
      onOpened(k);
    },
  });
  const e = mutation.error;
  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common.close') }} title={t('training.openClass')} centered size="lg">
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          mutation.mutate();
        }}
      >
        <Stack>
          <UnitPicker org={org} label={t('training.classUnit')} kind="class" value={unit} onChange={setUnit} error={fieldError(e, 'unitId')} />
          <MemberPicker org={org} label={t('training.instructor')} value={instructor} onChange={setInstructor} error={fieldError(e, 'instructorId')} />
          <TextInput label={t('training.schedule')} description={t('training.scheduleHelp')} value={schedule} onChange={(ev) => setSchedule(ev.currentTarget.value)} required maxLength={300} error={fieldError(e, 'schedule')} />
          <Group grow>
            <TextInput label={t('training.room')} value={room} onChange={(ev) => setRoom(ev.currentTarget.value)} required maxLength={100} error={fieldError(e, 'room')} />
            <NumberInput label={t('training.capacity')} value={capacity} onChange={setCapacity} min={1} max={1000} allowDecimal={false} required error={fieldError(e, 'capacity')} />
          </Group>
          <Group grow>
            <TextInput type="date" label={t('training.startsOn')} value={startsOn} onChange={(ev) => setStartsOn(ev.currentTarget.value)} required error={fieldError(e, 'startsOn')} />
            <TextInput type="date" label={t('training.endsOn')} value={endsOn} onChange={(ev) => setEndsOn(ev.currentTarget.value)} required error={fieldError(e, 'endsOn')} />
          </Group>
          <TextInput label={t('meeting.timeZone')} value={timeZone} onChange={(ev) => setTimeZone(ev.currentTarget.value)} required error={fieldError(e, 'timeZone')} />
          <ProblemAlert error={e} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('training.openClass')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
