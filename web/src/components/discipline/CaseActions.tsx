import { Button, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { Rules } from '../../api/rulebook';
import type { CaseAction, CaseDetail } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { fieldError } from '../forms';
import { MeetingRefInput, meetingRefOrNull, StepModal } from './StepModal';

type Dialog = 'defence' | 'hearing' | 'decide' | 'ratify' | 'overturn' | 'appeal' | 'appealDecision' | 'withdraw' | 'finalize';

/** The next steps the case's state allows, each as a button with its form. Who may take it is the server's call. */
export function CaseActions({ org, c, rules }: { org: string; c: CaseDetail; rules: Rules | undefined }) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const has = (a: CaseAction) => c.nextActions.includes(a);
  const close = () => setDialog(null);
  const path = { params: { path: { org, caseId: c.id } } };
  if (c.nextActions.length === 0) return <Text size="sm">{t('case.closedNothingLeft')}</Text>;
  return (
    <>
      <Group gap="xs">
        {has('submit_defence') && <Button onClick={() => setDialog('defence')}>{t('case.actDefence')}</Button>}
        {has('schedule_hearing') && (
          <Button variant={has('decide') ? 'light' : 'filled'} onClick={() => setDialog('hearing')}>
            {c.hearingOn ? t('case.actMoveHearing') : t('case.actHearing')}
          </Button>
        )}
        {has('decide') && <Button onClick={() => setDialog('decide')}>{t('case.actDecide')}</Button>}
        {has('ratify') && <Button onClick={() => setDialog('ratify')}>{t('case.actRatify')}</Button>}
        {has('overturn') && (
          <Button variant="outline" color="red.9" onClick={() => setDialog('overturn')}>
            {t('case.actOverturn')}
          </Button>
        )}
        {has('appeal') && <Button onClick={() => setDialog('appeal')}>{t('case.actAppeal')}</Button>}
        {has('finalize') && (
          <Button variant="light" onClick={() => setDialog('finalize')}>
            {t('case.actFinalize')}
          </Button>
        )}
        {(has('uphold') || has('reduce') || has('annul')) && <Button onClick={() => setDialog('appealDecision')}>{t('case.actAppealDecision')}</Button>}
        {has('withdraw') && (
          <Button variant="outline" color="red.9" onClick={() => setDialog('withdraw')}>
            {t('case.actWithdraw')}
          </Button>
        )}
      </Group>
      {dialog === 'defence' && <DefenceDialog org={org} c={c} onClose={close} />}
      {dialog === 'hearing' && <HearingDialog org={org} c={c} onClose={close} />}
      {dialog === 'decide' && <DecisionDialog org={org} c={c} rules={rules} onClose={close} />}
      {(dialog === 'ratify' || dialog === 'overturn') && <RatifyDialog org={org} c={c} outcome={dialog} onClose={close} />}
      {dialog === 'appeal' && <AppealDialog org={org} c={c} onClose={close} />}
      {dialog === 'appealDecision' && <AppealDecisionDialog org={org} c={c} rules={rules} onClose={close} />}
      {dialog === 'withdraw' && (
        <StepModal
          org={org}
          onClose={close}
          danger
          title={t('case.withdrawTitle', { id: c.id })}
          confirmLabel={t('case.actWithdraw')}
          action={(reason) => unwrap(api.POST('/api/v1/orgs/{org}/cases/{caseId}/withdraw', { ...path, body: { reason: reason ?? '', version: c.version } }))}
        >
          <Text size="sm">{t('case.withdrawHelp')}</Text>
        </StepModal>
      )}
      {dialog === 'finalize' && (
        <StepModal
          org={org}
          onClose={close}
          reason="optional"
          title={t('case.finalizeTitle', { id: c.id })}
          confirmLabel={t('case.actFinalize')}
          action={(reason) => unwrap(api.POST('/api/v1/orgs/{org}/cases/{caseId}/finalize', { ...path, body: { ...(reason ? { reason } : {}), version: c.version } }))}
        >
          <Text size="sm">{t('case.finalizeHelp')}</Text>
        </StepModal>
      )}
    </>
  );
}

function DefenceDialog({ org, c, onClose }: { org: string; c: CaseDetail; onClose(): void }) {
  const { t, date } = useI18n();
  const [defence, setDefence] = useState('');
  return (
    <StepModal
      org={org}
      onClose={onClose}
      reason="none"
      ready={defence.trim() !== ''}
      title={t('case.defenceTitle', { id: c.id })}
      confirmLabel={t('case.actDefence')}
      action={() => unwrap(api.POST('/api/v1/orgs/{org}/cases/{caseId}/defence', { params: { path: { org, caseId: c.id } }, body: { defence: defence.trim(), version: c.version } }))}
    >
      {(error) => (
        <>
          <Text size="sm">{t('case.defenceHelp', { date: date(c.defenceDueOn) })}</Text>
          <Textarea label={t('case.defence')} value={defence} onChange={(e) => setDefence(e.currentTarget.value)} autosize minRows={4} maxLength={20_000} required error={fieldError(error, 'defence')} />
        </>
      )}
    </StepModal>
  );
}

