import type { LocalizedName } from '../core/rulebook/schema.js';
import { editionTitle } from '../core/meetings/ordinal.js';
import type { RosterRule } from '../core/meetings/roster-rules.js';
import { utcToLocal } from '../core/meetings/time-zone.js';
import type { AddressRow, ConventionRow, RosterListRow, SessionRow } from '../store/convention.repository.js';

export interface ConventionView {
  id: number;
  seriesId: number;
  ordinal: number;
  title: LocalizedName;
  convenedBy: { unitId: number; unitCode: string };
  status: 'planned' | 'frozen' | 'closed' | 'past';
  startsOn: string;
  endsOn: string;
  timeZone: string;
  place: string | null;
  plannedParticipants: number | null;
  /** Figures of a past edition recorded from the archive. */
  recordedParticipants: number | null;
  recordedPresent: number | null;
  cutoffOn: string | null;
  rosterRule: RosterRule | null;
  rosterFrozenAt: string | null;
  /** The edition before this one in the series, if recorded. */
  previousId: number | null;
  version: number;
}

export function conventionView(c: ConventionRow, series: { name_en: string; name_ko: string; unit_id: number }, unitCode: string, previousId: number | null): ConventionView {
  return {
    id: c.id,
    seriesId: c.series_id,
    ordinal: c.ordinal,
    title: editionTitle(c.ordinal, { en: series.name_en, ko: series.name_ko }),
    convenedBy: { unitId: series.unit_id, unitCode },
    status: c.status,
    startsOn: c.starts_on,
    endsOn: c.ends_on,
    timeZone: c.time_zone,
    place: c.place,
    plannedParticipants: c.planned_participants,
    recordedParticipants: c.recorded_participants,
    recordedPresent: c.recorded_present,
    cutoffOn: c.cutoff_on,
    rosterRule: c.roster_rule === null ? null : (JSON.parse(c.roster_rule) as RosterRule),
    rosterFrozenAt: c.roster_frozen_at,
    previousId,
    version: c.version,
  };
}

export interface RosterEntryView {
  id: number;
  category: 'office_holder' | 'delegate' | 'guest' | 'substitute';
  unitId: number | null;
  unitCode: string | null;
  memberId: number | null;
  memberNo: string | null;
  familyName: string | null;
  givenName: string | null;
  guestName: string | null;
  office: string | null;
  seat: number | null;
  status: 'entitled' | 'replaced';
  replacesId: number | null;
  substitutionReason: string | null;
  version: number;
}

export const rosterEntryView = (r: RosterListRow): RosterEntryView => ({
  id: r.id,
  category: r.category,
  unitId: r.unit_id,
  unitCode: r.unit_code,
  memberId: r.member_id,
  memberNo: r.member_no,
  familyName: r.family_name,
  givenName: r.given_name,
  guestName: r.guest_name,
  office: r.office,
  seat: r.seat,
  status: r.status,
  replacesId: r.replaces_id,
  substitutionReason: r.substitution_reason,
  version: r.version,
});

export interface SessionView {
  id: number;
  title: string;
  startsAt: string;
  endsAt: string;
  localStart: string;
  localEnd: string;
  /** Checked in now, against the entitled roster. */
  present: number;
  /** Cancelled sessions stay in the program (calendars show them cancelled). */
  status: 'scheduled' | 'cancelled';
  cancelReason: string | null;
  version: number;
}

export const sessionView = (s: SessionRow, timeZone: string, present: number): SessionView => ({
  id: s.id,
  title: s.title,
  startsAt: s.starts_at,
  endsAt: s.ends_at,
  localStart: utcToLocal(new Date(s.starts_at), timeZone),
  localEnd: utcToLocal(new Date(s.ends_at), timeZone),
  present,
  status: s.status,
  cancelReason: s.cancel_reason,
  version: s.version,
});

export interface AddressView {
  id: number;
  sessionId: number | null;
  kind: 'opening' | 'report' | 'closing' | 'other';
  speakerMemberId: number | null;
  speakerName: string;
  title: string;
  text: string;
  deliveredAt: string;
}

export const addressView = (a: AddressRow): AddressView => ({
  id: a.id,
  sessionId: a.session_id,
  kind: a.kind,
  speakerMemberId: a.speaker_member_id,
  speakerName: a.speaker_name,
  title: a.title,
  text: a.text,
  deliveredAt: a.delivered_at,
});
