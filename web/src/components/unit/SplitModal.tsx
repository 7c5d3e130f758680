import { Alert, Badge, Button, Checkbox, Group, Modal, ScrollArea, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { SplitResult, UnitDetail } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { fieldError, ReasonInput } from '../forms';
import { ProblemAlert } from '../ProblemAlert';

/**
 * Split a unit: choose the members who go to a new sibling, preview both sizes against the
 * rulebook (a dry run on the server), then confirm.
 */
export function SplitModal({ org, unit, onClose }: { org: string; unit: UnitDetail; onClose(): void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [newName, setNewName] = useState('');
  const [reason, setReason] = useState('');
  const [preview, setPreview] = useState<SplitResult | null>(null);
  const members = useQuery({
    queryKey: [org, 'members', 'split', unit.id],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/members', { params: { path: { org }, query: { unitId: unit.id, limit: 500 } } })),
  });
  const body = (dryRun: boolean) => ({ memberIds: [...chosen], newName: newName.trim(), reason: reason.trim(), version: unit.version, dryRun });
  const run = useMutation({
    mutationFn: (dryRun: boolean) => unwrap(api.POST('/api/v1/orgs/{org}/units/{unitId}/split', { params: { path: { org, unitId: unit.id } }, body: body(dryRun) })),
    onSuccess: async (result) => {
      if (result.dryRun) {
        setPreview(result);
        return;
      }
      await queryClient.invalidateQueries({ queryKey: [org] });
      onClose();
      if (result.created) navigate(`/orgs/${org}/units/${result.created.id}`);
    },
  });
  const toggle = (id: number) => {
    setPreview(null);
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };
  const half = () => {
    setPreview(null);
    const items = members.data?.items ?? [];
    setChosen(new Set(items.slice(Math.ceil(items.length / 2)).map((m) => m.id)));
  };
  const ready = chosen.size > 0 && newName.trim() !== '' && reason.trim() !== '';

  return (
    <Modal opened onClose={onClose} title={t('split.title', { unit: unit.name })} centered size="lg">
      <Stack>
        <Text size="sm">{t('split.help')}</Text>
        <Group justify="space-between">
          <Text size="sm" aria-live="polite">
            {t('split.chosen', { n: chosen.size, total: members.data?.items.length ?? 0 })}
          </Text>
          <Button size="xs" variant="default" onClick={half}>
            {t('split.chooseHalf')}
          </Button>
        </Group>
        <ScrollArea.Autosize mah={240} type="auto">
          <Stack gap={4} role="group" aria-label={t('split.membersToMove')}>
            {(members.data?.items ?? []).map((m) => (
              <Checkbox key={m.id} label={`${m.familyName} ${m.givenName} (${m.memberNo})`} checked={chosen.has(m.id)} onChange={() => toggle(m.id)} />
            ))}
          </Stack>
        </ScrollArea.Autosize>
        <TextInput
          label={t('split.newName')}
          value={newName}
          onChange={(e) => {
            setNewName(e.currentTarget.value);
            setPreview(null);
          }}
          required
          error={fieldError(run.error, 'newName')}
        />
        <ReasonInput value={reason} onChange={setReason} error={run.error} />
        {preview && (
          <Alert color={preview.sizes.source.withinBounds && preview.sizes.created.withinBounds ? 'green' : 'orange'} title={t('split.preview')} role="status">
            <SimpleGrid cols={2}>
              {(['source', 'created'] as const).map((k) => {
                const s = preview.sizes[k];
                return (
                  <Stack key={k} gap={2}>
                    <Text size="sm" fw={600}>
                      {k === 'source' ? unit.name : newName}
                    </Text>
                    <Text size="sm">{t('split.size', { size: s.size, min: s.min ?? '–', max: s.max ?? '–' })}</Text>
                    <Badge color={s.withinBounds ? 'green' : 'orange'} variant="light">
                      {s.withinBounds ? t('split.withinBounds') : t('split.outsideBounds')}
                    </Badge>
                  </Stack>
                );
              })}
            </SimpleGrid>
          </Alert>
        )}
        <ProblemAlert error={run.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="light" onClick={() => run.mutate(true)} disabled={!ready} loading={run.isPending && run.variables}>
            {t('split.previewButton')}
          </Button>
          <Button onClick={() => run.mutate(false)} disabled={!ready || !preview} loading={run.isPending && !run.variables}>
            {t('split.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
