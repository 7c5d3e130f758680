import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n';
import { api, unwrap } from './client';
import { useOrg } from './queries';
import type { paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: { 200: infer R } } ? Json<R> : paths[P][M] extends { responses: { 201: infer R } } ? Json<R> : never;

export type Course = Ok<'/api/v1/orgs/{org}/courses', 'get'>['items'][number];
export type CourseDetail = Ok<'/api/v1/orgs/{org}/courses/{courseId}', 'get'>;
export type ClassItem = Ok<'/api/v1/orgs/{org}/classes', 'get'>['items'][number];
export type ClassDetail = Ok<'/api/v1/orgs/{org}/classes/{classId}', 'get'>;
export type Enrolment = ClassDetail['enrolments'][number];
export type Lesson = Ok<'/api/v1/orgs/{org}/lessons', 'get'>['items'][number];
export type Availability = Ok<'/api/v1/orgs/{org}/members/{memberId}/availability', 'get'>;
export type Qualification = Ok<'/api/v1/orgs/{org}/members/{memberId}/qualifications', 'get'>['items'][number];
export type Certificate = Ok<'/api/v1/orgs/{org}/certificates/{certificateId}', 'get'>;
export type TrainingReport = Ok<'/api/v1/orgs/{org}/training/report', 'get'>;
export type TrainingAttention = Ok<'/api/v1/orgs/{org}/training/attention', 'get'>;
export type CourseLevel = Course['level'];
export const courseLevels: CourseLevel[] = ['beginner', 'intermediate', 'advanced', 'instructor'];
export type AttendanceMark = Lesson['attendance'][number]['status'];

/** The organization's craft areas with names in the current language; empty when it has no training. */
export function useAreas(org: string): { key: string; label: string }[] | undefined {
  const { data } = useOrg(org);
  const { name } = useI18n();
  return useMemo(() => data?.rulebook.training.areas.map((a) => ({ key: a.key, label: name(a.name, a.key) })), [data, name]);
}

export function useAreaName(org: string): (key: string) => string {
  const areas = useAreas(org);
  return (key) => areas?.find((a) => a.key === key)?.label ?? key;
}

export function useClass(org: string, classId: number) {
  return useQuery({ queryKey: [org, 'class', classId], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/classes/{classId}', { params: { path: { org, classId } } })) });
}

/** Every lesson of a class (a course has at most a few hundred). */
export function useClassLessons(org: string, classId: number) {
  return useQuery({ queryKey: [org, 'lessons', 'class', classId], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/lessons', { params: { path: { org }, query: { classId, limit: 500 } } })) });
}

export function useMemberName(org: string, memberId: number | null | undefined) {
  return useQuery({
    queryKey: [org, 'member', memberId],
    enabled: typeof memberId === 'number' && memberId > 0,
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/members/{memberId}', { params: { path: { org, memberId: memberId ?? 0 } } })),
    select: (m) => `${m.familyName} ${m.givenName}`,
  });
}

/** Wall-clock "YYYY-MM-DDTHH:mm" → "HH:mm". */
export const clockOf = (local: string): string => local.slice(11, 16);
/** Wall-clock "YYYY-MM-DDTHH:mm" → "YYYY-MM-DD". */
export const dayOf = (local: string): string => local.slice(0, 10);

/** Share of given lessons a student was present at, in whole per cent (null before any lesson). */
export function attendancePercent(lessons: readonly Lesson[], memberId: number, now = new Date().toISOString()): { given: number; present: number; percent: number | null } {
  const given = lessons.filter((l) => l.status === 'booked' && l.startsAt < now);
  const present = given.filter((l) => l.attendance.some((a) => a.memberId === memberId && a.status === 'present')).length;
  return { given: given.length, present, percent: given.length === 0 ? null : Math.floor((present * 100) / given.length) };
}
