import { ActionIcon, Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { Availability } from '../../api/training';
import { useI18n } from '../../i18n/i18n';
import { FormModal } from '../forms';

/** Replace an instructor's weekly availability: one row per weekday and time span. */
export function AvailabilityEditor({ org, instructorId, availability, onClose }: { org: string; instructorId: number; availability: Availability; onClose(): void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [timeZone, setTimeZone] = useState(availability.timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Seoul'));
  const [slots, setSlots] = useState(availability.slots.map((s) => ({ ...s })));
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: t(`training.weekday.${d}` as 'training.weekday.1') }));
  const mutation = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/v1/orgs/{org}/members/{memberId}/availability', { params: { path: { org, memberId: instructorId } }, body: { timeZone, slots } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [org, 'availability', instructorId] });
      onClose();
    },
  });
  const set = (i: number, patch: Partial<(typeof slots)[number]>) => setSlots((xs) => xs.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <FormModal title={t('training.editAvailability')} onClose={onClose} onSubmit={() => mutation.mutate()} error={mutation.error} submitLabel={t('training.saveAvailability')} pending={mutation.isPending} size="lg">
      <TextInput label={t('meeting.timeZone')} value={timeZone} onChange={(e) => setTimeZone(e.currentTarget.value)} required />
      {slots.length === 0 && <Text size="sm">{t('training.noAvailability')}</Text>}
      {slots.map((s, i) => (
        <Group key={i} align="flex-end" gap="xs">
          <Select label={t('training.weekday')} data={weekdays} value={String(s.weekday)} onChange={(v) => v && set(i, { weekday: Number(v) })} allowDeselect={false} w={140} />
          <TextInput type="time" label={t('meeting.startTime')} value={s.start} onChange={(e) => set(i, { start: e.currentTarget.value })} required />
          <TextInput type="time" label={t('meeting.endTime')} value={s.end} onChange={(e) => set(i, { end: e.currentTarget.value })} required />
          <ActionIcon variant="default" size="lg" aria-label={t('training.removeSlot')} onClick={() => setSlots((xs) => xs.filter((_, j) => j !== i))}>
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="default" size="xs" onClick={() => setSlots((xs) => [...xs, { weekday: 1, start: '10:00', end: '12:00' }])}>
          {t('training.addSlot')}
        </Button>
      </Group>
    </FormModal>
  );
}
