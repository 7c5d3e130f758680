import { Alert, Anchor, Badge, Breadcrumbs, Button, Card, Group, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, api, unwrap } from '../api/client';
import { useOrgSlug, useUnit } from '../api/queries';
import { useRules, type Rules } from '../api/rulebook';
import type { CaseDetail, CaseStep } from '../api/types';
import { Loading } from '../App';
import { CaseActions } from '../components/discipline/CaseActions';
import { MeetingRefText } from '../components/discipline/StepModal';
import { Evidence } from '../components/discipline/Evidence';
import { caseStateColor, caseStateLabel, caseStepLabel, formatBytes } from '../components/discipline/labels';
import { ErrorState } from '../components/ErrorState';
import { useI18n, type I18n } from '../i18n/i18n';

/** One disciplinary case: the charges, the evidence, every step so far and the steps its state allows. */
export default function CasePage() {
  const org = useOrgSlug();
  const caseId = Number(useParams().caseId);
  const i18n = useI18n();
  const { t, date } = i18n;
  const rules = useRules(org);
  const query = useQuery({ queryKey: [org, 'case', caseId], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/cases/{caseId}', { params: { path: { org, caseId } } })), retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2 });
  if (query.isPending) return <Loading />;
  if (query.error) {
    if (query.error instanceof ApiError && query.error.status === 404) return <CaseNotFound org={org} id={caseId} />;
    return <ErrorState error={query.error} />;
  }
  const c = query.data;
  const penaltyName = rules?.penaltyName ?? ((k: string | null | undefined) => k ?? '—');
  const closed = c.nextActions.length === 0;

  return (
    <Stack>
      <Breadcrumbs aria-label={t('case.breadcrumbs')}>
        <Anchor component={Link} to={`/orgs/${org}/cases`}>
          {t('cases.title')}
        </Anchor>
        <Text>{t('case.title', { id: c.id })}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{t('case.title', { id: c.id })}</Title>
          <Group gap="xs">
            <Badge color={caseStateColor(c.state)} variant="light">
              {t(caseStateLabel(c.state))}
            </Badge>
            <Text c="dimmed">{t('case.confidential')}</Text>
          </Group>
        </Stack>
      </Group>

      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" spacing="xs" m={0}>
          <Field label={t('case.member')}>
            <Anchor component={Link} to={`/orgs/${org}/members/${c.memberId}`}>
              {c.memberNo}
            </Anchor>
          </Field>
          <Field label={t('case.openingUnit')}>
            <Anchor component={Link} to={`/orgs/${org}/units/${c.unitId}`}>
              {c.unitCode}
            </Anchor>
          </Field>
          <Field label={t('case.openedOn')}>{date(c.openedOn)}</Field>
          <Field label={t('case.incidentOn')}>{date(c.incidentOn)}</Field>
          <Field label={t('case.defenceDueOn')}>
            {date(c.defenceDueOn)}
            {c.defenceOn && ` · ${t('case.answeredOn', { date: date(c.defenceOn) })}`}
          </Field>
          <Field label={t('case.hearingOn')}>
            {date(c.hearingOn)}
            {c.hearingMeetingRef && ` · ${c.hearingMeetingRef}`}
          </Field>
          <Field label={t('case.penaltyDecided')}>
            {c.penalty ? `${penaltyName(c.penalty)}${c.penaltyMonths ? ` (${t('case.nMonths', { n: c.penaltyMonths })})` : ''}` : '—'}
            {c.decidedOn && ` · ${date(c.decidedOn)}`}
          </Field>
          <Field label={t('case.ratifyingBody')}>{c.ratifyUnitId ? <UnitName org={org} id={c.ratifyUnitId} /> : '—'}{c.ratifiedOn && ` · ${t('case.ratifiedOn', { date: date(c.ratifiedOn) })}`}</Field>
          <Field label={t('case.appealBody')}>{c.appealUnitId ? <UnitName org={org} id={c.appealUnitId} /> : '—'}{c.appealDueOn && ` · ${t('case.appealUntil', { date: date(c.appealDueOn) })}`}</Field>
          <Field label={t('case.finalPenalty')}>
            {c.finalPenalty ? `${penaltyName(c.finalPenalty)}${c.finalMonths ? ` (${t('case.nMonths', { n: c.finalMonths })})` : ''}` : '—'}
            {c.closedOn && ` · ${t('case.closedOn', { date: date(c.closedOn) })}`}
          </Field>
          {c.sanction && <Field label={t('case.sanction')}>{t(c.sanction.inForce ? 'case.sanctionInForce' : 'case.sanctionEnds', { date: date(c.sanction.endsOn) })}</Field>}
        </SimpleGrid>
      </Card>

      <Section title={t('case.nextSteps')}>
        <CaseActions org={org} c={c} rules={rules} />
      </Section>

      <Section title={t('case.charges')}>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{c.charges}</Text>
      </Section>
      <Section title={t('case.defence')}>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{c.defence ?? t('case.noDefence', { date: date(c.defenceDueOn) })}</Text>
      </Section>
      {c.vote && (
        <Section title={t('case.voteTitle')}>
          <VoteTable c={c} />
        </Section>
      )}
      {c.appeal && (
        <Section title={t('case.grounds')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{c.appeal}</Text>
        </Section>
      )}
      <Section title={t('evidence.title')}>
        <Evidence org={org} c={c} limits={rules?.discipline.attachments} canUpload={!closed} />
      </Section>
      <Section title={t('case.timeline')}>
        <Timeline bulletSize={14} lineWidth={2} aria-label={t('case.timeline')}>
          {c.timeline.map((s, i) => (
            <Timeline.Item key={i} title={`${t(caseStepLabel(s.action))}`}>
              <StepBody org={org} s={s} i18n={i18n} rules={rules} />
            </Timeline.Item>
          ))}
        </Timeline>
      </Section>
    </Stack>
  );
}

function CaseNotFound({ org, id }: { org: string; id: number }) {
  const { t } = useI18n();
  return (
    <Stack p="md" maw={640}>
      <Title order={1}>{t('case.notFoundTitle', { id })}</Title>
      <Alert color="gray" role="alert">
        <Text>{t('case.notFound')}</Text>
      </Alert>
      <Button component={Link} to={`/orgs/${org}`} variant="light" w="fit-content">
        {t('error.home')}
      </Button>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Title order={2} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
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

/** A unit's name when the viewer may read it, else its number. */
function UnitName({ org, id }: { org: string; id: number }) {
  const unit = useUnit(org, id);
  return (
    <Anchor component={Link} to={`/orgs/${org}/units/${id}`}>
      {unit.data ? `${unit.data.name} (${unit.data.code})` : `#${id}`}
    </Anchor>
  );
}

function VoteTable({ c }: { c: CaseDetail }) {
  const { t, number } = useI18n();
  const v = c.vote;
  if (!v) return null;
  const rows: [string, string][] = [
    [t('vote.entitled'), number(v.count.entitled)],
    [t('vote.present'), number(v.count.present)],
    [t('vote.for'), number(v.count.for)],
    [t('vote.against'), number(v.count.against)],
    [t('vote.abstain'), number(v.count.abstain)],
    [t('vote.quorumRequired'), `${number(v.quorumRequired)} · ${v.quorumMet ? t('vote.quorumMet') : t('vote.quorumNotMet')}`],
    [t('vote.votesNeeded'), number(v.votesNeeded)],
    [t('vote.result'), v.adopted ? t('vote.adopted') : t('vote.notAdopted')],
  ];
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={300}>
        <Table aria-label={t('case.voteTitle')} withTableBorder maw={520}>
          <Table.Tbody>
            {rows.map(([k, val]) => (
              <Table.Tr key={k}>
                <Table.Th scope="row">{k}</Table.Th>
                <Table.Td>{val}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm">
        {t('vote.basis')}: {v.explanation}
      </Text>
    </Stack>
  );
}

function StepBody({ org, s, i18n, rules }: { org: string; s: CaseStep; i18n: I18n; rules: Rules | undefined }) {
  const { t, dateTime, date } = i18n;
  const details = stepDetails(s, i18n, rules);
  return (
    <Stack gap={2}>
      <Text size="sm">
        {dateTime(s.at)} · {s.actor}
        {s.occurredOn !== s.at.slice(0, 10) && ` · ${t('case.onDay', { date: date(s.occurredOn) })}`}
      </Text>
      {s.from !== s.to && (
        <Text size="sm" c="dimmed">
          {s.from ? t(caseStateLabel(s.from)) : '—'} → {t(caseStateLabel(s.to))}
        </Text>
      )}
      {s.reason && (
        <Text size="sm">
          {t('common.reason')}: {s.reason}
        </Text>
      )}
      {s.meetingRef && (
        <Text size="sm">
          {t('step.meetingRef')}: <MeetingRefText org={org} value={s.meetingRef} />
        </Text>
      )}
      {details && (
        <Text size="xs" c="dimmed">
          {details}
        </Text>
      )}
    </Stack>
  );
}

/** The step's particulars in words: the penalty by name, dates formatted, the rest as given. */
function stepDetails(s: CaseStep, { t, date, number }: I18n, rules: Rules | undefined): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(s.detail)) {
    if (v === null || v === undefined || typeof v === 'object') continue;
    if (k === 'penalty') parts.push(`${t('case.penalty')}: ${rules?.penaltyName(String(v)) ?? String(v)}`);
    else if (k === 'months') parts.push(t('case.nMonths', { n: Number(v) }));
    else if (k === 'hearingOn') parts.push(`${t('case.hearingOn')}: ${date(String(v))}`);
    else if (k === 'defenceDueOn') parts.push(`${t('case.defenceDueOn')}: ${date(String(v))}`);
    else if (k === 'unitCode') parts.push(`${t('case.openingUnit')}: ${String(v)}`);
    else if (k === 'sizeBytes') parts.push(formatBytes(Number(v), number));
    else if (k === 'contentType') parts.push(String(v));
    else if (k === 'vote') parts.push(`${t('vote.basis')}: ${String(v)}`);
    else if (k === 'adopted') parts.push(v ? t('vote.adopted') : t('vote.notAdopted'));
    else if (k === 'late') {
      if (v) parts.push(t('case.late'));
    } else if (k === 'sha256' || k === 'attachmentId' || k === 'moved') continue;
    else parts.push(`${k}: ${String(v)}`);
  }
  return parts.join(' · ');
}
