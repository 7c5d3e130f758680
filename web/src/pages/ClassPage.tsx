import { Alert, Anchor, Badge, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useOrgSlug } from '../api/queries';
import { attendancePercent, useAreaName, useClass, useClassLessons, useMemberName, type ClassDetail, type Enrolment } from '../api/training';
import { Loading } from '../App';
import { ErrorState } from '../components/ErrorState';
import { ClassLessons } from '../components/training/ClassLessons';
import { EnrolForm } from '../components/training/EnrolForm';
import { EnrolmentActions } from '../components/training/EnrolmentActions';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';

const stateColor: Record<Enrolment['state'], string> = { enquiry: 'gray', enrolled: 'blue', waitlisted: 'orange', completed: 'green', dropped: 'red', transferred: 'grape' };
const enrolmentStateLabel = (s: Enrolment['state']): MessageKey => `training.state.${s}`;

/** A class: places, roster, waitlist in order, enrolment, lessons with attendance, completion. */
export default function ClassPage() {
  const org = useOrgSlug();
  const classId = Number(useParams().classId);
  const { t, date, number } = useI18n();
  const klass = useClass(org, classId);
  const instructor = useMemberName(org, klass.data?.instructorId);
  const areaName = useAreaName(org);
  const [promoted, setPromoted] = useState<string[] | null>(null);
  if (klass.isPending) return <Loading />;
  if (klass.error) return <ErrorState error={klass.error} />;
  const k = klass.data;
  const roster = k.enrolments.filter((e) => e.state === 'enrolled' || e.state === 'completed' || e.state === 'enquiry');
  const waiting = k.enrolments.filter((e) => e.state === 'waitlisted').sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  const gone = k.enrolments.filter((e) => e.state === 'dropped' || e.state === 'transferred');
  return (
    <Stack>
      <Anchor component={Link} to={`/orgs/${org}/courses/${k.courseId}`} size="sm">
        {t('training.backToCourse', { title: k.courseTitle })}
      </Anchor>
      <Title order={1}>{k.name}</Title>
      <Text>
        {k.courseTitle} ({k.courseCode}) · {areaName(k.area)} · {t('training.instructor')}:{' '}
        <Anchor component={Link} to={`/orgs/${org}/members/${k.instructorId}`}>
          {instructor.data ?? '…'}
        </Anchor>
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Fact label={t('training.schedule')} value={k.schedule} />
        <Fact label={t('training.room')} value={k.room} />
        <Fact label={t('training.dates')} value={`${date(k.startsOn)} – ${date(k.endsOn)}`} />
        <Fact label={t('training.places')} value={t('training.placesSummary', { enrolled: number(k.places.enrolled), capacity: number(k.places.capacity), waiting: number(k.places.waitlisted) })} />
      </SimpleGrid>
      {promoted && (
        <Alert color="green" role="status" withCloseButton onClose={() => setPromoted(null)} closeButtonLabel={t('common.close')}>
          {promoted.length > 0 ? t('training.promoted', { names: promoted.join(', ') }) : t('training.droppedNoWaiting')}
        </Alert>
      )}
      <Card withBorder component="section" aria-labelledby="enrol-heading">
        <Title order={2} size="h4" id="enrol-heading" mb="xs">
          {t('training.enrol')}
        </Title>
        <EnrolForm org={org} klass={k} />
      </Card>
      <Title order={2} size="h3">
        {t('training.roster')}
      </Title>
      <Roster org={org} klass={k} rows={roster} onPromoted={setPromoted} />
      <Title order={2} size="h3">
        {t('training.waitlist')}
      </Title>
      {waiting.length === 0 ? (
        <Text role="status">{t('training.nobodyWaiting')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped aria-label={t('training.waitlist')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.position')}</Table.Th>
                <Table.Th>{t('training.student')}</Table.Th>
                <Table.Th>{t('training.waitingSince')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {waiting.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{e.waitlistPosition}</Table.Td>
                  <Table.Td>
                    <StudentLink org={org} e={e} />
                  </Table.Td>
                  <Table.Td>{date(e.timeline.findLast((s) => s.to === 'waitlisted')?.at)}</Table.Td>
                  <Table.Td>
                    <EnrolmentActions org={org} klass={k} enrolment={e} onPromoted={setPromoted} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {gone.length > 0 && (
        <>
          <Title order={2} size="h3">
            {t('training.gone')}
          </Title>
          <Table.ScrollContainer minWidth={480}>
            <Table aria-label={t('training.gone')}>
              <Table.Tbody>
                {gone.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>
                      <StudentLink org={org} e={e} />
                    </Table.Td>
                    <Table.Td>
                      <Badge color={stateColor[e.state]} variant="light">
                        {t(enrolmentStateLabel(e.state))}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{e.timeline.at(-1)?.reason ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <Title order={2} size="h3">
        {t('training.lessons')}
      </Title>
      <ClassLessons org={org} klass={k} />
    </Stack>
  );
}

function Roster({ org, klass, rows, onPromoted }: { org: string; klass: ClassDetail; rows: Enrolment[]; onPromoted(names: string[]): void }) {
  const { t } = useI18n();
  const lessons = useClassLessons(org, klass.id);
  const course = useQuery({ queryKey: [org, 'course', klass.courseId], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/courses/{courseId}', { params: { path: { org, courseId: klass.courseId } } })) });
  const rule = course.data?.completion;
  if (rows.length === 0) return <Text role="status">{t('training.nobodyEnrolled')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped aria-label={t('training.roster')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('training.student')}</Table.Th>
            <Table.Th>{t('training.state')}</Table.Th>
            <Table.Th>{t('training.attendance')}</Table.Th>
            <Table.Th>{t('training.finalPiece')}</Table.Th>
            <Table.Th>{t('training.certificate')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((e) => {
            const a = attendancePercent(lessons.data?.items ?? [], e.memberId);
            // The same rule the server checks before it issues a certificate.
            const ready = e.state === 'enrolled' && rule !== undefined && a.percent !== null && a.percent >= rule.minAttendancePercent && (!rule.finalPieceRequired || e.finalPiece === 'passed');
            return (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <StudentLink org={org} e={e} />
                  {e.overCapacityReason && (
                    <Text size="xs" c="dimmed">
                      {t('training.overCapacityNote', { reason: e.overCapacityReason })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={stateColor[e.state]} variant="light">
                    {t(enrolmentStateLabel(e.state))}
                  </Badge>
                  {ready && (
                    <Badge ml={4} color="green" variant="light">
                      {t('training.ruleMet')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{a.percent === null ? '—' : t('training.attendanceShare', { percent: a.percent, present: a.present, given: a.given })}</Table.Td>
                <Table.Td>{e.finalPiece ? t(`training.piece.${e.finalPiece}`) : t('training.piece.none')}</Table.Td>
                <Table.Td>
                  {e.certificateId ? (
                    <Anchor component={Link} to={`/orgs/${org}/certificates/${e.certificateId}`}>
                      {t('training.showCertificate')}
                    </Anchor>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  <EnrolmentActions org={org} klass={klass} enrolment={e} onPromoted={onPromoted} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function StudentLink({ org, e }: { org: string; e: Enrolment }) {
  return (
    <>
      <Anchor component={Link} to={`/orgs/${org}/members/${e.memberId}`}>
        {e.familyName} {e.givenName}
      </Anchor>{' '}
      <Text span size="xs" c="dimmed">
        {e.memberNo}
      </Text>
    </>
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
