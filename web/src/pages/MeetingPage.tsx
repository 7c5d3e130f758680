import { Alert, Anchor, Badge, Breadcrumbs, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { isMeetingKind, useMeeting, useUnitOf, zonedRange } from '../api/meetings';
import { useOrgSlug } from '../api/queries';
import { Loading } from '../App';
import { ErrorState } from '../components/ErrorState';
import { ConfirmWithReason } from '../components/forms';
import { AttendanceList } from '../components/meetings/AttendanceList';
import { DecisionsPanel } from '../components/meetings/DecisionsPanel';
import { MinutesPanel } from '../components/meetings/MinutesPanel';
import { ScheduleMeetingModal } from '../components/meetings/ScheduleMeetingModal';
import { useI18n } from '../i18n/i18n';

/** One meeting: when and where (in its own zone), agenda, attendance, minutes and decisions. */
export default function MeetingPage() {
  const org = useOrgSlug();
  const meetingId = Number(useParams().meetingId);
  const { t, locale } = useI18n();
  const meeting = useMeeting(org, meetingId);
  const unit = useUnitOf(org, meeting.data?.unitId);
  const [dialog, setDialog] = useState<'reschedule' | 'cancel' | null>(null);
  if (meeting.isPending) return <Loading />;
  if (meeting.error) return <ErrorState error={meeting.error} />;
  const m = meeting.data;
  // Running meetings goes with managing members: officers, staff and administrators have both.
  const canRun = unit.data?.allowed.includes('run_meetings') ?? false;
  const scheduled = m.status === 'scheduled';
  return (
    <Stack>
      <Breadcrumbs aria-label={t('unit.breadcrumbs')}>
        <Anchor component={Link} to={`/orgs/${org}/units/${m.unitId}`}>
          {unit.data?.name ?? m.unitCode}
        </Anchor>
        <Text>{m.title}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={1}>{m.title}</Title>
            {!scheduled && (
              <Badge color="gray" variant="light" size="lg">
                {t('meeting.cancelled')}
              </Badge>
            )}
          </Group>
          <Text>{zonedRange(m.startsAt, m.endsAt, m.timeZone, locale)}</Text>
          <Text c="dimmed">
            {isMeetingKind(m.kind) ? t(`meeting.kind.${m.kind}`) : m.kind} · {m.place}
          </Text>
        </Stack>
        {canRun && scheduled && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setDialog('reschedule')}>
              {t('meeting.reschedule')}
            </Button>
            <Button variant="outline" color="red.9" onClick={() => setDialog('cancel')}>
              {t('meeting.cancel')}
            </Button>
          </Group>
        )}
      </Group>
      {!scheduled && (
        <Alert color="gray" title={t('meeting.cancelled')}>
          {m.cancelReason}
        </Alert>
      )}
      {m.agenda.length > 0 && (
        <Card withBorder component="section" aria-labelledby="agenda-heading">
          <Title order={2} size="h4" id="agenda-heading" mb="xs">
            {t('meeting.agenda')}
          </Title>
          <List type="ordered">
            {m.agenda.map((a, i) => (
              <List.Item key={i}>{a}</List.Item>
            ))}
          </List>
        </Card>
      )}
      <Section id="attendance-heading" title={t('meeting.attendance')}>
        <AttendanceList org={org} meeting={m} canRun={canRun} />
      </Section>
      <Section id="minutes-heading" title={t('minutes.title')}>
        <MinutesPanel key={m.minutes.length} org={org} meeting={m} canRun={canRun} />
      </Section>
      <Section id="decisions-heading" title={t('decision.title')}>
        <DecisionsPanel org={org} meeting={m} canRun={canRun} />
      </Section>
      {dialog === 'reschedule' && <ScheduleMeetingModal org={org} unitId={m.unitId} meeting={m} onClose={() => setDialog(null)} />}
      <ConfirmWithReason
        opened={dialog === 'cancel'}
        onClose={() => setDialog(null)}
        org={org}
        danger
        title={t('meeting.cancelTitle', { title: m.title })}
        confirmLabel={t('meeting.cancel')}
        action={(reason) => unwrap(api.POST('/api/v1/orgs/{org}/meetings/{meetingId}/cancel', { params: { path: { org, meetingId: m.id } }, body: { reason, version: m.version } }))}
      >
        <Text size="sm">{t('meeting.cancelHelp')}</Text>
      </ConfirmWithReason>
    </Stack>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}
