import { Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useOrgSlug } from '../api/queries';
import { useAreaName } from '../api/training';
import { Loading } from '../App';
import { ErrorState } from '../components/ErrorState';
import { ConfirmWithReason } from '../components/forms';
import { useI18n } from '../i18n/i18n';

/** A certificate: what it says, what the public page may show, the printable page, and revocation. */
export default function CertificatePage() {
  const org = useOrgSlug();
  const certificateId = Number(useParams().certificateId);
  const { t, date, dateTime } = useI18n();
  const areaName = useAreaName(org);
  const [revoking, setRevoking] = useState(false);
  const cert = useQuery({ queryKey: [org, 'certificate', certificateId], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/certificates/{certificateId}', { params: { path: { org, certificateId } } })) });
  if (cert.isPending) return <Loading />;
  if (cert.error) return <ErrorState error={cert.error} />;
  const c = cert.data;
  const verifyPath = new URL(c.verificationUrl).pathname;
  const yesNo = (b: boolean) => (b ? t('common.yes') : t('common.no'));
  return (
    <Stack>
      <Title order={1}>{t('training.certificateTitle', { number: c.number })}</Title>
      <Group gap="xs">
        {c.status === 'valid' ? (
          <Badge color="green" variant="light">
            {t('training.cert.valid')}
          </Badge>
        ) : (
          <Badge color="red" variant="light">
            {t('training.cert.revoked')}
          </Badge>
        )}
      </Group>
      <Card withBorder>
        <Stack gap={4}>
          <Text>
            {t('training.holder')}:{' '}
            <Anchor component={Link} to={`/orgs/${org}/members/${c.memberId}`}>
              {c.holderName}
            </Anchor>
          </Text>
          <Text>
            {t('training.course')}:{' '}
            <Anchor component={Link} to={`/orgs/${org}/courses/${c.courseId}`}>
              {c.courseTitle}
            </Anchor>{' '}
            ({c.courseCode}, {areaName(c.area)})
          </Text>
          <Text>
            {t('training.issuedOn')}: {date(c.issuedOn)}
          </Text>
          {c.status === 'revoked' && (
            <Text c="red.9">
              {t('training.revokedOn', { when: dateTime(c.revokedAt), reason: c.revocationReason ?? '' })}
            </Text>
          )}
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="consent-heading">
        <Title order={2} size="h4" id="consent-heading">
          {t('training.consentTitle')}
        </Title>
        <List size="sm">
          <List.Item>
            {t('training.consent.showName')}: {yesNo(c.consent.showName)}
          </List.Item>
          <List.Item>
            {t('training.consent.showCourse')}: {yesNo(c.consent.showCourse)}
          </List.Item>
          <List.Item>
            {t('training.consent.showIssuedOn')}: {yesNo(c.consent.showIssuedOn)}
          </List.Item>
        </List>
        <Text size="xs" c="dimmed">
          {t('training.consentRecorded', { when: dateTime(c.consent.recordedAt) })}
        </Text>
      </Card>
      <Group>
        <Button component="a" href={`/api/v1/orgs/${encodeURIComponent(org)}/certificates/${c.id}/print`} target="_blank" rel="noopener" variant="default">
          {t('training.printable')}
        </Button>
        <Button component="a" href={verifyPath} target="_blank" rel="noopener" variant="default">
          {t('training.verifyPage')}
        </Button>
        <Button component="a" href={`/api/v1/orgs/${encodeURIComponent(org)}/certificates/${c.id}/credential`} variant="default">
          {t('training.credential')}
        </Button>
        {c.status === 'valid' && (
          <Button color="red.9" onClick={() => setRevoking(true)}>
            {t('training.revoke')}
          </Button>
        )}
      </Group>
      <ConfirmWithReason
        opened={revoking}
        onClose={() => setRevoking(false)}
        title={t('training.revokeTitle', { number: c.number })}
        confirmLabel={t('training.revoke')}
        danger
        org={org}
        action={(reason) => unwrap(api.POST('/api/v1/orgs/{org}/certificates/{certificateId}/revoke', { params: { path: { org, certificateId: c.id } }, body: { reason, version: c.version } }))}
      >
        <Text size="sm">{t('training.revokeHelp')}</Text>
      </ConfirmWithReason>
    </Stack>
  );
}
