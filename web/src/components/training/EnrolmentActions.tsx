import { Button, Checkbox, Menu, SegmentedControl, Select, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { ClassDetail, Enrolment } from '../../api/training';
import { useI18n } from '../../i18n/i18n';
import { ConfirmWithReason, FormModal, ReasonInput } from '../forms';

type Dialog = 'drop' | 'transfer' | 'assess' | 'certificate' | null;

/** What may be done with one enrolment: drop, transfer, assess the final piece, issue the certificate. */
export function EnrolmentActions({ org, klass, enrolment, onPromoted }: { org: string; klass: ClassDetail; enrolment: Enrolment; onPromoted(names: string[]): void }) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<Dialog>(null);
  const name = `${enrolment.familyName} ${enrolment.givenName}`;
  const open = enrolment.state === 'enrolled' || enrolment.state === 'waitlisted' || enrolment.state === 'enquiry';
  if (!open) return null;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default" aria-label={t('training.actionsFor', { name })}>
            {t('common.actions')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {enrolment.state === 'enrolled' && <Menu.Item onClick={() => setDialog('assess')}>{t('training.assess')}</Menu.Item>}
          {enrolment.state === 'enrolled' && <Menu.Item onClick={() => setDialog('certificate')}>{t('training.issueCertificate')}</Menu.Item>}
          {enrolment.state !== 'enquiry' && <Menu.Item onClick={() => setDialog('transfer')}>{t('training.transfer')}</Menu.Item>}
          <Menu.Item color="red.9" onClick={() => setDialog('drop')}>
            {enrolment.state === 'waitlisted' ? t('training.withdraw') : t('training.drop')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ConfirmWithReason
        opened={dialog === 'drop'}
        onClose={() => setDialog(null)}
        title={t('training.dropTitle', { name })}
        confirmLabel={enrolment.state === 'waitlisted' ? t('training.withdraw') : t('training.drop')}
        danger
        org={org}
        action={async (reason) => {
          const r = await unwrap(api.POST('/api/v1/orgs/{org}/enrolments/{enrolmentId}/drop', { params: { path: { org, enrolmentId: enrolment.id } }, body: { reason, version: enrolment.version } }));
          const waiting = klass.enrolments.filter((e) => r.promoted.includes(e.id)).map((e) => `${e.familyName} ${e.givenName}`);
          onPromoted(waiting);
        }}
      >
        <Text size="sm">{t('training.dropHelp')}</Text>
      </ConfirmWithReason>
      {dialog === 'transfer' && <TransferModal org={org} klass={klass} enrolment={enrolment} name={name} onClose={() => setDialog(null)} />}
      {dialog === 'assess' && <AssessModal org={org} enrolment={enrolment} name={name} onClose={() => setDialog(null)} />}
      {dialog === 'certificate' && <IssueCertificateModal org={org} enrolment={enrolment} name={name} onClose={() => setDialog(null)} />}
    </>
  );
}

function TransferModal({ org, klass, enrolment, name, onClose }: { org: string; klass: ClassDetail; enrolment: Enrolment; name: string; onClose(): void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [to, setTo] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [override, setOverride] = useState('');
  const classes = useQuery({ queryKey: [org, 'classes', 'all'], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/classes', { params: { path: { org }, query: { limit: 200 } } })) });
  const target = classes.data?.items.find((k) => String(k.id) === to);
  const mutation = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/orgs/{org}/enrolments/{enrolmentId}/transfer', {
          params: { path: { org, enrolmentId: enrolment.id } },
          body: { toClassId: Number(to), reason: reason.trim(), version: enrolment.version, ...(override.trim() ? { overCapacityReason: override.trim() } : {}) },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [org] });
      onClose();
    },
  });
  return (
    <FormModal title={t('training.transferTitle', { name })} onClose={onClose} onSubmit={() => mutation.mutate()} error={mutation.error} submitLabel={t('training.transfer')} pending={mutation.isPending} submitDisabled={!to || reason.trim() === ''}>
      <Select
        label={t('training.toClass')}
        data={(classes.data?.items ?? []).filter((k) => k.id !== klass.id).map((k) => ({ value: String(k.id), label: `${k.name} (${k.courseCode}, ${k.schedule})` }))}
        value={to}
        onChange={setTo}
        searchable
        required
      />
      {target && target.places.free === 0 && <TextInput label={t('training.overCapacityReason')} description={t('training.overCapacityTransferHelp')} value={override} onChange={(e) => setOverride(e.currentTarget.value)} maxLength={500} />}
      <ReasonInput value={reason} onChange={setReason} error={mutation.error} />
    </FormModal>
  );
}

function AssessModal({ org, enrolment, name, onClose }: { org: string; enrolment: Enrolment; name: string; onClose(): void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<'passed' | 'failed'>(enrolment.finalPiece ?? 'passed');
  const [note, setNote] = useState('');
  const mutation = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/orgs/{org}/enrolments/{enrolmentId}/final-piece', { params: { path: { org, enrolmentId: enrolment.id } }, body: { result, ...(note.trim() ? { note: note.trim() } : {}), version: enrolment.version } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [org] });
      onClose();
    },
  });
  return (
    <FormModal title={t('training.assessTitle', { name })} onClose={onClose} onSubmit={() => mutation.mutate()} error={mutation.error} submitLabel={t('training.saveAssessment')} pending={mutation.isPending}>
      <SegmentedControl
        aria-label={t('training.finalPiece')}
        value={result}
        onChange={(v) => setResult(v === 'failed' ? 'failed' : 'passed')}
        data={[
          { value: 'passed', label: t('training.piece.passed') },
          { value: 'failed', label: t('training.piece.failed') },
        ]}
      />
      <TextInput label={t('training.assessNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} />
    </FormModal>
  );
}

function IssueCertificateModal({ org, enrolment, name, onClose }: { org: string; enrolment: Enrolment; name: string; onClose(): void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [showName, setShowName] = useState(false);
  const [showCourse, setShowCourse] = useState(true);
  const [showIssuedOn, setShowIssuedOn] = useState(true);
  const mutation = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/orgs/{org}/enrolments/{enrolmentId}/certificate', { params: { path: { org, enrolmentId: enrolment.id } }, body: { consent: { showName, showCourse, showIssuedOn }, version: enrolment.version } })),
    onSuccess: async (c) => {
      await queryClient.invalidateQueries({ queryKey: [org] });
      onClose();
      navigate(`/orgs/${org}/certificates/${c.id}`);
    },
  });
  return (
    <FormModal title={t('training.issueTitle', { name })} onClose={onClose} onSubmit={() => mutation.mutate()} error={mutation.error} submitLabel={t('training.issueCertificate')} pending={mutation.isPending}>
      <Text size="sm">{t('training.consentHelp')}</Text>
      <Checkbox label={t('training.consent.showName')} checked={showName} onChange={(e) => setShowName(e.currentTarget.checked)} />
      <Checkbox label={t('training.consent.showCourse')} checked={showCourse} onChange={(e) => setShowCourse(e.currentTarget.checked)} />
      <Checkbox label={t('training.consent.showIssuedOn')} checked={showIssuedOn} onChange={(e) => setShowIssuedOn(e.currentTarget.checked)} />
    </FormModal>
  );
}