function HearingDialog({ org, c, onClose }: { org: string; c: CaseDetail; onClose(): void }) {
  const { t } = useI18n();
  const [on, setOn] = useState(c.hearingOn ?? '');
  const [meeting, setMeeting] = useState(c.hearingMeetingRef ?? '');
  const moving = c.hearingOn !== null;
  return (
    <StepModal
      org={org}
      onClose={onClose}
      reason={moving ? 'required' : 'optional'}
      ready={on !== ''}
      title={t(moving ? 'case.moveHearingTitle' : 'case.hearingTitle', { id: c.id })}
      confirmLabel={moving ? t('case.actMoveHearing') : t('case.actHearing')}
      action={(reason) => unwrap(api.POST('/api/v1/orgs/{org}/cases/{caseId}/hearing', { params: { path: { org, caseId: c.id } }, body: { on, meetingRef: meetingRefOrNull(meeting), ...(reason ? { reason } : {}), version: c.version } }))}
    >
      {(error) => (
        <>
          <TextInput label={t('case.hearingOn')} type="date" value={on} onChange={(e) => setOn(e.currentTarget.value)} required error={fieldError(error, 'on')} />
          <MeetingRefInput value={meeting} onChange={setMeeting} error={error} org={org} unitId={c.unitId} />
        </>
      )}
    </StepModal>
  );
}

type Vote = { entitled: number; present: number; for: number; against: number; abstain: number };
const voteFields: (keyof Vote)[] = ['entitled', 'present', 'for', 'against', 'abstain'];

/** Penalty (and months, for a time-limited one) chosen from the rulebook. */
function PenaltyFields({ rules, penalty, setPenalty, months, setMonths, error, only }: { rules: Rules | undefined; penalty: string | null; setPenalty(v: string | null): void; months: number | ''; setMonths(v: number | ''): void; error: unknown; only?: string[] }) {
  const { t, name } = useI18n();
  const penalties = (rules?.discipline.penalties ?? []).filter((p) => !only || only.includes(p.key));
  const chosen = penalties.find((p) => p.key === penalty);
  return (
    <>
      <Select
        label={t('case.penalty')}
        description={chosen?.ratifiedBy ? t('case.needsRatification') : t('case.penaltyHelp')}
        data={penalties.map((p) => ({ value: p.key, label: name(p.name, p.key) }))}
        value={penalty}
        onChange={setPenalty}
        allowDeselect={false}
        required
        error={fieldError(error, 'penalty')}
      />
      {chosen?.effect === 'probation' && (
        <NumberInput label={t('case.months')} description={t('case.monthsHelp', { max: chosen.maxMonths ?? 1 })} min={1} max={chosen.maxMonths ?? 1} value={months} onChange={(v) => setMonths(typeof v === 'number' ? v : '')} required error={fieldError(error, 'months')} />
      )}
    </>
  );
}

function DecisionDialog({ org, c, rules, onClose }: { org: string; c: CaseDetail; rules: Rules | undefined; onClose(): void }) {
  const { t } = useI18n();
  const [penalty, setPenalty] = useState<string | null>(rules?.discipline.penalties[0]?.key ?? null);
  const [months, setMonths] = useState<number | ''>('');
  const [vote, setVote] = useState<Record<keyof Vote, number | ''>>({ entitled: '', present: '', for: '', against: '', abstain: 0 });
  const [meeting, setMeeting] = useState(c.hearingMeetingRef ?? '');
  const complete = penalty !== null && voteFields.every((f) => vote[f] !== '');
  const probation = rules?.penalty(penalty ?? '')?.effect === 'probation';
  const rule = rules?.discipline.vote;
  return (
    <StepModal
      org={org}
      onClose={onClose}
      ready={complete}
      title={t('case.decideTitle', { id: c.id })}
      confirmLabel={t('case.actDecide')}
      action={(reason) =>
        unwrap(
          api.POST('/api/v1/orgs/{org}/cases/{caseId}/decision', {
            params: { path: { org, caseId: c.id } },
            body: {
              penalty: penalty ?? '',
              months: probation && months !== '' ? months : null,
              vote: { entitled: Number(vote.entitled), present: Number(vote.present), for: Number(vote.for), against: Number(vote.against), abstain: Number(vote.abstain) },
              meetingRef: meetingRefOrNull(meeting),
              reason: reason ?? '',
              version: c.version,
            },
          }),
        )
      }
    >
      {(error) => (
        <>
          <Text size="sm">{t('case.decideHelp', { quorum: typeof rule?.quorum === 'object' ? t('case.quorumAtLeast', { n: rule.quorum.atLeast }) : rule?.quorum ?? '—', majority: rule?.majority ?? '—' })}</Text>
          <PenaltyFields rules={rules} penalty={penalty} setPenalty={setPenalty} months={months} setMonths={setMonths} error={error} />
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend>
              <Text size="sm" fw={500}>
                {t('case.vote')}
              </Text>
            </legend>
            <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
              {voteFields.map((f) => (
                <NumberInput key={f} label={t(`vote.${f}`)} min={0} value={vote[f]} onChange={(v) => setVote((old) => ({ ...old, [f]: typeof v === 'number' ? v : '' }))} required allowDecimal={false} allowNegative={false} />
              ))}
            </SimpleGrid>
            {fieldError(error, 'vote') && (
              <Text size="sm" c="red.9" role="alert">
                {fieldError(error, 'vote')}
              </Text>
            )}
          </fieldset>
          <MeetingRefInput value={meeting} onChange={setMeeting} error={error} org={org} unitId={c.unitId} />
        </>
      )}
    </StepModal>
  );
}

