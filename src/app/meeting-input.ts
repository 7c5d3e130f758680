import { AppError, type Problem } from '../core/errors.js';
import { isLocalDateTime, isTimeZone, localToUtc } from '../core/meetings/time-zone.js';

/** Times given as wall-clock in an IANA zone, checked and turned into UTC instants. */
export interface TimeInput {
  start: string;
  end: string;
  timeZone: string;
}

export function checkTimes(t: TimeInput, problems: Problem[], at = ''): { startsAt: string; endsAt: string } | null {
  const p = (k: string) => (at === '' ? k : `${at}.${k}`);
  let ok = true;
  if (!isTimeZone(t.timeZone)) {
    problems.push({ path: p('timeZone'), message: 'an IANA time zone such as Asia/Seoul or Europe/Berlin' });
    ok = false;
  }
  if (!isLocalDateTime(t.start)) {
    problems.push({ path: p('start'), message: 'local date and time, YYYY-MM-DDTHH:mm' });
    ok = false;
  }
  if (!isLocalDateTime(t.end)) {
    problems.push({ path: p('end'), message: 'local date and time, YYYY-MM-DDTHH:mm' });
    ok = false;
  }
  if (!ok) return null;
  const startsAt = localToUtc(t.start, t.timeZone).toISOString();
  const endsAt = localToUtc(t.end, t.timeZone).toISOString();
  if (endsAt <= startsAt) {
    problems.push({ path: p('end'), message: 'must be after the start' });
    return null;
  }
  return { startsAt, endsAt };
}

export function checkText(value: string | undefined, path: string, max: number, problems: Problem[], required = true): string {
  const v = value?.trim() ?? '';
  if (required && v === '') problems.push({ path, message: 'required' });
  else if (v.length > max) problems.push({ path, message: `at most ${max} characters` });
  return v;
}

export function checkAgenda(agenda: readonly string[] | undefined, problems: Problem[]): string[] {
  const items = (agenda ?? []).map((a) => a.trim());
  if (items.length > 50) problems.push({ path: 'agenda', message: 'at most 50 items' });
  items.forEach((a, i) => {
    if (a === '') problems.push({ path: `agenda[${i}]`, message: 'an agenda item cannot be empty' });
    if (a.length > 500) problems.push({ path: `agenda[${i}]`, message: 'at most 500 characters' });
  });
  return items;
}

export function failOn(problems: Problem[], message: string): void {
  if (problems.length > 0) throw new AppError('validation_failed', message, { problems });
}
