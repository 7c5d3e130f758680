import { Button, Checkbox, Group, Modal, NumberInput, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { courseLevels, useAreas, type Course, type CourseLevel } from '../../api/training';
import { useI18n } from '../../i18n/i18n';
import { fieldError } from '../forms';
import { ProblemAlert } from '../ProblemAlert';
import { UnitPicker } from '../UnitPicker';

/** Add a course to the catalogue, or change one (`course` given): the server checks every field. */
export function CourseForm({ org, course, opened, onClose, onSaved }: { org: string; course?: Course; opened: boolean; onClose(): void; onSaved?(c: Course): void }) {
  const { t } = useI18n();
  const areas = useAreas(org) ?? [];
  const queryClient = useQueryClient();
  const [unit, setUnit] = useState<string | null>(course ? String(course.unitId) : null);
  const [code, setCode] = useState(course?.code ?? '');
  const [title, setTitle] = useState(course?.title ?? '');
  const [area, setArea] = useState<string | null>(course?.area ?? null);
  const [level, setLevel] = useState<CourseLevel>(course?.level ?? 'beginner');
  const [description, setDescription] = useState(course?.description ?? '');
  const [fee, setFee] = useState<number | string>(course?.fee ?? 0);
  const [lessons, setLessons] = useState<number | string>(course?.lessons ?? 10);
  const [minAttendance, setMinAttendance] = useState<number | string>(course?.completion.minAttendancePercent ?? 80);
  const [finalPiece, setFinalPiece] = useState(course?.completion.finalPieceRequired ?? true);
  const [retired, setRetired] = useState(course?.status === 'retired');
  const num = (v: number | string) => (typeof v === 'number' ? v : Number(v));
  const mutation = useMutation({
    mutationFn: () =>
      course
        ? unwrap(
            api.PATCH('/api/v1/orgs/{org}/courses/{courseId}', {
              params: { path: { org, courseId: course.id } },
              body: { title, description, level, fee: num(fee), lessons: num(lessons), minAttendancePercent: num(minAttendance), finalPieceRequired: finalPiece, retired, version: course.version },
            }),
          )
        : unwrap(
            api.POST('/api/v1/orgs/{org}/courses', {
              params: { path: { org } },
              body: { unitId: Number(unit), code, title, area: area ?? '', level, description, fee: num(fee), lessons: num(lessons), minAttendancePercent: num(minAttendance), finalPieceRequired: finalPiece },
            }),
          ),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: [org] });
      onClose();
      onSaved?.(saved);
    },
  });
  const e = mutation.error;
  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common.close') }} title={course ? t('training.editCourse') : t('training.newCourse')} centered size="lg">
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          mutation.mutate();
        }}
      >
        <Stack>
          {!course && <UnitPicker org={org} label={t('training.offeredBy')} kind="program" value={unit} onChange={setUnit} error={fieldError(e, 'unitId')} />}
          {!course && <TextInput label={t('training.courseCode')} value={code} onChange={(ev) => setCode(ev.currentTarget.value)} required maxLength={32} error={fieldError(e, 'code')} />}
          <TextInput label={t('training.courseTitle')} value={title} onChange={(ev) => setTitle(ev.currentTarget.value)} required maxLength={200} error={fieldError(e, 'title')} />
          {!course && <Select label={t('training.area')} data={areas.map((a) => ({ value: a.key, label: a.label }))} value={area} onChange={setArea} required error={fieldError(e, 'area')} />}
          <Select label={t('training.level')} data={courseLevels.map((l) => ({ value: l, label: t(`training.level.${l}`) }))} value={level} onChange={(v) => v && setLevel(v as CourseLevel)} allowDeselect={false} required />
          <Textarea label={t('training.description')} value={description} onChange={(ev) => setDescription(ev.currentTarget.value)} autosize minRows={2} maxLength={5000} />
          <Group grow>
            <NumberInput label={t('training.fee')} description={t('training.feeHelp')} value={fee} onChange={setFee} min={0} allowDecimal={false} thousandSeparator="," required error={fieldError(e, 'fee')} />
            <NumberInput label={t('training.lessonCount')} value={lessons} onChange={setLessons} min={1} max={500} allowDecimal={false} required error={fieldError(e, 'lessons')} />
          </Group>
          <Group grow align="flex-end">
            <NumberInput label={t('training.minAttendance')} value={minAttendance} onChange={setMinAttendance} min={0} max={100} suffix=" %" allowDecimal={false} error={fieldError(e, 'minAttendancePercent')} />
            <Checkbox label={t('training.finalPieceRequired')} checked={finalPiece} onChange={(ev) => setFinalPiece(ev.currentTarget.checked)} />
          </Group>
          {course && <Checkbox label={t('training.retired')} description={t('training.retiredHelp')} checked={retired} onChange={(ev) => setRetired(ev.currentTarget.checked)} />}
          <ProblemAlert error={e} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {course ? t('training.saveCourse') : t('training.addCourse')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
