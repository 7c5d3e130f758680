import { Alert, Anchor, Badge, Breadcrumbs, Button, Card, Group, NumberInput, Radio, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useConvention, useMotion, useUnitOf, type Motion } from '../api/meetings';
import { useMe, useOrgSlug } from '../api/queries';
import { ConfirmWithReason } from '../components/forms';
import { Loading } from '../App';
import { MotionStatusBadge } from '../components/conventions/MotionStatusBadge';
import { entryName } from '../components/conventions/RosterPanel';
import { ErrorState } from '../components/ErrorState';
import { VoteResultView } from '../components/meetings/VoteResultView';
import { ProblemAlert } from '../components/ProblemAlert';
import { useI18n } from '../i18n/i18n';
import { confirmGreen } from '../components/meetings/colors';

type Choice = 'for' | 'against' | 'abstain';
const choices: Choice[] = ['for', 'against', 'abstain'];

/** A motion: its text, amendments, the vote (open or secret) and result, publishing and sending down. */
export default function MotionPage() {
  const org = useOrgSlug();
  const motionId = Number(useParams().motionId);
  const { t, name, dateTime } = useI18n();
  const motion = useMotion(org, motionId);
  const convention = useConvention(org, motion.data?.conventionId ?? 0);
  const unit = useUnitOf(org, convention.data?.convenedBy.unitId);
  const me = useMe();
  const [withdrawing, setWithdrawing] = useState(false);
  if (motion.isPending) return <Loading />;
  if (motion.error) return <ErrorState error={motion.error} />;
  const m = motion.data;
  const canRun = unit.data?.allowed.includes('run_meetings') ?? false;
  const isMover = m.moverMemberId !== null && m.moverMemberId === me.data?.memberId;
  const canWithdraw = (canRun || isMover) && (m.status === 'draft' || m.status === 'voting');
  const present = convention.data?.sessions.find((x) => x.id === m.sessionId)?.present;
  return (
    <Stack>
      <Breadcrumbs aria-label={t('unit.breadcrumbs')}>
        <Anchor component={Link} to={`/orgs/${org}/conventions`}>
          {t('convention.title')}
        </Anchor>
        <Anchor component={Link} to={`/orgs/${org}/conventions/${m.conventionId}`}>
          {convention.data ? name(convention.data.title) : '…'}
        </Anchor>
        <Text>{m.title}</Text>
      </Breadcrumbs>
      <Group gap="xs">
        <Title order={1}>{m.title}</Title>
        <MotionStatusBadge status={m.status} />
      </Group>
      <Text c="dimmed">
        {t(`motion.kind.${m.kind}`)}
        {m.publicId ? ` · ${t('motion.publishedAs', { id: m.publicId })}` : ''}
      </Text>
      {m.withdrawal && (
        <Alert color="gray" title={t('withdraw.done', { date: dateTime(m.withdrawal.at) })}>
          {t('withdraw.reasonWas', { reason: m.withdrawal.reason })}
        </Alert>
      )}
      <Card withBorder>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{m.text}</Text>
      </Card>
      {canWithdraw && (
        <>
          <Button variant="default" w="fit-content" onClick={() => setWithdrawing(true)}>
            {t('withdraw.button')}
          </Button>
          <ConfirmWithReason
            opened={withdrawing}
            onClose={() => setWithdrawing(false)}
            title={t('withdraw.title', { title: m.title })}
            confirmLabel={t('withdraw.confirm')}
            danger
            org={org}
            action={(reason) => unwrap(api.POST('/api/v1/orgs/{org}/motions/{motionId}/withdraw', { params: { path: { org, motionId: m.id } }, body: { reason, version: m.version } }))}
          >
            <Text size="sm">{t('withdraw.help')}</Text>
          </ConfirmWithReason>
        </>
      )}
      <Section title={t('amendment.title')}>
        <Amendments org={org} motion={m} canRun={canRun} />
      </Section>
      <Section title={t('vote.title')}>
        <Vote org={org} motion={m} canRun={canRun} present={present} />
      </Section>
      {m.status === 'adopted' && (
        <Section title={t('publish.title')}>
          <Publishing org={org} motion={m} canRun={canRun} />
        </Section>
      )}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={2} size="h3" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function useMotionMutation<V>(org: string, motion: Motion, fn: (v: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [org, 'motion', motion.id] });
      await queryClient.invalidateQueries({ queryKey: [org, 'convention', motion.conventionId] });
    },
  });
}

