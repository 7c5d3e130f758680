import { Accordion, Badge, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { MeetingDetail } from '../../api/meetings';
import { useI18n } from '../../i18n/i18n';
import { fieldError } from '../forms';
import { ProblemAlert } from '../ProblemAlert';
import { confirmGreen } from './colors';

/**
 * Minutes: a draft is written and saved, then approved; approved minutes are read-only for good.
 * A correction opens a new revision with its reason, which is approved in turn; every revision stays.
 */
export function MinutesPanel({ org, meeting, canRun }: { org: string; meeting: MeetingDetail; canRun: boolean }) {
  const { t, dateTime } = useI18n();
  const queryClient = useQueryClient();
  const revisions = [...meeting.minutes].sort((a, b) => a.revision - b.revision);
  const latest = revisions.at(-1);
  const draft = latest?.status === 'draft' ? latest : undefined;
  const [text, setText] = useState(draft?.text ?? '');
  const [correcting, setCorrecting] = useState(false);
  const [correctionReason, setCorrectionReason] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: [org, 'meeting', meeting.id] });
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/orgs/{org}/meetings/{meetingId}/minutes', {
          params: { path: { org, meetingId: meeting.id } },
          body: { text, ...(draft ? { version: draft.version } : {}), ...(!draft && latest ? { correctionReason: correctionReason.trim() } : {}) },
        }),
      ),
    onSuccess: async () => {
      setCorrecting(false);
      setCorrectionReason('');
      await refresh();
    },
  });
  const approve = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/orgs/{org}/meetings/{meetingId}/minutes/approve', { params: { path: { org, meetingId: meeting.id } }, body: { version: draft?.version ?? 0 } })),
    onSuccess: refresh,
  });
  const editable = canRun && meeting.status === 'scheduled' && (draft !== undefined || latest === undefined || correcting);
  const unsaved = draft ? text !== draft.text : text.trim() !== '';
  return (
    <Stack>
      {latest?.status === 'approved' && (
        <Stack gap="xs">
          <Group gap="xs">
            <Badge color="green" variant="light">
              {t('minutes.approved')}
            </Badge>
            <Text size="sm">{t('minutes.approvedOn', { revision: latest.revision, date: dateTime(latest.approvedAt) })}</Text>
          </Group>
          <Paper withBorder p="sm" aria-label={t('minutes.approvedText')} role="region">
            <Text style={{ whiteSpace: 'pre-wrap' }}>{latest.text}</Text>
          </Paper>
          <Text size="sm" c="dimmed">
            {t('minutes.immutable')}
          </Text>
          {canRun && !correcting && meeting.status === 'scheduled' && (
            <Button
              variant="default"
              w="fit-content"
              onClick={() => {
                setText(latest.text);
                setCorrecting(true);
              }}
            >
              {t('minutes.correct')}
            </Button>
          )}
        </Stack>
      )}
      {latest === undefined && !editable && <Text size="sm">{t('minutes.none')}</Text>}
      {draft && !canRun && (
        <Paper withBorder p="sm">
          <Badge color="orange" variant="light" mb="xs">
            {t('minutes.draft')}
          </Badge>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{draft.text}</Text>
        </Paper>
      )}
      {editable && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <Stack gap="xs">
            {correcting && <TextInput label={t('minutes.correctionReason')} value={correctionReason} onChange={(e) => setCorrectionReason(e.currentTarget.value)} required maxLength={500} />}
            <Textarea label={t('minutes.draftLabel')} description={draft ? t('minutes.draftRevision', { revision: draft.revision }) : undefined} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={6} required error={fieldError(save.error, 'text')} />
            <ProblemAlert error={save.error ?? approve.error} />
            <Group>
              <Button type="submit" variant={unsaved ? 'filled' : 'default'} loading={save.isPending} disabled={!unsaved || (correcting && correctionReason.trim() === '')}>
                {t('minutes.save')}
              </Button>
              {draft && (
                <Button color={confirmGreen} onClick={() => approve.mutate()} loading={approve.isPending} disabled={unsaved}>
                  {t('minutes.approve')}
                </Button>
              )}
              {correcting && (
                <Button variant="default" onClick={() => setCorrecting(false)}>
                  {t('common.cancel')}
                </Button>
              )}
            </Group>
            {draft && unsaved && (
              <Text size="xs" c="dimmed">
                {t('minutes.saveBeforeApprove')}
              </Text>
            )}
          </Stack>
        </form>
      )}
      {revisions.length > 1 && (
        <Accordion variant="contained" aria-label={t('minutes.revisions')}>
          {revisions
            .slice(0, -1)
            .reverse()
            .map((r) => (
              <Accordion.Item key={r.revision} value={String(r.revision)}>
                <Accordion.Control>
                  {t('minutes.revisionLine', { revision: r.revision, status: r.status === 'approved' ? t('minutes.approved') : t('minutes.draft'), date: dateTime(r.approvedAt ?? r.createdAt) })}
                </Accordion.Control>
                <Accordion.Panel>
                  {r.correctionReason && <Text size="sm">{t('minutes.correctionOf', { reason: r.correctionReason })}</Text>}
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{r.text}</Text>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
        </Accordion>
      )}
      {latest?.correctionReason && <Text size="sm">{t('minutes.correctionOf', { reason: latest.correctionReason })}</Text>}
    </Stack>
  );
}
