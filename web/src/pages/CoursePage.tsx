import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useOrgSlug } from '../api/queries';
import { Loading } from '../App';
import { ErrorState } from '../components/ErrorState';
import { ClassTable } from '../components/training/ClassTable';
import { CourseForm } from '../components/training/CourseForm';
import { OpenClassModal } from '../components/training/OpenClassModal';
import { useI18n } from '../i18n/i18n';

/** A course: what it teaches, its completion rule, and its classes. */
export default function CoursePage() {
  const org = useOrgSlug();
  const courseId = Number(useParams().courseId);
  const { t, number, name } = useI18n();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [opening, setOpening] = useState(false);
  const course = useQuery({ queryKey: [org, 'course', courseId], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/courses/{courseId}', { params: { path: { org, courseId } } })) });
  if (course.isPending) return <Loading />;
  if (course.error) return <ErrorState error={course.error} />;
  const c = course.data;
  return (
    <Stack>
      <Anchor component={Link} to={`/orgs/${org}/courses`} size="sm">
        {t('training.backToCourses')}
      </Anchor>
      <Group justify="space-between">
        <Title order={1}>
          {c.title}{' '}
          <Text span c="dimmed" size="lg">
            {c.code}
          </Text>
        </Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('training.editCourse')}
          </Button>
          {c.status === 'active' && <Button onClick={() => setOpening(true)}>{t('training.openClass')}</Button>}
        </Group>
      </Group>
      {c.status === 'retired' && (
        <Badge color="gray" variant="light">
          {t('training.retiredBadge')}
        </Badge>
      )}
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Fact label={t('training.area')} value={name(c.areaName ?? undefined, c.area)} />
        <Fact label={t('training.level')} value={t(`training.level.${c.level}`)} />
        <Fact label={t('training.fee')} value={`${number(c.fee)} ${c.currency}`} />
        <Fact label={t('training.lessonCount')} value={number(c.lessons)} />
      </SimpleGrid>
      <Text>{t(c.completion.finalPieceRequired ? 'training.ruleWithPiece' : 'training.ruleAttendance', { percent: c.completion.minAttendancePercent })}</Text>
      {c.description && <Text>{c.description}</Text>}
      <Title order={2} size="h3">
        {t('training.classes')}
      </Title>
      <ClassTable org={org} classes={c.classes} label={t('training.classes')} />
      {editing && <CourseForm org={org} course={c} opened onClose={() => setEditing(false)} />}
      {opening && <OpenClassModal org={org} courseId={c.id} opened onClose={() => setOpening(false)} onOpened={(k) => navigate(`/orgs/${org}/classes/${k.id}`)} />}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm">{label}</Text>
      <Text fw={700}>{value}</Text>
    </Card>
  );
}