function Amendments({ org, motion, canRun }: { org: string; motion: Motion; canRun: boolean }) {
  const { t, dateTime } = useI18n();
  const [text, setText] = useState('');
  const [rationale, setRationale] = useState('');
  const propose = useMotionMutation(org, motion, () => unwrap(api.POST('/api/v1/orgs/{org}/motions/{motionId}/amendments', { params: { path: { org, motionId: motion.id } }, body: { text, ...(rationale.trim() ? { rationale: rationale.trim() } : {}) } })).then(() => setText('')));
  const decide = useMotionMutation(org, motion, (v: { id: number; accept: boolean }) => unwrap(api.POST('/api/v1/orgs/{org}/motions/{motionId}/amendments/{amendmentId}/decide', { params: { path: { org, motionId: motion.id, amendmentId: v.id } }, body: { accept: v.accept, version: motion.version } })));
  const open = motion.status === 'draft';
  return (
    <Stack>
      {motion.amendments.length === 0 && <Text size="sm">{t('amendment.none')}</Text>}
      {motion.amendments.map((a, i) => (
        <Card key={a.id} withBorder padding="sm">
          <Group gap="xs" mb={4}>
            <Text fw={600}>{t('amendment.number', { n: i + 1 })}</Text>
            <Badge variant="light" color={a.status === 'accepted' ? 'green' : a.status === 'rejected' ? 'red' : 'orange'}>
              {t(`amendment.status.${a.status}`)}
            </Badge>
            <Text size="xs" c="dimmed">
              {dateTime(a.proposedAt)}
            </Text>
          </Group>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{a.text}</Text>
          {a.rationale && (
            <Text size="sm" c="dimmed">
              {t('amendment.rationale', { text: a.rationale })}
            </Text>
          )}
          {canRun && open && a.status === 'proposed' && (
            <Group mt="xs">
              <Button size="xs" color={confirmGreen} onClick={() => decide.mutate({ id: a.id, accept: true })}>
                {t('amendment.accept')}
              </Button>
              <Button size="xs" variant="default" onClick={() => decide.mutate({ id: a.id, accept: false })}>
                {t('amendment.reject')}
              </Button>
            </Group>
          )}
        </Card>
      ))}
      <ProblemAlert error={decide.error} />
      {canRun && open && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            propose.mutate(undefined);
          }}
        >
          <Stack gap="xs">
            <Textarea label={t('amendment.text')} description={t('amendment.textHelp')} value={text} onChange={(e) => setText(e.currentTarget.value)} required autosize minRows={3} />
            <TextInput label={t('amendment.rationaleLabel')} value={rationale} onChange={(e) => setRationale(e.currentTarget.value)} />
            <ProblemAlert error={propose.error} />
            <Button type="submit" variant="light" w="fit-content" loading={propose.isPending}>
              {t('amendment.propose')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

function Vote({ org, motion, canRun, present }: { org: string; motion: Motion; canRun: boolean; present: number | undefined }) {
  const { t, number } = useI18n();
  const [ballot, setBallot] = useState<'open' | 'secret' | 'paper'>('open');
  const openVote = useMotionMutation(org, motion, () =>
    unwrap(api.POST('/api/v1/orgs/{org}/motions/{motionId}/open-vote', { params: { path: { org, motionId: motion.id } }, body: ballot === 'paper' ? { ballot: 'secret', medium: 'paper', version: motion.version } : { ballot, version: motion.version } })),
  );
  const close = useMotionMutation(org, motion, () => unwrap(api.POST('/api/v1/orgs/{org}/motions/{motionId}/close-vote', { params: { path: { org, motionId: motion.id } }, body: { version: motion.version } })));
  const own = useMotionMutation(org, motion, (choice: Choice) => unwrap(api.POST('/api/v1/orgs/{org}/motions/{motionId}/votes', { params: { path: { org, motionId: motion.id } }, body: { choice } })));
  if (motion.result) return <VoteResultView result={motion.result} />;
  if (motion.status === 'draft')
    return canRun ? (
      <Stack>
        <Radio.Group label={t('vote.ballot')} value={ballot} onChange={(v) => setBallot(v === 'secret' || v === 'paper' ? v : 'open')}>
          <Stack gap={4} mt={4}>
            <Radio value="open" label={t('vote.open')} description={t('vote.openHelp')} />
            <Radio value="secret" label={t('vote.secret')} description={t('vote.secretHelp')} />
            <Radio value="paper" label={t('vote.paper')} description={t('vote.paperHelp')} />
          </Stack>
        </Radio.Group>
        <ProblemAlert error={openVote.error} />
        <Button w="fit-content" onClick={() => openVote.mutate(undefined)} loading={openVote.isPending}>
          {t('vote.openVote')}
        </Button>
      </Stack>
    ) : (
      <Text size="sm">{t('vote.notOpen')}</Text>
    );
  if (motion.status !== 'voting') return <Text size="sm">{t('vote.notOpen')}</Text>;
  const paper = motion.ballotMedium === 'paper';
  return (
    <Stack>
      <Text role="status" aria-live="polite">
        {paper
          ? motion.paperTotals
            ? t('paper.entered', { n: number(motion.ballotsCast) })
            : t('paper.waiting')
          : t('vote.cast', { n: number(motion.ballotsCast), ballot: motion.ballot === 'secret' ? t('vote.secret') : t('vote.open') })}
      </Text>
      {paper && canRun && <PaperTotals org={org} motion={motion} present={present} />}
      {!paper && (
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('vote.yours')}
        </Text>
        <Group gap="xs">
          {choices.map((c) => (
            <Button key={c} variant="default" onClick={() => own.mutate(c)} loading={own.isPending && own.variables === c}>
              {t(`vote.choice.${c}`)}
            </Button>
          ))}
        </Group>
        <ProblemAlert error={own.error} />
        {own.isSuccess && <Text size="sm">{t('vote.recorded')}</Text>}
      </Stack>
      )}
      {canRun && motion.ballot === 'open' && <Teller org={org} motion={motion} />}
      {canRun && (
        <Stack gap="xs">
          <ProblemAlert error={close.error} />
          <Button color="indigo.9" w="fit-content" onClick={() => close.mutate(undefined)} loading={close.isPending}>
            {t('vote.close')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}

/** Tellers enter the totals they counted on paper: four numbers, never who voted how. */
function PaperTotals({ org, motion, present }: { org: string; motion: Motion; present: number | undefined }) {
  const { t, number } = useI18n();
  const entered = motion.paperTotals;
  const [counts, setCounts] = useState({ for: entered?.for ?? 0, against: entered?.against ?? 0, abstain: entered?.abstain ?? 0, spoilt: entered?.spoilt ?? 0 });
  const save = useMotionMutation(org, motion, () => unwrap(api.POST('/api/v1/orgs/{org}/motions/{motionId}/paper-totals', { params: { path: { org, motionId: motion.id } }, body: { ...counts, ...(entered ? { version: entered.version } : {}) } })));
  const total = counts.for + counts.against + counts.abstain + counts.spoilt;
  const fields = ['for', 'against', 'abstain', 'spoilt'] as const;
  return (
    <form
      aria-label={t('paper.title')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(undefined);
      }}
    >
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('paper.title')}
        </Text>
        <Text size="sm">{present === undefined ? t('paper.help') : t('paper.helpPresent', { present: number(present) })}</Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {fields.map((f) => (
            <NumberInput key={f} label={t(`paper.${f}`)} min={0} allowDecimal={false} allowNegative={false} value={counts[f]} onChange={(v) => setCounts((c) => ({ ...c, [f]: typeof v === 'number' ? v : Number(v) || 0 }))} />
          ))}
        </SimpleGrid>
        <Text size="sm" c={present !== undefined && total > present ? 'red.8' : undefined}>
          {t('paper.total', { n: number(total) })}
        </Text>
        {entered && <Text size="sm">{t('paper.enteredBy', { by: entered.enteredBy })}</Text>}
        <ProblemAlert error={save.error} />
        <Button type="submit" variant="light" w="fit-content" loading={save.isPending}>
          {entered ? t('paper.correct') : t('paper.enter')}
        </Button>
      </Stack>
    </form>
  );
}

/** A teller records named open votes (a show of hands, a roll call) by finding each voter on the roster. */
function Teller({ org, motion }: { org: string; motion: Motion }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const [done, setDone] = useState<Record<number, Choice>>({});
  const found = useQuery({
    queryKey: [org, 'convention', motion.conventionId, 'roster', 'teller', q],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/conventions/{conventionId}/roster', { params: { path: { org, conventionId: motion.conventionId }, query: { q, limit: 10 } } })),
    enabled: q.length >= 2,
  });
  const record = useMotionMutation(org, motion, (v: { rosterId: number; choice: Choice }) => unwrap(api.POST('/api/v1/orgs/{org}/motions/{motionId}/votes', { params: { path: { org, motionId: motion.id } }, body: v })).then(() => setDone((d) => ({ ...d, [v.rosterId]: v.choice }))));
  return (
    <Stack gap="xs">
      <TextInput label={t('vote.tellerFind')} description={t('vote.tellerHelp')} type="search" value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <ProblemAlert error={record.error} />
      {q.length >= 2 && (found.data?.items.length ?? 0) > 0 && (
        <Table.ScrollContainer minWidth={360}>
          <Table aria-label={t('vote.tellerResults')}>
            <Table.Tbody>
              {found.data?.items.map((r) => {
                const who = entryName(r, t('roster.vacantSeat'));
                return (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      {who}
                      <Text size="xs" c="dimmed">
                        {r.memberNo ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {done[r.id] ? (
                        <Badge variant="light" color="green">
                          {t('vote.recordedChoice', { choice: t(`vote.choice.${done[r.id] ?? 'for'}`) })}
                        </Badge>
                      ) : (
                        <Group gap={4} role="group" aria-label={t('vote.of', { name: who })}>
                          {choices.map((c) => (
                            <Button key={c} size="compact-sm" variant="default" onClick={() => record.mutate({ rosterId: r.id, choice: c })}>
                              {t(`vote.choice.${c}`)}
                            </Button>
                          ))}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function Publishing({ org, motion, canRun }: { org: string; motion: Motion; canRun: boolean }) {
  const { t, number, dateTime } = useI18n();
  const publish = useMotionMutation(org, motion, () => unwrap(api.POST('/api/v1/orgs/{org}/motions/{motionId}/publish', { params: { path: { org, motionId: motion.id } }, body: { version: motion.version } })));
  const dispatches = useQuery({
    queryKey: [org, 'motion', motion.id, 'dispatches'],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/motions/{motionId}/dispatches', { params: { path: { org, motionId: motion.id } } })),
  });
  const sendDown = useMotionMutation(org, motion, () => unwrap(api.POST('/api/v1/orgs/{org}/motions/{motionId}/send-down', { params: { path: { org, motionId: motion.id } }, body: {} })));
  const ack = useMotionMutation(org, motion, (unitId: number) => unwrap(api.POST('/api/v1/orgs/{org}/motions/{motionId}/acknowledge', { params: { path: { org, motionId: motion.id } }, body: { unitId } })));
  const d = dispatches.data;
  return (
    <Stack>
      {motion.publicId ? (
        <Alert color="green" title={t('publish.done', { id: motion.publicId })}>
          <Text size="sm">{t('publish.doneOn', { date: dateTime(motion.publishedAt) })}</Text>
          <Anchor href={`/bulletin/${encodeURIComponent(org)}/${encodeURIComponent(motion.publicId)}`} size="sm">
            {t('publish.view')}
          </Anchor>
        </Alert>
      ) : (
        canRun && (
          <Stack gap="xs">
            <Text size="sm">{t('publish.help')}</Text>
            <ProblemAlert error={publish.error} />
            <Button w="fit-content" onClick={() => publish.mutate(undefined)} loading={publish.isPending}>
              {t('publish.publish')}
            </Button>
          </Stack>
        )
      )}
      <Title order={3} size="h4">
        {t('dispatch.title')}
      </Title>
      <ProblemAlert error={dispatches.error ?? sendDown.error ?? ack.error} />
      {d && d.sent === 0 && <Text size="sm">{t('dispatch.notSent')}</Text>}
      {d && d.sent > 0 && <Text role="status">{t('dispatch.status', { acknowledged: number(d.acknowledged), sent: number(d.sent) })}</Text>}
      {canRun && d?.sent === 0 && (
        <Button variant="light" w="fit-content" onClick={() => sendDown.mutate(undefined)} loading={sendDown.isPending}>
          {t('dispatch.send')}
        </Button>
      )}
      {d && d.pending.length > 0 && (
        <Table.ScrollContainer minWidth={420}>
          <Table striped aria-label={t('dispatch.pending')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('unit.name')}</Table.Th>
                <Table.Th>{t('dispatch.sentAt')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.pending.map((u) => (
                <Table.Tr key={u.unitId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/orgs/${org}/units/${u.unitId}`}>
                      {u.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {u.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>{dateTime(u.sentAt)}</Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="default" onClick={() => ack.mutate(u.unitId)} aria-label={t('dispatch.ackFor', { unit: u.name })}>
                      {t('dispatch.ack')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {d?.truncated && <Text size="sm">{t('dispatch.truncated')}</Text>}
    </Stack>
  );
}
