import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { browserTimeZone, meetingKinds, timeZones, todayLocal, type Meeting, type MeetingKind } from '../../api/meetings';
import { useI18n } from '../../i18n/i18n';
import { fieldError } from '../forms';
import { ProblemAlert } from '../ProblemAlert';


/** Schedules a meeting of a unit, or (given `meeting`) moves one: wall-clock times in an IANA zone. */
export function ScheduleMeetingModal({ org, unitId, meeting, onClose, onDone }: { org: string; unitId: number; meeting?: Meeting; onClose(): void; onDone?(id: number): void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const zones = useMemo(timeZones, []);
  const [form, setForm] = useState({
    title: meeting?.title ?? t('meeting.defaultTitle'),
    kind: (meeting?.kind ?? 'general') as MeetingKind,
    date: meeting?.localStart.slice(0, 10) ?? todayLocal(),
    start: meeting?.localStart.slice(11, 16) ?? '19:00',
    end: meeting?.localEnd.slice(11, 16) ?? '21:00',
    timeZone: meeting?.timeZone ?? browserTimeZone(),
    place: meeting?.place ?? '',
    agenda: meeting?.agenda.join('\n') ?? '',
  });
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const mutation = useMutation({
    mutationFn: async () => {
      // An end earlier than the start runs past midnight into the next day.
      const next = new Date(`${form.date}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      const end = form.end < form.start ? `${next.toISOString().slice(0, 10)}T${form.end}` : `${form.date}T${form.end}`;
      const agenda = form.agenda.split('\n').map((s) => s.trim()).filter(Boolean);
      const common = { title: form.title.trim(), start: `${form.date}T${form.start}`, end, timeZone: form.timeZone, place: form.place.trim(), agenda };
      if (meeting) return unwrap(api.POST('/api/v1/orgs/{org}/meetings/{meetingId}/reschedule', { params: { path: { org, meetingId: meeting.id } }, body: { ...common, version: meeting.version } }));
      return unwrap(api.POST('/api/v1/orgs/{org}/meetings', { params: { path: { org } }, body: { unitId, kind: form.kind, ...common } }));
    },
    onSuccess: async (m) => {
      await queryClient.invalidateQueries({ queryKey: [org] });
      onClose();
      onDone?.(m.id);
    },
  });
  const err = (f: string) => fieldError(mutation.error, f);
  return (
    <Modal opened onClose={onClose} title={meeting ? t('meeting.rescheduleTitle') : t('meeting.scheduleTitle')} centered size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate();
        }}
      >
        <Stack>
          <TextInput label={t('meeting.title')} value={form.title} onChange={(e) => set('title')(e.currentTarget.value)} required error={err('title')} data-autofocus />
          {!meeting && (
            <Select
              label={t('meeting.kind')}
              data={meetingKinds.map((k) => ({ value: k, label: t(`meeting.kind.${k}`) }))}
              value={form.kind}
              onChange={(v) => v && set('kind')(v)}
              allowDeselect={false}
            />
          )}
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <TextInput label={t('meeting.date')} type="date" value={form.date} onChange={(e) => set('date')(e.currentTarget.value)} required error={err('start')} />
            <TextInput label={t('meeting.startTime')} type="time" value={form.start} onChange={(e) => set('start')(e.currentTarget.value)} required />
            <TextInput label={t('meeting.endTime')} type="time" value={form.end} onChange={(e) => set('end')(e.currentTarget.value)} required error={err('end')} />
          </SimpleGrid>
          <Select label={t('meeting.timeZone')} description={t('meeting.timeZoneHelp')} searchable data={zones} value={form.timeZone} onChange={(v) => v && set('timeZone')(v)} allowDeselect={false} error={err('timeZone')} />
          <TextInput label={t('meeting.place')} value={form.place} onChange={(e) => set('place')(e.currentTarget.value)} required error={err('place')} />
          <Textarea label={t('meeting.agenda')} description={t('meeting.agendaHelp')} value={form.agenda} onChange={(e) => set('agenda')(e.currentTarget.value)} autosize minRows={3} error={err('agenda')} />
          <ProblemAlert error={mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {meeting ? t('meeting.reschedule') : t('meeting.schedule')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
