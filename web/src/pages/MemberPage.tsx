import { Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
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
import { TransferModal } from '../components/unit/TransferModal';
import { UnitPicker } from '../components/UnitPicker';
import { useI18n, type I18n } from '../i18n/i18n';

const exits: readonly string[] = ['expelled', 'resigned', 'deceased', 'rejected', 'lapsed'];

export default function MemberPage() {
  const org = useOrgSlug();
  const memberId = Number(useParams().memberId);
  const { t, date } = useI18n();
  const rules = useRules(org);
  const member = useQuery({ queryKey: [org, 'member', memberId], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/members/{memberId}', { params: { path: { org, memberId } } })) });
  const [dialog, setDialog] = useState<'status' | 'transfer' | null>(null);
  if (member.isPending) return <Loading />;
  if (member.error) return <ErrorState error={member.error} />;
  const m = member.data;
  const active = !exits.includes(m.status);

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
          {m.nextStatuses.length > 0 && <Button onClick={() => setDialog('status')}>{t('member.changeStatus')}</Button>}
          {active && m.unitId !== null && (
            <Button variant="light" onClick={() => setDialog('transfer')}>
              {t('member.transfer')}
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
        </SimpleGrid>
      </Card>
      <Title order={2} size="h3">
        {t('member.timeline')}
      </Title>
      <Timeline bulletSize={14} lineWidth={2} aria-label={t('member.timeline')}>
        {timeline(m, t, rules?.anyOfficeName ?? ((o) => o)).map((e, i) => (
          <Timeline.Item key={i} title={`${date(e.on)} · ${e.title}`}>
            {e.text && <Text size="sm">{e.text}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
      {dialog === 'status' && <StatusDialog org={org} member={m} onClose={() => setDialog(null)} />}
      {dialog === 'transfer' && <TransferModal org={org} member={m} onClose={() => setDialog(null)} />}
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
