import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ProblemAlert } from './ProblemAlert';

/** The field message the server gave for `field`, if the error is about it. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldMessage(field) : undefined;
}

/** A reason field: every change to the registry is kept in the history with its reason. */
export function ReasonInput({ value, onChange, error }: { value: string; onChange(v: string): void; error?: unknown }) {
  const { t } = useI18n();
  return <Textarea label={t('common.reason')} description={t('common.reasonHelp')} value={value} onChange={(e) => onChange(e.currentTarget.value)} required autosize minRows={2} maxLength={500} error={fieldError(error, 'reason')} />;
}

/**
 * A confirmation dialog that asks for a reason and runs `action`; on success every query of the
 * organization is refreshed (counts, violations and rosters all move together).
 */
export function ConfirmWithReason({
  opened,
  onClose,
  title,
  children,
  confirmLabel,
  danger,
  org,
  action,
  onDone,
}: {
  opened: boolean;
  onClose(): void;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  org: string;
  action(reason: string): Promise<unknown>;
  onDone?(): void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => action(reason.trim()),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [org] });
      setReason('');
      onClose();
      onDone?.();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common.close') }} title={title} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate();
        }}
      >
        <Stack>
          {children}
          <ReasonInput value={reason} onChange={setReason} error={mutation.error} />
          <ProblemAlert error={mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={danger ? 'red.9' : undefined} loading={mutation.isPending} disabled={reason.trim() === ''}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * A dialog holding one form: its fields, the server's problem if the last submit failed, and
 * Cancel / submit buttons. Enter submits; the caller's mutation does the work.
 */
export function FormModal({
  title,
  onClose,
  onSubmit,
  error,
  submitLabel,
  pending,
  submitDisabled,
  size,
  children,
}: {
  title: string;
  onClose(): void;
  onSubmit(): void;
  error: unknown;
  submitLabel: string;
  pending: boolean;
  submitDisabled?: boolean;
  size?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Modal opened onClose={onClose} title={title} centered size={size}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <Stack>
          {children}
          <ProblemAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending} disabled={submitDisabled}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
