import { Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useOrgSlug } from '../api/queries';
import { useRules } from '../api/rulebook';
import type { MemberDetail, MemberStatus } from '../api/types';
import { Loading } from '../App';
import { ErrorState } from '../components/ErrorState';
import { ConfirmWithReason } from '../components/forms';
import { statusLabel } from '../components/status-labels';
import { caseStateColor, caseStateLabel, membershipStepLabel } from '../components/discipline/labels';
import { LifecycleDialog, lifecycleSteps, type LifecycleStep } from '../components/discipline/LifecycleDialog';
import { OpenCaseModal } from '../components/discipline/OpenCaseModal';
import { SendTransferModal } from '../components/discipline/SendTransferModal';
import { TransferModal } from '../components/unit/TransferModal';
import { UnitPicker } from '../components/UnitPicker';
import { MemberTraining } from '../components/training/MemberTraining';
import { useI18n, type I18n } from '../i18n/i18n';

const exits: readonly string[] = ['expelled', 'resigned', 'deceased', 'rejected', 'lapsed'];
/** Statuses a case can be opened in (not applicants or former members). */
const chargeable: readonly string[] = ['candidate', 'full_member', 'suspended'];

export default function MemberPage() {
  const org = useOrgSlug();
  const memberId = Number(useParams().memberId);
  const { t, date } = useI18n();
  const rules = useRules(org);
  const member = useQuery({ queryKey: [org, 'member', memberId], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/members/{memberId}', { params: { path: { org, memberId } } })) });
  const unitId = member.data?.unitId ?? null;
  // What the viewer may do is what they may do in the member's unit.
  const unit = useQuery({ queryKey: [org, 'unit', unitId], enabled: unitId !== null, queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/units/{unitId}', { params: { path: { org, unitId: unitId ?? 0 } } })) });
  const [dialog, setDialog] = useState<'status' | 'transfer' | 'send' | 'case' | LifecycleStep | null>(null);
  if (member.isPending) return <Loading />;
  if (member.error) return <ErrorState error={member.error} />;
  const m = member.data;
  const active = !exits.includes(m.status);
  const allowed = unit.data?.allowed ?? [];
  const canWrite = allowed.includes('write_members');
  const steps = canWrite ? lifecycleSteps(m, rules?.membership.maxProbationExtensions ?? 1) : [];

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>
            {m.familyName} {m.givenName}
          </Title>
          <Group gap="xs">
            <Text c="dimmed">{m.memberNo}</Text>
            <Badge variant="light" color={active ? 'indigo' : 'gray'}>
              {t(statusLabel(m.status))}
            </Badge>
          </Group>
        </Stack>
        <Group gap="xs">
          {steps.includes('promote') && <Button onClick={() => setDialog('promote')}>{t('lifecycle.promote')}</Button>}
          {steps.includes('extend') && (
            <Button variant="light" onClick={() => setDialog('extend')}>
              {t('lifecycle.extend')}
            </Button>
          )}
          {steps.includes('reject') && (
            <Button variant="outline" color="red.9" onClick={() => setDialog('reject')}>
              {t('lifecycle.reject')}
            </Button>
          )}
          {m.nextStatuses.length > 0 && (
            <Button variant={steps.length > 0 ? 'default' : 'filled'} onClick={() => setDialog('status')}>
              {t('member.changeStatus')}
            </Button>
          )}
          {canWrite && active && m.unitId !== null && (
            <Button variant="light" onClick={() => setDialog('send')}>
              {t('member.transfer')}
            </Button>
          )}
          {allowed.includes('write_structure') && active && m.unitId !== null && (
            <Button variant="default" onClick={() => setDialog('transfer')}>
              {t('member.moveNow')}
            </Button>
          )}
          {canWrite && chargeable.includes(m.status) && m.unitId !== null && (
            <Button variant="outline" color="red.9" onClick={() => setDialog('case')}>
              {t('openCase.button')}
            </Button>
          )}
        </Group>
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" spacing="xs" m={0}>
          <Field label={t('member.unit')}>
            {m.unitId !== null ? (
              <Anchor component={Link} to={`/orgs/${org}/units/${m.unitId}`}>
                {m.unitCode}
              </Anchor>
            ) : (
              t('member.noUnit')
            )}
          </Field>
          <Field label={t('member.joinedOn')}>{date(m.joinedOn)}</Field>
          <Field label={t('member.birthDate')}>{date(m.birthDate)}</Field>
          <Field label={t('member.phone')}>{m.phone ?? '—'}</Field>
          <Field label={t('member.email')}>{m.email ?? '—'}</Field>
          <Field label={t('member.placedOn')}>{date(m.placedOn)}</Field>
          {m.probation && (
            <Field label={t('lifecycle.probation')}>
              {t('lifecycle.probationEnds', { date: date(m.probation.endsOn) })}
              {' · '}
              {m.probation.extensions > 0 ? t('lifecycle.extendedN', { n: m.probation.extensions }) : t('lifecycle.notExtended')}
            </Field>
          )}
        </SimpleGrid>
      </Card>
      <MemberCases org={org} memberId={m.id} />
      <Notices org={org} memberId={m.id} />
      {rules?.hasTraining && <MemberTraining org={org} memberId={m.id} />}
      <Title order={2} size="h3">
        {t('member.timeline')}
      </Title>
      <Timeline bulletSize={14} lineWidth={2} aria-label={t('member.timeline')}>
        {timeline(m, t, rules?.anyOfficeName ?? ((o) => o)).map((e, i) => (
          <Timeline.Item key={i} title={`${date(e.on)} · ${e.title}`}>
            {e.text && <Text size="sm">{e.text}</Text>}
            {e.meta && (
              <Text size="xs" c="dimmed">
                {e.meta}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
      {dialog === 'status' && <StatusDialog org={org} member={m} onClose={() => setDialog(null)} />}
      {dialog === 'transfer' && <TransferModal org={org} member={m} onClose={() => setDialog(null)} />}
      {dialog === 'send' && <SendTransferModal org={org} member={m} onClose={() => setDialog(null)} />}
      {dialog === 'case' && <OpenCaseModal org={org} member={m} onClose={() => setDialog(null)} />}
      {(dialog === 'promote' || dialog === 'extend' || dialog === 'reject') && <LifecycleDialog org={org} member={m} step={dialog} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

interface Entry {
  on: string;
  title: string;
  text?: string | undefined;
  meta?: string | undefined;
}

/** Placements, status changes and offices on one line of time, newest first. */
function timeline(m: MemberDetail, t: I18n['t'], officeName: (office: string) => string): Entry[] {
  const entries: Entry[] = [];
  for (const p of m.placements) {
    entries.push({ on: p.startOn, title: t('timeline.placed', { unit: p.unitCode ?? String(p.unitId) }), text: p.reason ?? undefined });
    if (p.endOn) entries.push({ on: p.endOn, title: t('timeline.left', { unit: p.unitCode ?? String(p.unitId) }), text: p.endReason ?? undefined });
  }
  for (const e of m.events) {
    if (e.type === 'status_changed') entries.push({ on: e.occurredOn, title: t('timeline.status', { from: e.from ? t(statusLabel(e.from)) : '—', to: e.to ? t(statusLabel(e.to)) : '—' }), text: e.reason ?? undefined });
    else if (e.type === 'admitted') entries.push({ on: e.occurredOn, title: t('timeline.admitted'), text: e.reason ?? undefined });
  }
  const unitCodes = new Map(m.placements.map((p) => [p.unitId, p.unitCode ?? String(p.unitId)]));
  for (const s of m.steps) {
    const by = [s.unitId !== null ? t('lifecycle.decidedBy', { unit: unitCodes.get(s.unitId) ?? `#${s.unitId}` }) : null, s.meetingRef ? t('lifecycle.atMeeting', { meeting: /^meeting:\d+$/.test(s.meetingRef) ? t('step.meetingN', { id: s.meetingRef.slice(8) }) : s.meetingRef }) : null, s.actor].filter(Boolean).join(' · ');
    entries.push({ on: s.occurredOn, title: `${t(membershipStepLabel(s.step))}: ${t(statusLabel(s.from))} → ${t(statusLabel(s.to))}`, text: s.reason, meta: by });
  }
  for (const o of m.offices) {
    entries.push({ on: o.startOn, title: t('timeline.office', { office: officeName(o.office) }) });
    if (o.endOn) entries.push({ on: o.endOn, title: t('timeline.officeEnded', { office: officeName(o.office) }), text: o.endReason ?? undefined });
  }
  return entries.sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0));
}

function StatusDialog({ org, member, onClose }: { org: string; member: MemberDetail; onClose(): void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<MemberStatus | null>(member.nextStatuses[0] ?? null);
  const [unit, setUnit] = useState<string | null>(null);
  const readmission = exits.includes(member.status);
  return (
    <ConfirmWithReason
      opened
      onClose={onClose}
      org={org}
      danger={status !== null && exits.includes(status)}
      title={t('member.changeStatusTitle', { name: `${member.familyName} ${member.givenName}` })}
      confirmLabel={t('member.changeStatus')}
      action={(reason) =>
        status
          ? unwrap(api.POST('/api/v1/orgs/{org}/members/{memberId}/status', { params: { path: { org, memberId: member.id } }, body: { status, reason, version: member.version, ...(unit ? { unitId: Number(unit) } : {}) } }))
          : Promise.reject(new Error('no status'))
      }
    >
      <Select
        label={t('member.newStatus')}
        description={t('member.allowedOnly')}
        data={member.nextStatuses.map((s) => ({ value: s, label: t(statusLabel(s)) }))}
        value={status}
        onChange={(v) => setStatus(v as MemberStatus | null)}
        allowDeselect={false}
      />
      {status && exits.includes(status) && <Text size="sm">{t('member.exitHelp')}</Text>}
      {readmission && <UnitPicker org={org} label={t('member.readmitTo')} value={unit} onChange={setUnit} />}
    </ConfirmWithReason>
  );
}

/** The cases about this member the viewer may see (handling bodies, auditors, the member). */
function MemberCases({ org, memberId }: { org: string; memberId: number }) {
  const { t, date } = useI18n();
  const cases = useQuery({ queryKey: [org, 'cases', 'member', memberId], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/cases', { params: { path: { org }, query: { memberId, limit: 50 } } })) });
  const items = cases.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('member.cases')}
      </Title>
      <Table.ScrollContainer minWidth={420}>
        <Table striped aria-label={t('member.cases')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.case')}</Table.Th>
              <Table.Th>{t('case.openingUnit')}</Table.Th>
              <Table.Th>{t('case.openedOn')}</Table.Th>
              <Table.Th>{t('cases.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/orgs/${org}/cases/${c.id}`}>
                    {t('case.title', { id: c.id })}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.unitCode}</Table.Td>
                <Table.Td>{date(c.openedOn)}</Table.Td>
                <Table.Td>
                  <Badge color={caseStateColor(c.state)} variant="light">
                    {t(caseStateLabel(c.state))}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** What the member has been told; only the member (and administrators) may read it, so others see nothing here. */
function Notices({ org, memberId }: { org: string; memberId: number }) {
  const { t, dateTime, date } = useI18n();
  const notices = useQuery({ queryKey: [org, 'member', memberId, 'notices'], retry: false, queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/members/{memberId}/notices', { params: { path: { org, memberId } } })) });
  if (!notices.data) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('member.notices')}
      </Title>
      {notices.data.items.length === 0 ? (
        <Text size="sm">{t('member.noNotices')}</Text>
      ) : (
        notices.data.items.map((n) => (
          <Card key={n.id} withBorder padding="sm">
            <Text size="xs" c="dimmed">
              {dateTime(n.at)}
            </Text>
            <Text size="sm">{n.message}</Text>
            {n.dueOn && (
              <Text size="sm" fw={600}>
                {t('member.noticeDue', { date: date(n.dueOn) })}
              </Text>
            )}
            {n.caseId !== null && (
              <Anchor component={Link} to={`/orgs/${org}/cases/${n.caseId}`} size="sm">
                {t('member.openCaseN', { id: n.caseId })}
              </Anchor>
            )}
          </Card>
        ))
      )}
    </Stack>
  );
}
