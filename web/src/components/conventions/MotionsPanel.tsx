import { Anchor, Button, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { ConventionDetail, Motion } from '../../api/meetings';
import { useI18n } from '../../i18n/i18n';
import { fieldError } from '../forms';
import { ProblemAlert } from '../ProblemAlert';
import { MotionStatusBadge } from './MotionStatusBadge';

const kinds = ['motion', 'statement', 'resolution'] as const;
type Kind = Motion['kind'];

/** Motions, statements and resolutions of the convention, and a form to table a new one. */
export function MotionsPanel({ org, convention, canRun }: { org: string; convention: ConventionDetail; canRun: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const empty = { sessionId: null as string | null, kind: 'resolution' as Kind, title: '', text: '' };
  const [f, setF] = useState(empty);
  const draft = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/orgs/{org}/conventions/{conventionId}/motions', { params: { path: { org, conventionId: convention.id } }, body: { sessionId: f.sessionId ? Number(f.sessionId) : null, kind: f.kind, title: f.title.trim(), text: f.text } })),
    onSuccess: async (m) => {
      await queryClient.invalidateQueries({ queryKey: [org, 'convention', convention.id] });
      navigate(`/orgs/${org}/motions/${m.id}`);
    },
  });
  return (
    <Stack>
      {convention.motions.length === 0 ? (
        <Text size="sm">{t('motion.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped aria-label={t('motion.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('motion.titleLabel')}</Table.Th>
                <Table.Th>{t('motion.kind')}</Table.Th>
                <Table.Th>{t('motion.statusLabel')}</Table.Th>
                <Table.Th>{t('motion.publicId')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {convention.motions.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/orgs/${org}/motions/${m.id}`}>
                      {m.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`motion.kind.${m.kind}`)}</Table.Td>
                  <Table.Td>
                    <MotionStatusBadge status={m.status} />
                  </Table.Td>
                  <Table.Td>{m.publicId ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canRun && convention.status === 'frozen' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            draft.mutate();
          }}
        >
          <Stack gap="xs">
            <Text fw={600}>{t('motion.table')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label={t('motion.kind')} data={kinds.map((k) => ({ value: k, label: t(`motion.kind.${k}`) }))} value={f.kind} onChange={(v) => v && setF({ ...f, kind: v as Kind })} allowDeselect={false} />
              <Select label={t('address.session')} description={t('motion.sessionHelp')} data={convention.sessions.map((s) => ({ value: String(s.id), label: s.title }))} value={f.sessionId} onChange={(v) => setF({ ...f, sessionId: v })} clearable />
            </SimpleGrid>
            <TextInput label={t('motion.titleLabel')} value={f.title} onChange={(e) => setF({ ...f, title: e.currentTarget.value })} required error={fieldError(draft.error, 'title')} />
            <Textarea label={t('motion.text')} value={f.text} onChange={(e) => setF({ ...f, text: e.currentTarget.value })} required autosize minRows={4} error={fieldError(draft.error, 'text')} />
            <ProblemAlert error={draft.error} />
            <Button type="submit" w="fit-content" loading={draft.isPending}>
              {t('motion.tableButton')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
