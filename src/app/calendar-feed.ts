import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { editionTitle } from '../core/meetings/ordinal.js';
import { utcToLocal } from '../core/meetings/time-zone.js';
import { findSeries, sessionsOfMember, sessionsOfUnit } from '../store/convention.repository.js';
import type { Executor } from '../store/database.js';
import { listMeetings, meetingsOfMember, type MeetingRow } from '../store/meeting.repository.js';
import { scopedOrg, unitFor } from './access.js';
import { readDb, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import type { UnitRef } from './refs.js';

/** How far back a feed reaches: calendars keep what they have already seen. */
const PAST_DAYS = 400;

function newCalendar(name: string): ICalCalendar {
  return ical({ name, prodId: { company: 'Cellbook', product: 'Cellbook', language: 'EN' }, timezone: { name: null, generator: getVtimezoneComponent } });
}

/**
 * Times in the event's own zone with its VTIMEZONE (so a calendar shows 19:00 Seoul time in every
 * season); a zone without a published VTIMEZONE (UTC itself) is written as UTC instants.
 */
function when(startsAt: string, endsAt: string, zone: string): { start: Date | string; end: Date | string; timezone?: string } {
  if (getVtimezoneComponent(zone) === null) return { start: new Date(startsAt), end: new Date(endsAt) };
  return { start: `${utcToLocal(new Date(startsAt), zone)}:00`, end: `${utcToLocal(new Date(endsAt), zone)}:00`, timezone: zone };
}

function addMeeting(cal: ICalCalendar, m: MeetingRow, org: string, host: string): void {
  const agenda = (JSON.parse(m.agenda) as string[]).map((a, i) => `${i + 1}. ${a}`).join('\n');
  cal.createEvent({
    // Stable: the record's id, its organization and the host; never reused for another meeting.
    id: `meeting-${m.id}.${org}@${host}`,
    sequence: m.sequence,
    stamp: new Date(m.updated_at),
    ...when(m.starts_at, m.ends_at, m.time_zone),
    summary: m.title,
    location: m.place,
    description: agenda,
    status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

async function addSessions(db: Executor, cal: ICalCalendar, orgId: number, org: string, host: string, sessions: Awaited<ReturnType<typeof sessionsOfUnit>>): Promise<void> {
  const names = new Map<number, { en: string; ko: string }>();
  for (const x of sessions) {
    if (!names.has(x.series_id)) {
      const series = await findSeries(db, orgId, x.series_id);
      names.set(x.series_id, { en: series?.name_en ?? 'Convention', ko: series?.name_ko ?? '' });
    }
    const title = editionTitle(x.ordinal, names.get(x.series_id) ?? { en: 'Convention', ko: '' });
    cal.createEvent({
      id: `session-${x.id}.${org}@${host}`,
      sequence: x.sequence,
      stamp: new Date(x.updated_at ?? x.created_at),
      ...when(x.starts_at, x.ends_at, x.time_zone),
      summary: `${title.en}: ${x.title}`,
      location: x.place ?? '',
      status: x.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
}

const since = (ctx: AppContext): string => new Date(ctx.clock().getTime() - PAST_DAYS * 86_400_000).toISOString();

/** iCalendar feed of a unit: its meetings and the sessions of conventions it convenes. */
export async function unitCalendar(ctx: AppContext, input: { org: string; unit: UnitRef; host: string }): Promise<string> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, input.org));
  const unit = await unitFor(db, s, input.unit, 'read_names');
  const cal = newCalendar(`${unit.name} — ${s.org.name}`);
  for (const m of await listMeetings(db, s.org.id, { unitId: unit.id, from: since(ctx), limit: 5000 })) addMeeting(cal, m, s.org.slug, input.host);
  await addSessions(db, cal, s.org.id, s.org.slug, input.host, await sessionsOfUnit(db, s.org.id, unit.id, since(ctx)));
  return cal.toString();
}

/** iCalendar feed of a person: the meetings they are invited to and the sessions of conventions they sit at. */
export async function personalCalendar(ctx: AppContext, input: { org: string; host: string }): Promise<string> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, input.org));
  const cal = newCalendar(`My meetings — ${s.org.name}`);
  const me = s.access.ownMemberId;
  if (me !== null) {
    for (const m of await meetingsOfMember(db, s.org.id, me, since(ctx))) addMeeting(cal, m, s.org.slug, input.host);
    await addSessions(db, cal, s.org.id, s.org.slug, input.host, await sessionsOfMember(db, s.org.id, me, since(ctx)));
  }
  return cal.toString();
}
