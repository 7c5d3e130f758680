import { Anchor, Badge, Button, Card, Group, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, api, unwrap } from '../../api/client';
import { useOrg } from '../../api/queries';
import { useAreaName, useAreas, type Qualification } from '../../api/training';
import { useI18n } from '../../i18n/i18n';
import { fieldError } from '../forms';
import { ProblemAlert } from '../ProblemAlert';
import { localToday } from './week';

const hidden = (e: unknown) => e instanceof ApiError && (e.status === 403 || e.status === 404);
const daysUntil = (day: string): number => Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${localToday()}T00:00:00Z`)) / 86_400_000);

/** A member's qualifications and licences (with expiry badges) and certificates, on the member page. */
export function MemberTraining({ org, memberId }: { org: string; memberId: number }) {
  const { t, date } = useI18n();
  const areaName = useAreaName(org);
  const orgQuery = useOrg(org);
  const warningDays = orgQuery.data?.rulebook.training.expiryWarningDays ?? 90;
  const [adding, setAdding] = useState(false);
  const qualifications = useQuery({ queryKey: [org, 'qualifications', memberId], retry: false, queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/members/{memberId}/qualifications', { params: { path: { org, memberId } } })) });
  const certificates = useQuery({ queryKey: [org, 'certificates', memberId], retry: false, queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/members/{memberId}/certificates', { params: { path: { org, memberId } } })) });
  // The badge names the day, not a count: the browser's today may differ from the server's.
  const badge = (q: Qualification) => {
    if (!q.valid) return <Badge color="red" variant="light">{t('training.qual.invalid')}</Badge>;
    if (q.expiresOn === null) return <Badge color="green" variant="light">{t('training.qual.valid')}</Badge>;
    const left = daysUntil(q.expiresOn);
    return left <= warningDays ? (
      <Badge color="orange" variant="light">
        {t('training.qual.expiresOn', { date: date(q.expiresOn) })}
      </Badge>
    ) : (
      <Badge color="green" variant="light">
        {t('training.qual.valid')}
      </Badge>
    );
  };
  return (
    <>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('training.qualifications')}
        </Title>
        <Group gap="xs">
          <Button size="xs" variant="default" component={Link} to={`/orgs/${org}/lessons?instructor=${memberId}`}>
            {t('training.lessonWeek')}
          </Button>
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t('training.addQualification')}
          </Button>
        </Group>
      </Group>
      {qualifications.error && !hidden(qualifications.error) && <ProblemAlert error={qualifications.error} />}
      {qualifications.data && qualifications.data.items.length === 0 && <Text size="sm">{t('training.noQualifications')}</Text>}
      {qualifications.data && qualifications.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label={t('training.qualifications')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.area')}</Table.Th>
                <Table.Th>{t('training.qualTitle')}</Table.Th>
                <Table.Th>{t('training.issuer')}</Table.Th>
                <Table.Th>{t('training.validity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {qualifications.data.items.map((q) => (
                <Table.Tr key={q.id}>
                  <Table.Td>{areaName(q.area)}</Table.Td>
                  <Table.Td>
                    {q.title}
                    <Text size="xs" c="dimmed">
                      {t(q.kind === 'licence' ? 'training.qual.licence' : 'training.qual.qualification')}
                      {q.number ? ` · ${q.number}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>{q.issuer}</Table.Td>
                  <Table.Td>
                    {badge(q)}
                    <Text size="xs">
                      {date(q.issuedOn)} – {q.expiresOn ? date(q.expiresOn) : t('training.noExpiry')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {certificates.data && certificates.data.items.length > 0 && (
        <Card withBorder component="section" aria-labelledby="certificates-heading">
          <Title order={2} size="h4" id="certificates-heading">
            {t('training.certificates')}
          </Title>
          <Stack gap={4}>
            {certificates.data.items.map((c) => (
              <Group key={c.id} gap="xs">
                <Anchor component={Link} to={`/orgs/${org}/certificates/${c.id}`}>
                  {c.number}
                </Anchor>
                <Text size="sm">
                  {c.courseTitle} · {date(c.issuedOn)}
                </Text>
                <Badge color={c.status === 'valid' ? 'green' : 'red'} variant="light">
                  {t(c.status === 'valid' ? 'training.cert.valid' : 'training.cert.revoked')}
                </Badge>
              </Group>
            ))}
          </Stack>
        </Card>
      )}
      {adding && <AddQualificationModal org={org} memberId={memberId} onClose={() => setAdding(false)} />}
    </>
  );
}

function AddQualificationModal({ org, memberId, onClose }: { org: string; memberId: number; onClose(): void }) {
  const { t } = useI18n();
  const areas = useAreas(org) ?? [];
  const queryClient = useQueryClient();
  const [area, setArea] = useState<string | null>(null);
  const [kind, setKind] = useState<'qualification' | 'licence'>('qualification');
  const [title, setTitle] = useState('');
  const [issuer, setIssuer] = useState('');
  const [number, setNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/orgs/{org}/members/{memberId}/qualifications', {
          params: { path: { org, memberId } },
          body: { area: area ?? '', kind, title, issuer, ...(number.trim() ? { number: number.trim() } : {}), issuedOn, expiresOn: expiresOn || null },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [org] });
      onClose();
    },
  });
  const e = mutation.error;
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common.close') }} title={t('training.addQualification')} centered>
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          mutation.mutate();
        }}
      >
        <Stack>
          <Select label={t('training.area')} data={areas.map((a) => ({ value: a.key, label: a.label }))} value={area} onChange={setArea} required error={fieldError(e, 'area')} />
          <Select
            label={t('training.qualKind')}
            data={[
              { value: 'qualification', label: t('training.qual.qualification') },
              { value: 'licence', label: t('training.qual.licence') },
            ]}
            value={kind}
            onChange={(v) => setKind(v === 'licence' ? 'licence' : 'qualification')}
            allowDeselect={false}
          />
          <TextInput label={t('training.qualTitle')} value={title} onChange={(ev) => setTitle(ev.currentTarget.value)} required maxLength={200} error={fieldError(e, 'title')} />
          <TextInput label={t('training.issuer')} value={issuer} onChange={(ev) => setIssuer(ev.currentTarget.value)} required maxLength={200} error={fieldError(e, 'issuer')} />
          <TextInput label={t('training.qualNumber')} value={number} onChange={(ev) => setNumber(ev.currentTarget.value)} maxLength={100} />
          <Group grow>
            <TextInput type="date" label={t('training.issuedOn')} value={issuedOn} onChange={(ev) => setIssuedOn(ev.currentTarget.value)} required error={fieldError(e, 'issuedOn')} />
            <TextInput type="date" label={t('training.expiresOn')} value={expiresOn} onChange={(ev) => setExpiresOn(ev.currentTarget.value)} error={fieldError(e, 'expiresOn')} />
          </Group>
          <ProblemAlert error={e} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('training.addQualification')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
