import { Anchor, Badge, Button, Card, Group, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useConvention, zonedRange, zonedTime, type CheckInResult } from '../api/meetings';
import { useOrgSlug } from '../api/queries';
import { Loading } from '../App';
import { categoryLabel, entryName } from '../components/conventions/RosterPanel';
import { ErrorState } from '../components/ErrorState';
import { ProblemAlert } from '../components/ProblemAlert';
import { useI18n } from '../i18n/i18n';

// Badge codes are printed as K7Q2-M9XD-4HPA (Crockford base 32); typed with or without dashes.
const BADGE = /^[0-9A-Z]{4}-?[0-9A-Z]{4}-?[0-9A-Z]{4}$/i;

/**
 * The check-in desk of one session, made for a phone or a scanner: type or scan a badge code, or
 * search by name or member number; the count present against the roster refreshes by itself.
 */
export default function CheckInPage() {
  const org = useOrgSlug();
  const params = useParams();
  const conventionId = Number(params.conventionId);
  const sessionId = Number(params.sessionId);
  const { t, name, number, locale } = useI18n();
  const queryClient = useQueryClient();
  const convention = useConvention(org, conventionId, true);
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const [log, setLog] = useState<CheckInResult[]>([]);
  const search = useQuery({
    queryKey: [org, 'convention', conventionId, 'roster', 'desk', q],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/conventions/{conventionId}/roster', { params: { path: { org, conventionId }, query: { q, limit: 10 } } })),
    enabled: q.length >= 2,
  });
  const checkIn = useMutation({
    mutationFn: (by: { badgeCode: string } | { rosterId: number }) => unwrap(api.POST('/api/v1/orgs/{org}/conventions/{conventionId}/check-ins', { params: { path: { org, conventionId } }, body: { sessionId, ...by } })),
    onSuccess: async (r) => {
      setLog((l) => [r, ...l].slice(0, 20));
      setText('');
      await queryClient.invalidateQueries({ queryKey: [org, 'convention', conventionId], exact: true });
    },
  });
  if (convention.isPending) return <Loading />;
  if (convention.error) return <ErrorState error={convention.error} />;
  const c = convention.data;
  const session = c.sessions.find((s) => s.id === sessionId);
  if (!session) return <ErrorState notFound />;
  const seats = c.roster.entitled + c.roster.guests;
  const last = log[0];
  return (
    <Stack maw={640}>
      <Anchor component={Link} to={`/orgs/${org}/conventions/${c.id}`} size="sm">
        {name(c.title)}
      </Anchor>
      <Title order={1} size="h2">
        {t('desk.title', { session: session.title })}
      </Title>
      <Text size="sm">{zonedRange(session.startsAt, session.endsAt, c.timeZone, locale)}</Text>
      <Card withBorder padding="md">
        <Text size="xl" fw={700} role="status" aria-live="polite" aria-atomic="true">
          {t('desk.count', { present: number(session.present), seats: number(seats) })}
        </Text>
        <Progress value={seats > 0 ? (session.present / seats) * 100 : 0} mt="xs" aria-hidden="true" />
        <Text size="xs" c="dimmed" mt={4}>
          {t('desk.refreshes')}
        </Text>
      </Card>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const v = text.trim();
          if (BADGE.test(v)) checkIn.mutate({ badgeCode: v });
          else {
            const only = search.data?.items.filter((r) => r.status === 'entitled');
            if (only?.length === 1 && only[0]) checkIn.mutate({ rosterId: only[0].id });
          }
        }}
      >
        <Group align="flex-end" wrap="nowrap" gap="xs">
          <TextInput
            style={{ flex: 1 }}
            size="md"
            label={t('desk.find')}
            description={t('desk.findHelp')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autoComplete="off"
            autoCapitalize="characters"
            data-autofocus
          />
          <Button type="submit" size="md" loading={checkIn.isPending}>
            {t('desk.checkIn')}
          </Button>
        </Group>
      </form>
      <ProblemAlert error={checkIn.error} />
      {last && (
        <Card withBorder padding="sm" bg={last.alreadyCheckedIn ? 'orange.0' : 'green.0'} role="status" aria-live="polite">
          <Text fw={700}>{last.alreadyCheckedIn ? t('desk.already', { name: last.name, time: zonedTime(last.checkedInAt, c.timeZone, locale) }) : t('desk.done', { name: last.name, time: zonedTime(last.checkedInAt, c.timeZone, locale) })}</Text>
        </Card>
      )}
      {q.length >= 2 && (
        <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('desk.results')}>
          {search.data?.items.length === 0 && <Text size="sm">{t('roster.noMatch')}</Text>}
          {search.data?.items.map((r) => {
            const who = entryName(r, t('roster.vacantSeat'));
            return (
              <Card key={r.id} component="li" withBorder padding="xs">
                <Group justify="space-between" wrap="nowrap">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text fw={600}>{who}</Text>
                    <Text size="xs" c="dimmed">
                      {[r.memberNo, t(categoryLabel[r.category]), r.unitCode].filter(Boolean).join(' · ')}
                    </Text>
                  </Stack>
                  {r.status === 'entitled' ? (
                    <Button h={44} onClick={() => checkIn.mutate({ rosterId: r.id })} aria-label={t('desk.checkInWho', { name: who })} disabled={checkIn.isPending}>
                      {t('desk.checkIn')}
                    </Button>
                  ) : (
                    <Badge color="gray" variant="light">
                      {t('roster.replaced')}
                    </Badge>
                  )}
                </Group>
              </Card>
            );
          })}
        </Stack>
      )}
      {log.length > 1 && (
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {t('desk.recent')}
          </Text>
          {log.slice(1).map((r, i) => (
            <Text key={i} size="sm">
              {zonedTime(r.checkedInAt, c.timeZone, locale)} · {r.name}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
