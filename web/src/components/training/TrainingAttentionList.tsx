import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError, api, unwrap } from '../../api/client';
import { useAreaName } from '../../api/training';
import { useI18n } from '../../i18n/i18n';

/** Instructors' qualifications expiring soon (or expired while teaching), for the home page. */
export function TrainingAttentionList({ org }: { org: string }) {
  const { t, date } = useI18n();
  const areaName = useAreaName(org);
  const attention = useQuery({ queryKey: [org, 'training-attention'], retry: false, queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/training/attention', { params: { path: { org } } })) });
  // Without organization-wide access the list is not the user's to see.
  if (attention.error instanceof ApiError || !attention.data || attention.data.items.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="training-attention-heading">
      <Title order={2} size="h3" id="training-attention-heading">
        {t('training.attentionTitle')}
      </Title>
      {attention.data.items.map((a) => (
        <Group key={a.qualificationId} gap="xs">
          <Badge color={a.kind === 'qualification_expired' ? 'red' : 'orange'} variant="light">
            {a.kind === 'qualification_expired' ? t('training.qual.expired') : t('training.qual.expiresIn', { n: a.daysLeft })}
          </Badge>
          <Anchor component={Link} to={`/orgs/${org}/members/${a.memberId}`}>
            {a.memberNo}
          </Anchor>
          <Text size="sm">
            {t('training.attentionItem', { title: a.title, area: areaName(a.area), due: date(a.dueOn) })}
            {a.classesAffected.length > 0 ? ` · ${t('training.classesAffected', { classes: a.classesAffected.join(', ') })}` : ''}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
