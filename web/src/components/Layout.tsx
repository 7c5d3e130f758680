import { AppShell, Burger, Button, Group, NavLink, Select, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation, useMatch, useNavigate } from 'react-router';
import { api } from '../api/client';
import { useOrgs } from '../api/queries';
import { useRules } from '../api/rulebook';
import type { Me } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from './LanguageSwitch';

export function Layout({ me, children }: { me: Me; children: ReactNode }) {
  const { t } = useI18n();
  const [opened, { toggle, close }] = useDisclosure();
  const orgs = useOrgs();
  const match = useMatch('/orgs/:org/*');
  const org = match?.params.org;
  const rules = useRules(org ?? '');
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const signOut = async () => {
    await api.POST('/api/v1/auth/logout');
    queryClient.clear();
    navigate('/login');
  };

  const links = org
    ? [
        { to: `/orgs/${org}`, label: t('nav.home') },
        { to: `/orgs/${org}/tree`, label: t('nav.tree') },
        { to: `/orgs/${org}/members`, label: t('nav.members') },
        { to: `/orgs/${org}/cases`, label: t('nav.cases') },
        { to: `/orgs/${org}/transfers`, label: t('nav.transfers') },
        { to: `/orgs/${org}/dashboard`, label: t('nav.dashboard') },
        { to: `/orgs/${org}/reports/cases`, label: t('nav.caseReports') },
        { to: `/orgs/${org}/import`, label: t('nav.import') },
        { to: `/orgs/${org}/meetings/compliance`, label: t('nav.meetingReport') },
        { to: `/orgs/${org}/conventions`, label: t('nav.conventions') },
        { to: `/orgs/${org}/calendar`, label: t('nav.calendar') },
        ...(rules?.hasTraining
          ? [
              { to: `/orgs/${org}/courses`, label: t('nav.courses') },
              { to: `/orgs/${org}/lessons`, label: t('nav.lessons') },
              { to: `/orgs/${org}/reports/training`, label: t('nav.trainingReport') },
            ]
          : []),
      ]
    : [];

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Text component={Link} to="/" fw={700} size="lg" c="indigo.9" td="none">
              Cellbook
            </Text>
            {orgs.data && orgs.data.items.length > 1 && (
              <Select
                aria-label={t('nav.organization')}
                placeholder={t('nav.organization')}
                size="xs"
                w={180}
                visibleFrom="xs"
                data={orgs.data.items.map((o) => ({ value: o.slug, label: o.name }))}
                value={org ?? null}
                onChange={(v) => v && navigate(`/orgs/${v}`)}
                allowDeselect={false}
              />
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <Text size="sm" visibleFrom="sm">
              <VisuallyHidden>{t('nav.signedInAs')} </VisuallyHidden>
              {me.username}
            </Text>
            <Button size="xs" variant="default" onClick={() => void signOut()}>
              {t('nav.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.main')} component="nav">
        {links.map((l) => (
          <NavLink key={l.to} component={Link} to={l.to} label={l.label} active={location.pathname === l.to} onClick={close} />
        ))}
        <NavLink component={Link} to="/cutting" label={t('nav.cutting')} active={location.pathname === '/cutting'} onClick={close} />
        <NavLink component={Link} to="/" label={t('nav.organizations')} active={location.pathname === '/'} onClick={close} />
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
