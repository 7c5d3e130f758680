import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, Navigate } from 'react-router';
import { useOrgs } from '../api/queries';
import { Loading } from '../App';
import { ErrorState } from '../components/ErrorState';
import { useI18n } from '../i18n/i18n';

export default function OrgsPage() {
  const { t, date } = useI18n();
  const orgs = useOrgs();
  if (orgs.isPending) return <Loading />;
  if (orgs.error) return <ErrorState error={orgs.error} />;
  const only = orgs.data.items.length === 1 ? orgs.data.items[0] : undefined;
  if (only) return <Navigate to={`/orgs/${only.slug}`} replace />;
  return (
    <Stack>
      <Title order={1}>{t('orgs.title')}</Title>
      {orgs.data.items.length === 0 && <Text>{t('orgs.none')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {orgs.data.items.map((o) => (
          <Card key={o.slug} withBorder>
            <Anchor component={Link} to={`/orgs/${o.slug}`} fw={600}>
              {o.name}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t('orgs.since', { date: date(o.createdAt) })} · {o.slug}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
