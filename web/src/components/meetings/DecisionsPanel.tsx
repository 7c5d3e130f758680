import { Button, Card, NumberInput, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { MeetingDetail } from '../../api/meetings';
import { useI18n } from '../../i18n/i18n';
import { fieldError } from '../forms';
import { ProblemAlert } from '../ProblemAlert';
import { VoteResultView } from './VoteResultView';

/** Decisions of a meeting by open vote, each with its result and the basis (rulebook rule, who was present). */
export function DecisionsPanel({ org, meeting, canRun }: { org: string; meeting: MeetingDetail; canRun: boolean }) {
  const { t, dateTime } = useI18n();
  const queryClient = useQueryClient();
  const empty = { text: '', votesFor: 0, votesAgainst: 0, abstentions: 0 };
  const [form, setForm] = useState(empty);
  const record = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/orgs/{org}/meetings/{meetingId}/decisions', { params: { path: { org, meetingId: meeting.id } }, body: { ...form, text: form.text.trim() } })),
    onSuccess: async () => {
      setForm(empty);
      await queryClient.invalidateQueries({ queryKey: [org, 'meeting', meeting.id] });
    },
  });
  const num = (k: 'votesFor' | 'votesAgainst' | 'abstentions') => (v: string | number) => setForm((f) => ({ ...f, [k]: typeof v === 'number' ? v : Number.parseInt(v, 10) || 0 }));
  return (
    <Stack>
      {meeting.decisions.length === 0 && <Text size="sm">{t('decision.none')}</Text>}
      {meeting.decisions.map((d) => (
        <Card key={d.id} withBorder component="article" aria-label={t('decision.label', { n: d.id })}>
          <Stack gap="xs">
            <Text style={{ whiteSpace: 'pre-wrap' }}>{d.text}</Text>
            <VoteResultView result={d.result} />
            <Text size="xs" c="dimmed">
              {t('decision.recordedAt', { date: dateTime(d.recordedAt) })}
            </Text>
          </Stack>
        </Card>
      ))}
      {canRun && meeting.status === 'scheduled' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            record.mutate();
          }}
        >
          <Stack gap="xs">
            <Textarea label={t('decision.text')} value={form.text} onChange={(e) => setForm((f) => ({ ...f, text: e.currentTarget.value }))} required autosize minRows={2} error={fieldError(record.error, 'text')} />
            <SimpleGrid cols={3}>
              <NumberInput label={t('decision.for')} min={0} value={form.votesFor} onChange={num('votesFor')} error={fieldError(record.error, 'votesFor')} />
              <NumberInput label={t('decision.against')} min={0} value={form.votesAgainst} onChange={num('votesAgainst')} />
              <NumberInput label={t('decision.abstain')} min={0} value={form.abstentions} onChange={num('abstentions')} />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t('decision.help')}
            </Text>
            <ProblemAlert error={record.error} />
            <Button type="submit" w="fit-content" loading={record.isPending}>
              {t('decision.record')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
