import { Anchor, Button, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { CaseDetail, DisciplineRules } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../ProblemAlert';
import { formatBytes } from './labels';

/** The file's bytes as base64, as the API takes evidence in JSON. */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The evidence files of a case: each downloadable, and a form to add one within the rulebook's limits. */
export function Evidence({ org, c, limits, canUpload }: { org: string; c: CaseDetail; limits: DisciplineRules['attachments'] | undefined; canUpload: boolean }) {
  const { t, dateTime, number } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: async (f: File) => unwrap(api.POST('/api/v1/orgs/{org}/cases/{caseId}/attachments', { params: { path: { org, caseId: c.id } }, body: { filename: f.name, contentType: f.type || 'application/octet-stream', contentBase64: await toBase64(f) } })),
    onSuccess: async () => {
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: [org, 'case', c.id] });
    },
  });
  const limitText = limits ? t('evidence.limits', { types: limits.types.join(', '), size: formatBytes(limits.maxBytes, number) }) : '';

  const choose = (f: File | null) => {
    setFile(f);
    upload.reset();
    // Said before anything is sent; the server checks again, the content included.
    if (f && limits && !limits.types.includes(f.type)) setLocalError(t('evidence.badType', { type: f.type || '?', types: limits.types.join(', ') }));
    else if (f && limits && f.size > limits.maxBytes) setLocalError(t('evidence.tooLarge', { size: formatBytes(f.size, number), max: formatBytes(limits.maxBytes, number) }));
    else setLocalError(null);
  };

  return (
    <Stack>
      {c.attachments.length === 0 ? (
        <Text size="sm">{t('evidence.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped aria-label={t('evidence.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('evidence.file')}</Table.Th>
                <Table.Th>{t('evidence.type')}</Table.Th>
                <Table.Th>{t('evidence.size')}</Table.Th>
                <Table.Th>{t('evidence.added')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.attachments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor href={`/api/v1/orgs/${encodeURIComponent(org)}/cases/${c.id}/attachments/${a.id}`} download={a.filename} aria-label={t('evidence.download', { name: a.filename })}>
                      {a.filename}
                    </Anchor>
                    <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                      SHA-256 {a.sha256}
                    </Text>
                  </Table.Td>
                  <Table.Td>{a.contentType}</Table.Td>
                  <Table.Td>{formatBytes(a.sizeBytes, number)}</Table.Td>
                  <Table.Td>
                    {dateTime(a.uploadedAt)} · {a.uploadedBy}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canUpload && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (file && !localError) upload.mutate(file);
          }}
        >
          <Group align="flex-end" gap="xs">
            <FileInput label={t('evidence.add')} description={limitText} accept={limits?.types.join(',')} value={file} onChange={choose} clearable error={localError} style={{ flex: '1 1 260px' }} />
            <Button type="submit" disabled={!file || localError !== null} loading={upload.isPending}>
              {t('evidence.upload')}
            </Button>
          </Group>
          <ProblemAlert error={upload.error} />
        </form>
      )}
    </Stack>
  );
}
