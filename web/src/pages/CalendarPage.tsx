import { Alert, Anchor, Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useOrgSlug } from '../api/queries';
import { ProblemAlert } from '../components/ProblemAlert';
import { UnitPicker } from '../components/UnitPicker';
import { useI18n } from '../i18n/i18n';

/**
 * Calendar links (iCalendar feeds for calendar apps, behind a personal secret token that is shown
 * once and can be revoked) and the organization's public bulletin of published texts.
 */
export default function CalendarPage() {
  const org = useOrgSlug();
  const { t } = useI18n();
  const [params] = useSearchParams();
  const [unit, setUnit] = useState<string | null>(params.get('unit'));
  const [token, setToken] = useState<string | null>(null);
  const [revoked, setRevoked] = useState<number | null>(null);
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/feed-token')),
    onSuccess: (r) => {
      setToken(r.token);
      setRevoked(null);
    },
  });
  const revoke = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/auth/feed-token')),
    onSuccess: (r) => {
      setToken(null);
      setRevoked(r.revoked);
    },
  });
  const origin = window.location.origin;
  const o = encodeURIComponent(org);
  const personal = token ? `${origin}/api/v1/calendar/orgs/${o}/me?token=${encodeURIComponent(token)}` : null;
  const unitUrl = token && unit ? `${origin}/api/v1/calendar/orgs/${o}/units/${encodeURIComponent(unit)}?token=${encodeURIComponent(token)}` : null;
  return (
    <Stack maw={760}>
      <Title order={1}>{t('calendar.title')}</Title>
      <Card withBorder component="section" aria-labelledby="feeds-heading">
        <Stack>
          <Title order={2} size="h3" id="feeds-heading">
            {t('calendar.feeds')}
          </Title>
          <Text size="sm">{t('calendar.help')}</Text>
          <Group>
            <Button onClick={() => create.mutate()} loading={create.isPending}>
              {token ? t('calendar.replace') : t('calendar.create')}
            </Button>
            <Button variant="outline" color="red.9" onClick={() => revoke.mutate()} loading={revoke.isPending}>
              {t('calendar.revoke')}
            </Button>
          </Group>
          <ProblemAlert error={create.error ?? revoke.error} />
          {revoked !== null && (
            <Alert color="gray" role="status">
              {t('calendar.revoked')}
            </Alert>
          )}
          {token && (
            <Alert color="orange" role="status" title={t('calendar.onceTitle')}>
              {t('calendar.once')}
            </Alert>
          )}
          {personal && <FeedUrl label={t('calendar.personal')} url={personal} />}
          <UnitPicker org={org} label={t('calendar.unit')} value={unit} onChange={setUnit} required={false} />
          {unitUrl && <FeedUrl label={t('calendar.unitFeed')} url={unitUrl} />}
          {!token && <Text size="sm">{t('calendar.createFirst')}</Text>}
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="bulletin-heading">
        <Stack gap="xs">
          <Title order={2} size="h3" id="bulletin-heading">
            {t('calendar.bulletin')}
          </Title>
          <Text size="sm">{t('calendar.bulletinHelp')}</Text>
          <Group>
            <Anchor href={`/bulletin/${o}`}>{t('calendar.bulletinLink')}</Anchor>
            <Anchor href={`/bulletin/${o}/feed.atom`}>{t('calendar.atom')}</Anchor>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}

function FeedUrl({ label, url }: { label: string; url: string }) {
  const { t } = useI18n();
  return (
    <Group align="flex-end" wrap="nowrap" gap="xs">
      <TextInput label={label} value={url} readOnly style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} />
      <CopyButton value={url}>
        {({ copied, copy }) => (
          <Button variant={copied ? 'filled' : 'default'} onClick={copy} aria-label={t('calendar.copyLabel', { label })}>
            {copied ? t('calendar.copied') : t('calendar.copy')}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