function RatifyDialog({ org, c, outcome, onClose }: { org: string; c: CaseDetail; outcome: 'ratify' | 'overturn'; onClose(): void }) {
  const { t } = useI18n();
  const [meeting, setMeeting] = useState('');
  return (
    <StepModal
      org={org}
      onClose={onClose}
      danger={outcome === 'overturn'}
      title={t(outcome === 'ratify' ? 'case.ratifyTitle' : 'case.overturnTitle', { id: c.id })}
      confirmLabel={outcome === 'ratify' ? t('case.actRatify') : t('case.actOverturn')}
      action={(reason) => unwrap(api.POST('/api/v1/orgs/{org}/cases/{caseId}/ratification', { params: { path: { org, caseId: c.id } }, body: { outcome, reason: reason ?? '', meetingRef: meetingRefOrNull(meeting), version: c.version } }))}
    >
      {(error) => (
        <>
          <Text size="sm">{t(outcome === 'ratify' ? 'case.ratifyHelp' : 'case.overturnHelp')}</Text>
          <MeetingRefInput value={meeting} onChange={setMeeting} error={error} org={org} unitId={c.ratifyUnitId} />
        </>
      )}
    </StepModal>
  );
}

function AppealDialog({ org, c, onClose }: { org: string; c: CaseDetail; onClose(): void }) {
  const { t, date } = useI18n();
  const [grounds, setGrounds] = useState('');
  return (
    <StepModal
      org={org}
      onClose={onClose}
      reason="none"
      ready={grounds.trim() !== ''}
      title={t('case.appealTitle', { id: c.id })}
      confirmLabel={t('case.actAppeal')}
      action={() => unwrap(api.POST('/api/v1/orgs/{org}/cases/{caseId}/appeal', { params: { path: { org, caseId: c.id } }, body: { grounds: grounds.trim(), version: c.version } }))}
    >
      {(error) => (
        <>
          <Text size="sm">{t('case.appealHelp', { date: date(c.appealDueOn) })}</Text>
          <Textarea label={t('case.grounds')} value={grounds} onChange={(e) => setGrounds(e.currentTarget.value)} autosize minRows={4} maxLength={20_000} required error={fieldError(error, 'grounds')} />
        </>
      )}
    </StepModal>
  );
}

function AppealDecisionDialog({ org, c, rules, onClose }: { org: string; c: CaseDetail; rules: Rules | undefined; onClose(): void }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<'uphold' | 'reduce' | 'annul'>('uphold');
  const keys = rules?.discipline.penalties.map((p) => p.key) ?? [];
  // An appeal may only keep or lessen the penalty: offer the decided one and the milder ones.
  const milder = keys.slice(0, keys.indexOf(c.penalty ?? '') + 1);
  const [penalty, setPenalty] = useState<string | null>(milder.at(-2) ?? milder[0] ?? null);
  const [months, setMonths] = useState<number | ''>('');
  const [meeting, setMeeting] = useState('');
  const probation = rules?.penalty(penalty ?? '')?.effect === 'probation';
  return (
    <StepModal
      org={org}
      onClose={onClose}
      danger={outcome === 'annul'}
      ready={outcome !== 'reduce' || penalty !== null}
      title={t('case.appealDecisionTitle', { id: c.id })}
      confirmLabel={t('case.actAppealDecision')}
      action={(reason) =>
        unwrap(
          api.POST('/api/v1/orgs/{org}/cases/{caseId}/appeal-decision', {
            params: { path: { org, caseId: c.id } },
            body: { outcome, ...(outcome === 'reduce' ? { penalty: penalty ?? '', months: probation && months !== '' ? months : null } : {}), reason: reason ?? '', meetingRef: meetingRefOrNull(meeting), version: c.version },
          }),
        )
      }
    >
      {(error) => (
        <>
          <SegmentedControl
            aria-label={t('case.appealOutcome')}
            value={outcome}
            onChange={(v) => setOutcome(v === 'reduce' || v === 'annul' ? v : 'uphold')}
            data={[
              { value: 'uphold', label: t('caseStep.uphold') },
              { value: 'reduce', label: t('caseStep.reduce') },
              { value: 'annul', label: t('caseStep.annul') },
            ]}
          />
          {outcome === 'reduce' && <PenaltyFields rules={rules} penalty={penalty} setPenalty={setPenalty} months={months} setMonths={setMonths} error={error} only={milder} />}
          <MeetingRefInput value={meeting} onChange={setMeeting} error={error} org={org} unitId={c.appealUnitId} />
        </>
      )}
    </StepModal>
  );
}
