import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useConvention } from '../api/meetings';
import { useOrgSlug } from '../api/queries';
import { Loading } from '../App';
import { categoryLabel } from '../components/conventions/RosterPanel';
import { ErrorState } from '../components/ErrorState';
import { useI18n } from '../i18n/i18n';

// On paper only the badges print: the app's header, menu and buttons stay on screen.
const printCss = `@media print {
  header, nav, .no-print { display: none !important; }
  .mantine-AppShell-main { padding: 0 !important; }
  .badge-card { break-inside: avoid; border: 1px solid #000 !important; }
}`;

/** The printable badge list; the API shows codes only to those who run the convention. */
export default function BadgesPage() {
  const org = useOrgSlug();
  const conventionId = Number(useParams().conventionId);
  const { t, name } = useI18n();
  const convention = useConvention(org, conventionId);
  const badges = useQuery({
    queryKey: [org, 'convention', conventionId, 'badges'],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/conventions/{conventionId}/badges', { params: { path: { org, conventionId }, query: { limit: 10_000 } } })),
  });
  if (badges.isPending || convention.isPending) return <Loading />;
  if (badges.error || convention.error) return <ErrorState error={badges.error ?? convention.error} />;
  const title = name(convention.data.title);
  return (
    <Stack>
      <style>{printCss}</style>
      <Group justify="space-between" className="no-print">
        <Anchor component={Link} to={`/orgs/${org}/conventions/${conventionId}`} size="sm">
          {title}
        </Anchor>
        <Button onClick={() => window.print()}>{t('badges.print')}</Button>
      </Group>
      <Title order={1} size="h2">
        {t('badges.title', { convention: title })}
      </Title>
      <Text size="sm" className="no-print">
        {t('badges.help', { n: badges.data.items.length })}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('badges.list')}>
        {badges.data.items.map((b) => (
          <Card key={b.rosterId} component="li" withBorder padding="sm" className="badge-card">
            <Text size="xs">{title}</Text>
            <Text fw={700} size="lg">
              {b.name}
            </Text>
            <Text size="sm">
              {t(categoryLabel[b.category])}
              {b.unitCode ? ` · ${b.unitCode}` : ''}
            </Text>
            <Text ff="monospace" fw={700} size="lg" mt={4}>
              <VisuallyHidden>{t('badges.code')}: </VisuallyHidden>
              {b.badgeCode}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
