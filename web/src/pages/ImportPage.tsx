import { Alert, Button, FileInput, Group, List, Progress, SegmentedControl, Select, SimpleGrid, Stack, Stepper, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, type ProblemDetails } from '../api/client';
import { useOrgSlug } from '../api/queries';
import type { ImportReport } from '../api/types';
import { readCsvHeader } from '../components/csv-header';
import { ProblemAlert } from '../components/ProblemAlert';
import { useI18n } from '../i18n/i18n';

type Kind = 'members' | 'units';
const columnsOf: Record<Kind, readonly string[]> = {
  members: ['member_no', 'family_name', 'given_name', 'birth_date', 'unit_code', 'status', 'joined_on', 'phone', 'email'],
  units: ['code', 'name', 'kind', 'parent_code'],
};
const IGNORE = '-';

/**
 * Sends the file to the import endpoint with upload progress (fetch cannot report it). The server
 * checks every row; with dryRun nothing is written.
 */
function sendImport(org: string, kind: Kind, file: File, map: Record<string, string>, dryRun: boolean, onProgress: (fraction: number) => void): Promise<ImportReport> {
  const query = new URLSearchParams({ dryRun: String(dryRun), source: file.name.slice(0, 200) });
  for (const [header, column] of Object.entries(map)) query.append('map', `${header}=${column}`);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/orgs/${encodeURIComponent(org)}/imports/${kind}?${query.toString()}`);
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(new ApiError({ title: 'network', status: 0, detail: '', code: 'network_error' }));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        /* not JSON */
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as ImportReport);
      else reject(new ApiError((body as ProblemDetails | null) ?? { title: xhr.statusText, status: xhr.status, detail: '', code: 'http_error' }));
    };
    xhr.send(file);
  });
}

export default function ImportPage() {
  const org = useOrgSlug();
  const { t, number } = useI18n();
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const [kind, setKind] = useState<Kind>('members');
  const [file, setFile] = useState<File | null>(null);
  const [headers, setHeaders] = useState<string[]>([]);
  const [map, setMap] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<null | 'check' | 'import'>(null);
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [check, setCheck] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);

  const columns = columnsOf[kind];
  const choose = async (f: File | null) => {
    setFile(f);
    setCheck(null);
    setResult(null);
    setError(null);
    if (!f) return;
    const head = readCsvHeader(await f.slice(0, 64 * 1024).text());
    setHeaders(head);
    setMap(Object.fromEntries(head.map((h) => [h, columns.includes(h) ? h : IGNORE])));
  };
  // Only headers that differ from their column go to the server; identical ones map themselves.
  const mapping = Object.fromEntries(Object.entries(map).filter(([h, c]) => h !== c));
  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(dryRun ? 'check' : 'import');
    setError(null);
    setProgress(0);
    try {
      const report = await sendImport(org, kind, file, mapping, dryRun, setProgress);
      if (dryRun) {
        setCheck(report);
      } else {
        setResult(report);
        await queryClient.invalidateQueries({ queryKey: [org] });
      }
      setStep(dryRun ? 2 : 3);
    } catch (e) {
      setError(e);
      if (dryRun) setStep(2);
    } finally {
      setBusy(null);
    }
  };
  const badLines = error instanceof ApiError ? (error.problem.problems ?? []) : [];

  return (
    <Stack>
      <Title order={1}>{t('import.title')}</Title>
      <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label={t('import.stepFile')}>
          <Stack maw={560} pt="md">
            <SegmentedControl
              aria-label={t('import.what')}
              value={kind}
              onChange={(v) => {
                setKind(v === 'units' ? 'units' : 'members');
                void choose(null);
              }}
              data={[
                { value: 'members', label: t('import.members') },
                { value: 'units', label: t('import.units') },
              ]}
            />
            <FileInput label={t('import.file')} description={t('import.fileHelp', { columns: columns.join(', ') })} accept=".csv,text/csv" value={file} onChange={(f) => void choose(f)} clearable />
            {file && headers.length === 0 && <Alert color="orange">{t('import.noHeader')}</Alert>}
            <Button w="fit-content" disabled={!file || headers.length === 0} onClick={() => setStep(1)}>
              {t('common.next')}
            </Button>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('import.stepMap')}>
          <Stack maw={720} pt="md">
            <Text size="sm">{t('import.mapHelp')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {headers.map((h) => (
                <Select
                  key={h}
                  label={t('import.fileColumn', { header: h })}
                  data={[{ value: IGNORE, label: t('import.ignore') }, ...columns.map((c) => ({ value: c, label: c }))]}
                  value={map[h] ?? IGNORE}
                  onChange={(v) => setMap((m) => ({ ...m, [h]: v ?? IGNORE }))}
                  allowDeselect={false}
                />
              ))}
            </SimpleGrid>
            <Group>
              <Button variant="default" onClick={() => setStep(0)}>
                {t('common.back')}
              </Button>
              <Button onClick={() => void run(true)} loading={busy === 'check'}>
                {t('import.check')}
              </Button>
            </Group>
            {busy === 'check' && <Progress value={progress * 100} aria-label={t('import.uploading')} animated />}
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('import.stepCheck')}>
          <Stack pt="md">
            {error ? (
              <>
                <ProblemAlert error={error} title={badLines.length > 0 ? t('import.badLines', { n: badLines.length }) : t('import.failed')} />
                {badLines.length > 0 && (
                  <Table.ScrollContainer minWidth={480}>
                    <Table striped aria-label={t('import.report')}>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('import.lineHeader')}</Table.Th>
                          <Table.Th>{t('import.column')}</Table.Th>
                          <Table.Th>{t('import.problem')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {badLines.map((p, i) => (
                          <Table.Tr key={i}>
                            <Table.Td>{p.line ?? '—'}</Table.Td>
                            <Table.Td>{p.column ?? p.path}</Table.Td>
                            <Table.Td>{p.message}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
                <Text size="sm">{t('import.nothingWritten')}</Text>
                <Button variant="default" w="fit-content" onClick={() => setStep(0)}>
                  {t('import.chooseAnother')}
                </Button>
              </>
            ) : check ? (
              <>
                <Alert color="green" title={t('import.checkPassed')} role="status">
                  <ReportList report={check} />
                </Alert>
                <Group>
                  <Button variant="default" onClick={() => setStep(1)}>
                    {t('common.back')}
                  </Button>
                  <Button onClick={() => void run(false)} loading={busy === 'import'}>
                    {t('import.run')}
                  </Button>
                </Group>
                {busy === 'import' && <Progress value={progress * 100} aria-label={t('import.uploading')} animated />}
              </>
            ) : null}
          </Stack>
        </Stepper.Step>
        <Stepper.Completed>
          <Stack pt="md">
            {result && (
              <Alert color="green" title={t('import.done')} role="status">
                <ReportList report={result} />
              </Alert>
            )}
            <Button
              variant="default"
              w="fit-content"
              onClick={() => {
                setStep(0);
                void choose(null);
              }}
            >
              {t('import.another')}
            </Button>
          </Stack>
        </Stepper.Completed>
      </Stepper>
      {step < 2 && error !== null && <ProblemAlert error={error} />}
      <Text size="xs" c="dimmed">
        {t('import.allOrNothing', { rows: number(0) })}
      </Text>
    </Stack>
  );
}

function ReportList({ report }: { report: ImportReport }) {
  const { t, number } = useI18n();
  return (
    <List size="sm">
      <List.Item>{t('import.rows', { n: number(report.rows) })}</List.Item>
      <List.Item>{t('import.inserted', { n: number(report.inserted) })}</List.Item>
      <List.Item>{t('import.updated', { n: number(report.updated) })}</List.Item>
      <List.Item>{t('import.unchanged', { n: number(report.unchanged) })}</List.Item>
    </List>
  );
}
