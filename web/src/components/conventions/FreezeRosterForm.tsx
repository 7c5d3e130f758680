import { Alert, Button, Checkbox, Group, List, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { todayLocal, type ConventionDetail, type FreezeResult } from '../../api/meetings';
import { useRules } from '../../api/rulebook';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../ProblemAlert';

type Rounding = 'up' | 'down' | 'nearest';

/**
 * The roster rule (office holders, delegate seats per unit, named guests) and the cut-off date:
 * preview the seats it gives, then freeze. Once frozen, only substitutions change it.
 */
export function FreezeRosterForm({ org, convention }: { org: string; convention: ConventionDetail }) {
  const { t, number } = useI18n();
  const rules = useRules(org);
  const queryClient = useQueryClient();
  const officeOptions = (rules?.kinds ?? []).flatMap((k) => k.offices.map((o) => ({ value: `${k.key}:${o.key}`, label: t('roster.officeOfKind', { office: rules?.officeName(k.key, o.key) ?? o.key, kind: rules?.kindName(k.key) ?? k.key }) })));
  const memberKinds = (rules?.kinds ?? []).map((k) => ({ value: k.key, label: rules?.kindName(k.key) ?? k.key }));
  // Until someone chooses, the rule seats every cell secretary (the rulebook loads after the form may mount).
  const [chosen, setOffices] = useState<string[] | null>(null);
  const offices = chosen ?? (officeOptions.some((o) => o.value === 'cell:secretary') ? ['cell:secretary'] : []);
  const [withDelegates, setWithDelegates] = useState(false);
  const [delegates, setDelegates] = useState({ perUnitKind: memberKinds[0]?.value ?? '', perMembers: 50 as string | number, rounding: 'up' as Rounding, minimum: 0 as string | number });
  const [guests, setGuests] = useState('');
  const [cutoffOn, setCutoffOn] = useState(todayLocal());
  const [preview, setPreview] = useState<FreezeResult | null>(null);
  const rule = () => ({
    officeHolders: offices.map((v) => {
      const [unitKind = '', office = ''] = v.split(':');
      return { unitKind, office };
    }),
    ...(withDelegates ? { delegates: { perUnitKind: delegates.perUnitKind || (memberKinds[0]?.value ?? ''), perMembers: Number(delegates.perMembers) || 1, rounding: delegates.rounding, minimum: Number(delegates.minimum) || 0 } } : {}),
    guests: guests
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const [name = '', memberNo] = l.split(';').map((s) => s.trim());
        return memberNo ? { name, memberNo } : { name };
      }),
  });
  const freeze = useMutation({
    mutationFn: (dryRun: boolean) => unwrap(api.POST('/api/v1/orgs/{org}/conventions/{conventionId}/roster/freeze', { params: { path: { org, conventionId: convention.id } }, body: { rule: rule(), cutoffOn, version: convention.version, dryRun } })),
    onSuccess: async (r) => {
      if (r.dryRun) setPreview(r);
      else await queryClient.invalidateQueries({ queryKey: [org] });
    },
  });
  const changed = () => setPreview(null);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        freeze.mutate(true);
      }}
    >
      <Stack>
        <Text size="sm">{t('roster.freezeHelp')}</Text>
        <MultiSelect
          label={t('roster.officeHolders')}
          data={officeOptions}
          value={offices}
          onChange={(v) => {
            setOffices(v);
            changed();
          }}
          searchable
        />
        <Checkbox
          label={t('roster.withDelegates')}
          checked={withDelegates}
          onChange={(e) => {
            setWithDelegates(e.currentTarget.checked);
            changed();
          }}
        />
        {withDelegates && (
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <Select label={t('roster.perUnitKind')} data={memberKinds} value={delegates.perUnitKind || (memberKinds[0]?.value ?? null)} onChange={(v) => v && setDelegates({ ...delegates, perUnitKind: v })} allowDeselect={false} />
            <NumberInput label={t('roster.perMembers')} min={1} value={delegates.perMembers} onChange={(v) => setDelegates({ ...delegates, perMembers: v })} />
            <Select
              label={t('roster.rounding')}
              data={(['up', 'down', 'nearest'] as const).map((r) => ({ value: r, label: t(`roster.rounding.${r}`) }))}
              value={delegates.rounding}
              onChange={(v) => v && setDelegates({ ...delegates, rounding: v as Rounding })}
              allowDeselect={false}
            />
            <NumberInput label={t('roster.minimum')} min={0} value={delegates.minimum} onChange={(v) => setDelegates({ ...delegates, minimum: v })} />
          </SimpleGrid>
        )}
        <Textarea
          label={t('roster.guests')}
          description={t('roster.guestsHelp')}
          value={guests}
          onChange={(e) => {
            setGuests(e.currentTarget.value);
            changed();
          }}
          autosize
          minRows={2}
        />
        <TextInput
          label={t('roster.cutoff')}
          description={t('roster.cutoffHelp')}
          type="date"
          value={cutoffOn}
          onChange={(e) => {
            setCutoffOn(e.currentTarget.value);
            changed();
          }}
          required
          w={220}
        />
        <ProblemAlert error={freeze.error} />
        {preview && (
          <Alert color="indigo" title={t('roster.previewTitle')} role="status">
            <List size="sm">
              <List.Item>{t('roster.previewOffice', { n: number(preview.seats.officeHolders) })}</List.Item>
              <List.Item>{t('roster.previewDelegates', { n: number(preview.seats.delegateSeats), units: number(preview.basis.delegateUnits.length) })}</List.Item>
              <List.Item>{t('roster.previewGuests', { n: number(preview.seats.guests) })}</List.Item>
              <List.Item fw={700}>{t('roster.previewTotal', { n: number(preview.seats.total) })}</List.Item>
              {preview.basis.duplicatesSkipped > 0 && <List.Item>{t('roster.previewDuplicates', { n: number(preview.basis.duplicatesSkipped) })}</List.Item>}
            </List>
          </Alert>
        )}
        <Group>
          <Button type="submit" variant={preview ? 'default' : 'filled'} loading={freeze.isPending && freeze.variables}>
            {t('roster.preview')}
          </Button>
          <Button color="indigo.9" disabled={!preview} loading={freeze.isPending && !freeze.variables} onClick={() => freeze.mutate(false)}>
            {t('roster.freeze')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
