import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: { 200: infer R } } ? Json<R> : paths[P][M] extends { responses: { 201: infer R } } ? Json<R> : never;

export type Meeting = Ok<'/api/v1/orgs/{org}/meetings', 'get'>['items'][number];
export type MeetingDetail = Ok<'/api/v1/orgs/{org}/meetings/{meetingId}', 'get'>;
export type Invitee = MeetingDetail['invitees'][number];
export type Minutes = MeetingDetail['minutes'][number];
export type VoteResult = MeetingDetail['decisions'][number]['result'];
export type Compliance = Ok<'/api/v1/orgs/{org}/meeting-compliance', 'get'>;
export type SeriesList = Ok<'/api/v1/orgs/{org}/convention-series', 'get'>;
export type Series = SeriesList['items'][number];
export type ConventionDetail = Ok<'/api/v1/orgs/{org}/conventions/{conventionId}', 'get'>;
export type ConventionSession = ConventionDetail['sessions'][number];
export type Motion = Ok<'/api/v1/orgs/{org}/motions/{motionId}', 'get'>;
export type RosterEntry = Ok<'/api/v1/orgs/{org}/conventions/{conventionId}/roster', 'get'>['items'][number];
export type FreezeResult = Ok<'/api/v1/orgs/{org}/conventions/{conventionId}/roster/freeze', 'post'>;
export type CheckInResult = Ok<'/api/v1/orgs/{org}/conventions/{conventionId}/check-ins', 'post'>;
export type Badge = Ok<'/api/v1/orgs/{org}/conventions/{conventionId}/badges', 'get'>['items'][number];

export function useMeeting(org: string, meetingId: number) {
  return useQuery({ queryKey: [org, 'meeting', meetingId], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/meetings/{meetingId}', { params: { path: { org, meetingId } } })) });
}

/** A convention with its live counts; `live` refreshes it every few seconds (the check-in desk). */
export function useConvention(org: string, conventionId: number, live = false) {
  return useQuery({
    queryKey: [org, 'convention', conventionId],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/conventions/{conventionId}', { params: { path: { org, conventionId } } })),
    refetchInterval: live ? 5_000 : false,
    enabled: conventionId > 0,
  });
}

export function useMotion(org: string, motionId: number) {
  return useQuery({ queryKey: [org, 'motion', motionId], queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/motions/{motionId}', { params: { path: { org, motionId } } })) });
}

/** The browser's IANA zone, the default for a new meeting. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every IANA zone the browser knows, for a picker (the browser's own first if it is missing). */
export function timeZones(): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const own = browserTimeZone();
  return all.includes(own) ? all : [own, ...all];
}

/** Today's date (YYYY-MM-DD) in the browser's zone. */
export function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * A meeting's time as its members live it: in the meeting's own zone, whatever zone the reader is in,
 * with the zone named ("4 Dec 2026, 19:00–21:00 (Asia/Seoul)").
 */
export function zonedRange(startsAt: string, endsAt: string, timeZone: string, locale: 'en' | 'ko'): string {
  const tag = locale === 'ko' ? 'ko-KR' : 'en-GB';
  let day: Intl.DateTimeFormat;
  let time: Intl.DateTimeFormat;
  try {
    day = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone });
    time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  } catch {
    return `${startsAt} – ${endsAt}`;
  }
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = day.format(start) === day.format(end);
  return `${day.format(start)}, ${time.format(start)}–${sameDay ? '' : `${day.format(end)}, `}${time.format(end)} (${timeZone})`;
}

/** A single instant (a check-in) in a given zone, with the time of day only when on the same day. */
export function zonedTime(iso: string | null | undefined, timeZone: string, locale: 'en' | 'ko'): string {
  if (!iso) return '—';
  try {
    return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso));
  } catch {
    return iso;
  }
}

/** A unit, once its id is known (a meeting's or a convention's unit, for names and permissions). */
export function useUnitOf(org: string, unitId: number | undefined) {
  return useQuery({
    queryKey: [org, 'unit', unitId ?? 0],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/units/{unitId}', { params: { path: { org, unitId: unitId ?? 0 } } })),
    enabled: unitId !== undefined,
  });
}

export const meetingKinds = ['general', 'committee', 'lesson', 'other'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const isMeetingKind = (k: string): k is MeetingKind => (meetingKinds as readonly string[]).includes(k);

/** An instant with its date and time in a given zone, zone named ("10 Dec 2026, 09:14 (Asia/Seoul)"). */
export function zonedDateTime(iso: string | null | undefined, timeZone: string, locale: 'en' | 'ko'): string {
  if (!iso) return '—';
  try {
    return `${new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone }).format(new Date(iso))} (${timeZone})`;
  } catch {
    return iso;
  }
}
