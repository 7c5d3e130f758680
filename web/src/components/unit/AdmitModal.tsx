import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { fieldError } from '../forms';
import { ProblemAlert } from '../ProblemAlert';

const empty = { familyName: '', givenName: '', birthDate: '', phone: '', email: '', memberNo: '', status: 'applicant' as 'applicant' | 'candidate' | 'full_member' };

/** Admit a person into this unit; the member number is generated unless given. */
export function AdmitModal({ org, unitId, unitName, onClose }: { org: string; unitId: number; unitName: string; onClose(): void }) {
  const { t } = useI18n();
  const [form, setForm] = useState(empty);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const set = (k: keyof typeof empty) => (e: { currentTarget: { value: string } }) => {
    // Read now: React clears currentTarget once the event has been handled, before the updater runs.
    const value = e.currentTarget.value;
    setForm((f) => ({ ...f, [k]: value }));
  };
  const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());
  const admit = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/orgs/{org}/members', {
          params: { path: { org } },
          body: {
            familyName: form.familyName.trim(),
            givenName: form.givenName.trim(),
            birthDate: optional(form.birthDate) ?? null,
            phone: optional(form.phone) ?? null,
            email: optional(form.email) ?? null,
            ...(optional(form.memberNo) ? { memberNo: form.memberNo.trim() } : {}),
            status: form.status,
            unitId,
          },
        }),
      ),
    onSuccess: async (m) => {
      await queryClient.invalidateQueries({ queryKey: [org] });
      onClose();
      navigate(`/orgs/${org}/members/${m.id}`);
    },
  });
  const err = (f: string) => fieldError(admit.error, f);
  return (
    <Modal opened onClose={onClose} title={t('admit.title', { unit: unitName })} centered size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          admit.mutate();
        }}
        noValidate
      >
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('member.familyName')} value={form.familyName} onChange={set('familyName')} required error={err('familyName')} data-autofocus />
            <TextInput label={t('member.givenName')} value={form.givenName} onChange={set('givenName')} required error={err('givenName')} />
            <TextInput label={t('member.birthDate')} type="date" value={form.birthDate} onChange={set('birthDate')} error={err('birthDate')} />
            <TextInput label={t('member.memberNo')} description={t('admit.memberNoHelp')} value={form.memberNo} onChange={set('memberNo')} error={err('memberNo')} />
            <TextInput label={t('member.phone')} type="tel" value={form.phone} onChange={set('phone')} error={err('phone')} autoComplete="off" />
            <TextInput label={t('member.email')} type="email" value={form.email} onChange={set('email')} error={err('email')} autoComplete="off" />
            <Select
              label={t('member.status')}
              value={form.status}
              onChange={(v) => v && setForm((f) => ({ ...f, status: v as typeof f.status }))}
              data={(['applicant', 'candidate', 'full_member'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
              allowDeselect={false}
            />
          </SimpleGrid>
          <ProblemAlert error={admit.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={admit.isPending}>
              {t('admit.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
