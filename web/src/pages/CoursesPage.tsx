import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { useOrgSlug } from '../api/queries';
import { useAreas } from '../api/training';
import { Loading } from '../App';
import { CursorPager, useCursorPages } from '../components/CursorPager';
import { ErrorState } from '../components/ErrorState';
import { CourseForm } from '../components/training/CourseForm';
import { useI18n } from '../i18n/i18n';

/** The course catalogue, one area at a time, with a form to add a course. */
export default function CoursesPage() {
  const org = useOrgSlug();
  const { t, number } = useI18n();
  const navigate = useNavigate();
  const areas = useAreas(org);
  const [area, setArea] = useState('');
  const [adding, setAdding] = useState(false);
  const pages = useCursorPages();
  const courses = useQuery({
    queryKey: [org, 'courses', area, pages.cursor ?? null],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/courses', { params: { path: { org }, query: { ...(area ? { area } : {}), ...(pages.cursor ? { cursor: pages.cursor } : {}), limit: 100 } } })),
  });
  const areaName = (key: string) => areas?.find((a) => a.key === key)?.label ?? key;
  if (courses.error) return <ErrorState error={courses.error} />;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('training.courses')}</Title>
        <Button onClick={() => setAdding(true)}>{t('training.newCourse')}</Button>
      </Group>
      {areas && areas.length > 0 && (
        <Select
          label={t('training.area')}
          w={260}
          value={area}
          onChange={(v) => {
            setArea(v ?? '');
            pages.reset();
          }}
          allowDeselect={false}
          data={[{ value: '', label: t('training.allAreas') }, ...areas.map((a) => ({ value: a.key, label: a.label }))]}
        />
      )}
      {courses.isPending ? (
        <Loading />
      ) : courses.data.items.length === 0 ? (
        <Text role="status">{t('training.noCourses')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={t('training.courses')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.courseTitle')}</Table.Th>
                <Table.Th>{t('training.area')}</Table.Th>
                <Table.Th>{t('training.level')}</Table.Th>
                <Table.Th>{t('training.lessonCount')}</Table.Th>
                <Table.Th>{t('training.fee')}</Table.Th>
                <Table.Th>{t('training.completionRule')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {courses.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/orgs/${org}/courses/${c.id}`}>
                      {c.title}
                    </Anchor>{' '}
                    <Text span size="xs" c="dimmed">
                      {c.code}
                    </Text>
                    {c.status === 'retired' && (
                      <Badge ml="xs" color="gray" variant="light">
                        {t('training.retiredBadge')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{areaName(c.area)}</Table.Td>
                  <Table.Td>{t(`training.level.${c.level}`)}</Table.Td>
                  <Table.Td>{number(c.lessons)}</Table.Td>
                  <Table.Td>
                    {number(c.fee)} {c.currency}
                  </Table.Td>
                  <Table.Td>{t(c.completion.finalPieceRequired ? 'training.ruleWithPiece' : 'training.ruleAttendance', { percent: c.completion.minAttendancePercent })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CursorPager pages={pages} nextCursor={courses.data?.nextCursor} />
      {adding && <CourseForm org={org} opened onClose={() => setAdding(false)} onSaved={(c) => navigate(`/orgs/${org}/courses/${c.id}`)} />}
    </Stack>
  );
}
