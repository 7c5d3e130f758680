import { Badge, Button, Card, Group, Select, SimpleGrid, Spoiler, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { zonedDateTime, type ConventionDetail } from '../../api/meetings';
import { useI18n } from '../../i18n/i18n';
import { fieldError } from '../forms';
import { ProblemAlert } from '../ProblemAlert';

const kinds = ['opening', 'report', 'closing', 'other'] as const;
type Kind = (typeof kinds)[number];

/** Addresses given at the convention: speaker, title and full text. */
export function AddressesPanel({ org, convention, canRun }: { org: string; convention: ConventionDetail; canRun: boolean }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const empty = { sessionId: null as string | null, kind: 'report' as Kind, speakerName: '', title: '', text: '' };
  const [f, setF] = useState(empty);
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/orgs/{org}/conventions/{conventionId}/addresses', {
          params: { path: { org, conventionId: convention.id } },
          body: { sessionId: f.sessionId ? Number(f.sessionId) : null, kind: f.kind, speakerName: f.speakerName.trim(), title: f.title.trim(), text: f.text },
        }),
      ),
    onSuccess: async () => {
      setF(empty);
      await queryClient.invalidateQueries({ queryKey: [org, 'convention', convention.id] });
    },
  });
  return (
    <Stack>
      {convention.addresses.length === 0 && <Text size="sm">{t('address.none')}</Text>}
      {convention.addresses.map((a) => (
        <Card key={a.id} withBorder component="article" aria-labelledby={`address-${a.id}`}>
          <Stack gap={4}>
            <Group gap="xs">
              <Title order={3} size="h5" id={`address-${a.id}`}>
                {a.title}
              </Title>
              <Badge variant="light" color="indigo">
                {t(`address.kind.${a.kind}`)}
              </Badge>
            </Group>
            <Text size="sm">
              {a.speakerName} · {zonedDateTime(a.deliveredAt, convention.timeZone, locale)}
            </Text>
            <Spoiler maxHeight={120} showLabel={t('address.more')} hideLabel={t('address.less')}>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{a.text}</Text>
            </Spoiler>
          </Stack>
        </Card>
      ))}
      {canRun && convention.status === 'frozen' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
        >
          <Stack gap="xs">
            <Text fw={600}>{t('address.add')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select label={t('address.session')} data={convention.sessions.map((s) => ({ value: String(s.id), label: s.title }))} value={f.sessionId} onChange={(v) => setF({ ...f, sessionId: v })} clearable />
              <Select label={t('address.kind')} data={kinds.map((k) => ({ value: k, label: t(`address.kind.${k}`) }))} value={f.kind} onChange={(v) => v && setF({ ...f, kind: v as Kind })} allowDeselect={false} />
              <TextInput label={t('address.speaker')} value={f.speakerName} onChange={(e) => setF({ ...f, speakerName: e.currentTarget.value })} required error={fieldError(add.error, 'speakerName')} />
            </SimpleGrid>
            <TextInput label={t('address.titleLabel')} value={f.title} onChange={(e) => setF({ ...f, title: e.currentTarget.value })} required error={fieldError(add.error, 'title')} />
            <Textarea label={t('address.text')} value={f.text} onChange={(e) => setF({ ...f, text: e.currentTarget.value })} required autosize minRows={4} error={fieldError(add.error, 'text')} />
            <ProblemAlert error={add.error} />
            <Button type="submit" w="fit-content" loading={add.isPending}>
              {t('address.record')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
