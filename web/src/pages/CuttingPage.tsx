import { Alert, Button, Card, Checkbox, Image, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, type ProblemDetails } from '../api/client';
import { fieldError } from '../components/forms';
import { ProblemAlert } from '../components/ProblemAlert';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';

type Kind = 'curtains' | 'tablecloth' | 'cushion' | 'roman-blind';
type Field = { name: string; label: MessageKey; type: 'length' | 'count' | 'check' | 'fullness' | 'shape' | 'curtains'; required?: boolean };

const common: Field[] = [
  { name: 'fabricWidth', label: 'cut.fabricWidth', type: 'length', required: true },
  { name: 'usableWidth', label: 'cut.usableWidth', type: 'length' },
  { name: 'patternRepeat', label: 'cut.patternRepeat', type: 'length' },
];
const fields: Record<Kind, Field[]> = {
  curtains: [
    { name: 'trackWidth', label: 'cut.trackWidth', type: 'length', required: true },
    { name: 'fullness', label: 'cut.fullness', type: 'fullness', required: true },
    { name: 'curtains', label: 'cut.curtains', type: 'curtains' },
    { name: 'finishedLength', label: 'cut.finishedLength', type: 'length', required: true },
    { name: 'headingAllowance', label: 'cut.headingAllowance', type: 'length' },
    { name: 'hemAllowance', label: 'cut.hemAllowance', type: 'length' },
    { name: 'returns', label: 'cut.returns', type: 'length' },
    { name: 'overlap', label: 'cut.overlap', type: 'length' },
    { name: 'sideHems', label: 'cut.sideHems', type: 'length' },
    { name: 'railroaded', label: 'cut.railroaded', type: 'check' },
  ],
  tablecloth: [
    { name: 'shape', label: 'cut.shape', type: 'shape', required: true },
    { name: 'tableLength', label: 'cut.tableLength', type: 'length' },
    { name: 'tableWidth', label: 'cut.tableWidth', type: 'length' },
    { name: 'tableDiameter', label: 'cut.tableDiameter', type: 'length' },
    { name: 'drop', label: 'cut.drop', type: 'length', required: true },
    { name: 'hem', label: 'cut.hem', type: 'length' },
    { name: 'seamAllowance', label: 'cut.seamAllowance', type: 'length' },
  ],
  cushion: [
    { name: 'width', label: 'cut.padWidth', type: 'length', required: true },
    { name: 'height', label: 'cut.padHeight', type: 'length', required: true },
    { name: 'overlap', label: 'cut.backOverlap', type: 'length', required: true },
    { name: 'seamAllowance', label: 'cut.seamAllowance', type: 'length' },
    { name: 'openingHem', label: 'cut.openingHem', type: 'length' },
    { name: 'covers', label: 'cut.covers', type: 'count' },
  ],
  'roman-blind': [
    { name: 'width', label: 'cut.blindWidth', type: 'length', required: true },
    { name: 'length', label: 'cut.blindLength', type: 'length', required: true },
    { name: 'sideHems', label: 'cut.sideHems', type: 'length' },
    { name: 'topAllowance', label: 'cut.topAllowance', type: 'length' },
    { name: 'bottomHem', label: 'cut.bottomHem', type: 'length' },
    { name: 'rods', label: 'cut.rods', type: 'count' },
    { name: 'rodAllowance', label: 'cut.rodAllowance', type: 'length' },
    { name: 'seamAllowance', label: 'cut.seamAllowance', type: 'length' },
  ],
};
const units = ['cm', 'mm', 'm', 'in', 'yd'] as const;
const steps = { metric: ['10cm', '1/2m', '1m'], imperial: ['1/8yd', '1/2yd'] } as const;

type CuttingList = {
  figures: { key: string; label: string; text: string }[];
  fabrics: { fabric: 'main' | 'lining'; rollWidth: { text: string }; usableWidth: { text: string }; pieces: { name: string; across: { text: string }; along: { text: string }; count: number; note: string | null }[]; length: { text: string }; toBuy: { text: string } }[];
  notes: string[];
};

