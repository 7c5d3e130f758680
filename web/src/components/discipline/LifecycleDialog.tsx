import { NumberInput, Text } from '@mantine/core';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useRules } from '../../api/rulebook';
import type { MemberDetail } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { fieldError } from '../forms';
import { statusLabel } from '../status-labels';
import { MeetingRefInput, meetingRefOrNull, StepModal } from './StepModal';

export type LifecycleStep = 'promote' | 'extend' | 'reject';

/** Which steps on the path into membership the member's status allows (the server also checks the dates). */
export function lifecycleSteps(m: MemberDetail, maxExtensions: number): LifecycleStep[] {
  if (m.status === 'applicant') return ['promote', 'reject'];
  if (m.status === 'candidate') return (m.probation?.extensions ?? 0) < maxExtensions ? ['promote', 'extend', 'reject'] : ['promote', 'reject'];
  return [];
}

/** Promote (applicant → candidate, candidate → full member), extend probation, or reject: decided by the unit at a meeting, with a reason. */
export function LifecycleDialog({ org, member, step, onClose }: { org: string; member: MemberDetail; step: LifecycleStep; onClose(): void }) {
  const { t, date } = useI18n();
  const rules = useRules(org);
  const [meeting, setMeeting] = useState('');
  const [months, setMonths] = useState<number | ''>('');
  const name = `${member.familyName} ${member.givenName}`;
  const path = { params: { path: { org, memberId: member.id } } };
  const next = member.status === 'applicant' ? (rules?.membership.candidateMonths === 0 ? 'full_member' : 'candidate') : 'full_member';
  const maxMonths = rules?.membership.probationExtensionMonths ?? 6;
  return (
    <StepModal
      org={org}
      onClose={onClose}
      danger={step === 'reject'}
      title={t(step === 'promote' ? 'lifecycle.promoteTitle' : step === 'extend' ? 'lifecycle.extendTitle' : 'lifecycle.rejectTitle', { name })}
      confirmLabel={t(step === 'promote' ? 'lifecycle.promote' : step === 'extend' ? 'lifecycle.extend' : 'lifecycle.reject')}
      action={(reason) => {
        const body = { reason: reason ?? '', meetingRef: meetingRefOrNull(meeting), version: member.version };
        if (step === 'promote') return unwrap(api.POST('/api/v1/orgs/{org}/members/{memberId}/promote', { ...path, body }));
        if (step === 'extend') return unwrap(api.POST('/api/v1/orgs/{org}/members/{memberId}/extend-probation', { ...path, body: { ...body, ...(months !== '' ? { months } : {}) } }));
        return unwrap(api.POST('/api/v1/orgs/{org}/members/{memberId}/reject', { ...path, body }));
      }}
    >
      {(error) => (
        <>
          {step === 'promote' && <Text size="sm">{t('lifecycle.promoteHelp', { from: t(statusLabel(member.status)), to: t(statusLabel(next)) })}</Text>}
          {step === 'promote' && member.probation && <Text size="sm">{t('lifecycle.probationEnds', { date: date(member.probation.endsOn) })}</Text>}
          {step === 'extend' && (
            <>
              <Text size="sm">{t('lifecycle.extendHelp', { date: date(member.probation?.endsOn) })}</Text>
              <NumberInput label={t('lifecycle.extendMonths')} description={t('lifecycle.extendMonthsHelp', { max: maxMonths })} min={1} max={maxMonths} value={months} onChange={(v) => setMonths(typeof v === 'number' ? v : '')} allowDecimal={false} error={fieldError(error, 'months')} />
            </>
          )}
          {step === 'reject' && <Text size="sm">{t('lifecycle.rejectHelp')}</Text>}
          <MeetingRefInput value={meeting} onChange={setMeeting} error={error} org={org} unitId={member.unitId} />
        </>
      )}
    </StepModal>
  );
}
