import { Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { ClassDetail } from '../../api/training';
import { useI18n } from '../../i18n/i18n';
import { MemberPicker } from '../conventions/MemberPicker';
import { fieldError } from '../forms';
import { ProblemAlert } from '../ProblemAlert';

/** Enrol a member: a free place, else the waitlist; over capacity only with a reason. */
export function EnrolForm({ org, klass }: { org: string; klass: ClassDetail }) {
  const { t, number } = useI18n();
  const queryClient = useQueryClient();
  const [member, setMember] = useState<string | null>(null);
  const [override, setOverride] = useState(false);
  const [reason, setReason] = useState('');
  const full = klass.places.free === 0;
  const mutation = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/orgs/{org}/classes/{classId}/enrolments', {
          params: { path: { org, classId: klass.id } },
          body: { memberId: Number(member), ...(full && override ? { overCapacityReason: reason.trim() } : {}) },
        }),
      ),
    onSuccess: async () => {
      setMember(null);
      setOverride(false);
      setReason('');
      await queryClient.invalidateQueries({ queryKey: [org] });
    },
  });
  const result = mutation.data;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate();
      }}
    >
      <Stack gap="xs">
        <MemberPicker org={org} label={t('training.enrolWho')} value={member} onChange={setMember} error={fieldError(mutation.error, 'memberId')} />
        {full && (
          <>
            <Text size="sm">{t('training.fullNotice', { n: number(klass.places.waitlisted) })}</Text>
            <Checkbox label={t('training.overCapacity')} checked={override} onChange={(e) => setOverride(e.currentTarget.checked)} />
            {override && <TextInput label={t('training.overCapacityReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required maxLength={500} error={fieldError(mutation.error, 'overCapacityReason')} />}
          </>
        )}
        <ProblemAlert error={mutation.error} />
        {result && (
          <Text role="status" fw={600}>
            {result.state === 'waitlisted'
              ? t('training.enrolledWaiting', { name: `${result.familyName} ${result.givenName}`, position: result.waitlistPosition ?? '?' })
              : t('training.enrolledDone', { name: `${result.familyName} ${result.givenName}` })}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={mutation.isPending} disabled={member === null || (full && override && reason.trim() === '')}>
            {full && !override ? t('training.addToWaitlist') : t('training.enrol')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