async function calculate(kind: Kind, body: Record<string, unknown>, format: 'json' | 'svg'): Promise<Response> {
  const response = await fetch(`/api/v1/cutting/${kind}${format === 'svg' ? '?format=svg' : ''}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), credentials: 'same-origin' });
  if (!response.ok) throw new ApiError(((await response.json().catch(() => null)) as ProblemDetails | null) ?? { title: response.statusText, status: response.status, detail: '', code: 'http_error' });
  return response;
}

/** The cloth-cutting calculator taught in class: a cutting list, the fabric to buy and a cutting diagram. */
export default function CuttingPage() {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('curtains');
  const [values, setValues] = useState<Record<string, string | number | boolean>>({ unit: 'cm', round: '10cm', shape: 'rectangle', curtains: '2' });
  const [svgUrl, setSvgUrl] = useState<string | null>(null);
  useEffect(() => () => void (svgUrl && URL.revokeObjectURL(svgUrl)), [svgUrl]);
  const imperial = values.unit === 'in' || values.unit === 'yd';

  const run = useMutation({
    mutationFn: async (): Promise<CuttingList> => {
      const body: Record<string, unknown> = { unit: values.unit, round: values.round };
      for (const f of [...common, ...fields[kind]]) {
        const v = values[f.name];
        if (v === undefined || v === '') continue;
        if (f.type === 'check') body[f.name] = v === true;
        else if (f.type === 'count' || f.type === 'curtains') body[f.name] = Number(v);
        else body[f.name] = v;
      }
      const list = (await (await calculate(kind, body, 'json')).json()) as CuttingList;
      const svg = await (await calculate(kind, body, 'svg')).blob();
      setSvgUrl(URL.createObjectURL(svg));
      return list;
    },
  });

  const set = (name: string, v: string | number | boolean) => setValues((s) => ({ ...s, [name]: v }));
  const input = (f: Field) => {
    const label = t(f.label);
    const error = fieldError(run.error, f.name);
    const value = values[f.name];
    if (f.type === 'check') return <Checkbox key={f.name} label={label} checked={value === true} onChange={(e) => set(f.name, e.currentTarget.checked)} mt="lg" />;
    if (f.type === 'shape')
      return <Select key={f.name} label={label} data={[{ value: 'rectangle', label: t('cut.rectangle') }, { value: 'round', label: t('cut.round') }]} value={String(value ?? 'rectangle')} onChange={(v) => v && set(f.name, v)} allowDeselect={false} />;
    if (f.type === 'curtains')
      return <Select key={f.name} label={label} data={[{ value: '2', label: t('cut.pair') }, { value: '1', label: t('cut.single') }]} value={String(value ?? '2')} onChange={(v) => v && set(f.name, v)} allowDeselect={false} />;
    if (f.type === 'count') return <NumberInput key={f.name} label={label} min={0} max={100} value={typeof value === 'number' ? value : ''} onChange={(v) => set(f.name, v)} error={error} />;
    return (
      <TextInput
        key={f.name}
        label={label}
        description={f.type === 'fullness' ? t('cut.fullnessHelp') : undefined}
        value={String(value ?? '')}
        onChange={(e) => set(f.name, e.currentTarget.value)}
        required={f.required}
        error={error}
        inputMode={f.type === 'fullness' ? 'decimal' : 'text'}
      />
    );
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  const list = run.data;

  return (
    <Stack>
      <Title order={1}>{t('cut.title')}</Title>
      <Text size="sm">{t('cut.help')}</Text>
      <SegmentedControl
        aria-label={t('cut.what')}
        value={kind}
        onChange={(v) => {
          setKind(v as Kind);
          run.reset();
          setSvgUrl(null);
        }}
        data={[
          { value: 'curtains', label: t('cut.curtainsKind') },
          { value: 'tablecloth', label: t('cut.tableclothKind') },
          { value: 'cushion', label: t('cut.cushionKind') },
          { value: 'roman-blind', label: t('cut.romanBlindKind') },
        ]}
        fullWidth
      />
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <Select
              label={t('cut.unit')}
              data={units.map((u) => ({ value: u, label: u }))}
              value={String(values.unit)}
              onChange={(v) => v && setValues((s) => ({ ...s, unit: v, round: v === 'in' || v === 'yd' ? '1/8yd' : '10cm' }))}
              allowDeselect={false}
            />
            <Select label={t('cut.round')} data={[...(imperial ? steps.imperial : steps.metric)]} value={String(values.round)} onChange={(v) => v && set('round', v)} allowDeselect={false} />
            {common.map(input)}
            {fields[kind].map(input)}
          </SimpleGrid>
          <ProblemAlert error={run.error} />
          <Button type="submit" loading={run.isPending} w="fit-content">
            {t('cut.calculate')}
          </Button>
        </Stack>
      </form>
      {list && (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <Stack>
            {list.fabrics.map((f) => (
              <Card key={f.fabric} withBorder component="section" aria-label={f.fabric === 'main' ? t('cut.mainFabric') : t('cut.lining')}>
                <Title order={2} size="h4">
                  {f.fabric === 'main' ? t('cut.mainFabric') : t('cut.lining')}: {t('cut.toBuy', { length: f.toBuy.text })}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('cut.rollInfo', { roll: f.rollWidth.text, usable: f.usableWidth.text, used: f.length.text })}
                </Text>
                <Table.ScrollContainer minWidth={360}>
                  <Table striped aria-label={t('cut.pieces')}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('cut.piece')}</Table.Th>
                        <Table.Th>{t('cut.across')}</Table.Th>
                        <Table.Th>{t('cut.along')}</Table.Th>
                        <Table.Th>{t('cut.count')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {f.pieces.map((p, i) => (
                        <Table.Tr key={i}>
                          <Table.Td>
                            {p.name}
                            {p.note && (
                              <Text size="xs" c="dimmed">
                                {p.note}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>{p.across.text}</Table.Td>
                          <Table.Td>{p.along.text}</Table.Td>
                          <Table.Td>{p.count}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Card>
            ))}
            <Card withBorder component="section" aria-label={t('cut.figures')}>
              <Title order={2} size="h4">
                {t('cut.figures')}
              </Title>
              <Table aria-label={t('cut.figures')}>
                <Table.Tbody>
                  {list.figures.map((f) => (
                    <Table.Tr key={f.key}>
                      <Table.Th scope="row">{f.label}</Table.Th>
                      <Table.Td>{f.text}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
            {list.notes.length > 0 && (
              <Alert color="indigo" title={t('cut.notes')}>
                {list.notes.map((n, i) => (
                  <Text size="sm" key={i}>
                    {n}
                  </Text>
                ))}
              </Alert>
            )}
          </Stack>
          {svgUrl && (
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">
                {t('cut.diagram')}
              </Title>
              <Image src={svgUrl} alt={t('cut.diagramAlt')} fit="contain" mah={640} />
            </Card>
          )}
        </SimpleGrid>
      )}
    </Stack>
  );
}
