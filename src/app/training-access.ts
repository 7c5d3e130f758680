import type { Permission } from '../core/access-policy.js';
import { AppError } from '../core/errors.js';
import { findClass, findCourse, findEnrolment, type ClassWithUnit, type CourseRow, type EnrolmentRow } from '../store/course.repository.js';
import type { Executor } from '../store/database.js';
import { findLesson, type LessonWithUnit } from '../store/lesson.repository.js';
import { findUnitById } from '../store/unit.repository.js';
import type { ScopedOrg } from './access.js';
import { checkAt } from './meeting-access.js';

/*
 * Courses, classes, enrolments and lessons are checked at their unit: a course at the unit that
 * offers it, a class at its own unit, an enrolment at its class, a lesson at its unit. Out of sight
 * answers exactly like missing.
 */

export type CourseRef = { id: number } | { code: string };

export const courseNotFound = (ref: CourseRef): AppError => new AppError('not_found', `Course with ${'id' in ref ? `id ${ref.id}` : `code '${ref.code}'`} was not found`);
export const classNotFound = (id: number): AppError => new AppError('not_found', `Class with id ${id} was not found`);
export const enrolmentNotFound = (id: number): AppError => new AppError('not_found', `Enrolment with id ${id} was not found`);
export const lessonNotFound = (id: number): AppError => new AppError('not_found', `Lesson with id ${id} was not found`);

export async function courseFor(db: Executor, s: ScopedOrg, ref: CourseRef, permission: Permission): Promise<CourseRow & { unit_code: string }> {
  const course = await findCourse(db, s.org.id, ref);
  const unit = course ? await findUnitById(db, s.org.id, course.unit_id) : undefined;
  checkAt(s, unit?.path, permission, () => courseNotFound(ref), `You may not change the courses of unit '${unit?.code ?? ''}'`);
  if (!course || !unit) throw courseNotFound(ref);
  return { ...course, unit_code: unit.code };
}

export async function classFor(db: Executor, s: ScopedOrg, id: number, permission: Permission, forbidden = 'run'): Promise<ClassWithUnit> {
  const k = await findClass(db, s.org.id, id);
  checkAt(s, k?.unit_path, permission, () => classNotFound(id), `You may not ${forbidden} class '${k?.unit_code ?? ''}'`);
  if (!k) throw classNotFound(id);
  return k;
}

/**
 * An enrolment and its class, for `permission` at the class; the student may read their own
 * enrolment (and nothing else of the class's roster).
 */
export async function enrolmentFor(db: Executor, s: ScopedOrg, id: number, permission: Permission): Promise<{ enrolment: EnrolmentRow; klass: ClassWithUnit }> {
  const enrolment = await findEnrolment(db, s.org.id, id);
  const klass = enrolment ? await findClass(db, s.org.id, enrolment.class_id) : undefined;
  if (enrolment && klass && permission === 'read' && s.access.isOwnMember(enrolment.member_id)) return { enrolment, klass };
  checkAt(s, klass?.unit_path, permission, () => enrolmentNotFound(id), `You may not change the enrolments of class '${klass?.unit_code ?? ''}'`);
  if (!enrolment || !klass) throw enrolmentNotFound(id);
  return { enrolment, klass };
}

export async function lessonFor(db: Executor, s: ScopedOrg, id: number, permission: Permission): Promise<LessonWithUnit> {
  const lesson = await findLesson(db, s.org.id, id);
  if (lesson && permission === 'read_names' && lesson.student_id !== null && s.access.isOwnMember(lesson.student_id)) return lesson;
  checkAt(s, lesson?.unit_path, permission, () => lessonNotFound(id), `You may not run the lessons of unit '${lesson?.unit_code ?? ''}'`);
  if (!lesson) throw lessonNotFound(id);
  return lesson;
}
