import { Accordion, Anchor, Badge, Button, Code, Group, List, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../api/client';
import type { ConventionDetail } from '../../api/meetings';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../ProblemAlert';
import { confirmGreen } from '../meetings/colors';

/** The record of proceedings: assembled from the program, addresses and votes; immutable once approved. */
export function ProceedingsPanel({ org, convention, canRun }: { org: string; convention: ConventionDetail; canRun: boolean }) {
  const { t, dateTime, number } = useI18n();
  const queryClient = useQueryClient();
  const key = [org, 'convention', convention.id, 'proceedings'];
  const record = useQuery({
    queryKey: key,
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/v1/orgs/{org}/conventions/{conventionId}/proceedings', { params: { path: { org, conventionId: convention.id } } }));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: [org, 'convention', convention.id] });
  };
  const assemble = useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/orgs/{org}/conventions/{conventionId}/proceedings', { params: { path: { org, conventionId: convention.id } }, body: {} })), onSuccess: done });
  const approve = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/orgs/{org}/conventions/{conventionId}/proceedings/approve', { params: { path: { org, conventionId: convention.id } }, body: { version: record.data?.version ?? 0 } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [org] });
    },
  });
  if (convention.status === 'planned' || convention.status === 'past') return <Text size="sm">{t('proceedings.notYet')}</Text>;
  const p = record.data;
  const doc = p?.document as { program?: unknown[]; addresses?: unknown[]; motions?: unknown[]; adoptedTexts?: { title: string; publicId: string | null }[] } | undefined;
  return (
    <Stack>
      <ProblemAlert error={record.error ?? assemble.error ?? approve.error} />
      {p === null && <Text size="sm">{t('proceedings.none')}</Text>}
      {p && (
        <Stack gap="xs">
          <Group gap="xs">
            <Badge color={p.status === 'approved' ? 'green' : 'orange'} variant="light">
              {p.status === 'approved' ? t('proceedings.approved') : t('proceedings.draft')}
            </Badge>
            {p.approvedAt && <Text size="sm">{t('proceedings.approvedOn', { date: dateTime(p.approvedAt) })}</Text>}
          </Group>
          <List size="sm">
            <List.Item>{t('proceedings.sessions', { n: number(doc?.program?.length ?? 0) })}</List.Item>
            <List.Item>{t('proceedings.addresses', { n: number(doc?.addresses?.length ?? 0) })}</List.Item>
            <List.Item>{t('proceedings.motions', { n: number(doc?.motions?.length ?? 0) })}</List.Item>
            <List.Item>{t('proceedings.adopted', { titles: (doc?.adoptedTexts ?? []).map((a) => a.title).join('; ') || '—' })}</List.Item>
          </List>
          <Text size="xs">
            SHA-256: <Code>{p.sha256}</Code>
          </Text>
          {p.status === 'approved' && <Text size="sm">{t('proceedings.immutable')}</Text>}
          {p.publicId && (
            <Anchor href={`/bulletin/${encodeURIComponent(org)}/${encodeURIComponent(p.publicId)}`} size="sm">
              {t('proceedings.inBulletin', { id: p.publicId })}
            </Anchor>
          )}
          <Accordion variant="contained">
            <Accordion.Item value="doc">
              <Accordion.Control>{t('proceedings.full')}</Accordion.Control>
              <Accordion.Panel>
                <Code block style={{ whiteSpace: 'pre-wrap' }}>
                  {JSON.stringify(p.document, null, 2)}
                </Code>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        </Stack>
      )}
      {canRun && p?.status !== 'approved' && (
        <Group>
          <Button variant={p ? 'default' : 'filled'} onClick={() => assemble.mutate()} loading={assemble.isPending}>
            {p ? t('proceedings.reassemble') : t('proceedings.assemble')}
          </Button>
          {p && (
            <Button color={confirmGreen} onClick={() => approve.mutate()} loading={approve.isPending}>
              {t('proceedings.approve')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
