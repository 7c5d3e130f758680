import { Anchor, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { fieldError, ReasonInput } from '../forms';
import { ProblemAlert } from '../ProblemAlert';

/**
 * A dialog for one step of a case, transfer or membership: its own fields, the reason where the
 * step asks for one (kept in the history), and the server's refusal shown in plain words next to
 * the form. On success every query of the organization is refreshed.
 */
export function StepModal<T>({
  title,
  onClose,
  org,
  children,
  confirmLabel,
  danger,
  reason = 'required',
  ready = true,
  action,
  onDone,
}: {
  title: string;
  onClose(): void;
  org: string;
  children?: ReactNode | ((error: unknown) => ReactNode);
  confirmLabel: string;
  danger?: boolean;
  /** Whether the step takes a reason: always, optionally, or not at all. */
  reason?: 'required' | 'optional' | 'none';
  /** False while required fields of the step are empty. */
  ready?: boolean;
  action(reason: string | undefined): Promise<T>;
  onDone?(result: T): void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => action(reason === 'none' ? undefined : text.trim() || undefined),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: [org] });
      onClose();
      onDone?.(result);
    },
  });
  const missingReason = reason === 'required' && text.trim() === '';
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate();
        }}
      >
        <Stack>
          {typeof children === 'function' ? children(mutation.error) : children}
          {reason !== 'none' &&
            (reason === 'required' ? (
              <ReasonInput value={text} onChange={setText} error={mutation.error} />
            ) : (
              <TextInput label={t('step.reasonOptional')} value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={500} error={fieldError(mutation.error, 'reason')} />
            ))}
          <ProblemAlert error={mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={danger ? 'red.9' : undefined} loading={mutation.isPending} disabled={missingReason || !ready}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The meeting that decided: one of the unit's meetings recorded in Cellbook (stored as
 * `meeting:<id>`, which the server checks), or a free reference to a meeting held elsewhere.
 */
export function MeetingRefInput({ value, onChange, error, org, unitId }: { value: string; onChange(v: string): void; error?: unknown; org?: string; unitId?: number | null }) {
  const { t, dateTime } = useI18n();
  const meetings = useQuery({
    queryKey: [org, 'meetings', 'pick', unitId ?? null],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/meetings', { params: { path: { org: org ?? '' }, query: { unitId: unitId ?? undefined, limit: 100 } } })),
    enabled: org !== undefined && unitId !== undefined && unitId !== null,
  });
  const recorded = /^meeting:\d+$/.test(value.trim());
  const options = (meetings.data?.items ?? [])
    .filter((m) => m.status !== 'cancelled')
    .map((m) => ({ value: `meeting:${m.id}`, label: `${dateTime(m.startsAt)} · ${m.title}` }));
  return (
    <>
      {org !== undefined && unitId !== undefined && unitId !== null && (
        <Select
          label={t('step.recordedMeeting')}
          description={t('step.recordedMeetingHelp')}
          data={options}
          value={recorded ? value.trim() : null}
          onChange={(v) => onChange(v ?? '')}
          searchable
          clearable
          nothingFoundMessage={meetings.isPending ? t('common.loading') : t('step.noMeetings')}
          error={recorded ? fieldError(error, 'meetingRef') : undefined}
        />
      )}
      <TextInput
        label={org !== undefined && unitId ? t('step.otherMeeting') : t('step.meetingRef')}
        description={t('step.meetingRefHelp')}
        value={recorded ? '' : value}
        onChange={(e) => onChange(e.currentTarget.value)}
        maxLength={100}
        error={recorded ? undefined : fieldError(error, 'meetingRef')}
      />
    </>
  );
}

/** A step's meeting: a link when it is a meeting recorded here, the text otherwise. */
export function MeetingRefText({ org, value }: { org: string; value: string }) {
  const { t } = useI18n();
  const id = /^meeting:(\d+)$/.exec(value.trim())?.[1];
  return id ? (
    <Anchor component={Link} to={`/orgs/${org}/meetings/${id}`}>
      {t('step.meetingN', { id })}
    </Anchor>
  ) : (
    <>{value}</>
  );
}

/** `null` for an empty meeting reference, so the server stores nothing rather than "". */
export const meetingRefOrNull = (v: string): string | null => (v.trim() === '' ? null : v.trim());
