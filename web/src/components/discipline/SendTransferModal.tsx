import { Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useRules } from '../../api/rulebook';
import type { MemberDetail } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { fieldError } from '../forms';
import { UnitPicker } from '../UnitPicker';
import { MeetingRefInput, meetingRefOrNull, StepModal } from './StepModal';

function addDays(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The two-sided transfer: this unit sends, the receiving unit receives or returns by the deadline. */
export function SendTransferModal({ org, member, onClose }: { org: string; member: MemberDetail; onClose(): void }) {
  const { t } = useI18n();
  const rules = useRules(org);
  const [target, setTarget] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState('');
  const [meeting, setMeeting] = useState('');
  const days = rules?.membership.transferDays ?? 30;
  return (
    <StepModal
      org={org}
      onClose={onClose}
      ready={target !== null}
      title={t('send.title', { name: `${member.familyName} ${member.givenName}` })}
      confirmLabel={t('send.submit')}
      action={(reason) => unwrap(api.POST('/api/v1/orgs/{org}/transfers', { params: { path: { org } }, body: { memberId: member.id, toUnitId: Number(target), reason: reason ?? '', ...(dueOn ? { dueOn } : {}), meetingRef: meetingRefOrNull(meeting), version: member.version } }))}
    >
      {(error) => (
        <>
          <Text size="sm">{t('send.help', { unit: member.unitCode ?? '—' })}</Text>
          <UnitPicker org={org} label={t('member.transferTo')} exclude={member.unitId ?? undefined} holdsMembers value={target} onChange={setTarget} error={fieldError(error, 'toUnitId')} />
          <TextInput label={t('send.dueOn')} description={t('send.dueOnHelp', { days, date: addDays(days) })} type="date" min={addDays(0)} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} error={fieldError(error, 'dueOn')} />
          <MeetingRefInput value={meeting} onChange={setMeeting} error={error} org={org} unitId={member.unitId} />
        </>
      )}
    </StepModal>
  );
}
