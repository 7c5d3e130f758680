import type { Generated, GeneratedAlways } from 'kysely';

/**
 * Row types of every table. Dates are 'YYYY-MM-DD' strings and timestamps ISO-8601 strings on both
 * engines (PostgreSQL's date/timestamptz are parsed to strings in database.ts), so rows look the
 * same whichever engine is underneath.
 */
export interface OrgTable {
  id: Generated<number>;
  slug: string;
  name: string;
  rulebook: string;
  rulebook_version: number;
  member_no_seq: number;
  unit_code_seq: number;
  version: number;
  created_at: string;
}

export interface RulebookVersionTable {
  id: Generated<number>;
  org_id: number;
  version: number;
  document: string;
  created_at: string;
}

export interface UnitTable {
  id: Generated<number>;
  org_id: number;
  code: string;
  name: string;
  kind: string;
  parent_id: number | null;
  /** Materialized path of ancestor ids including this unit, see core/unit-path.ts. */
  path: string;
  depth: number;
  status: 'active' | 'dissolved';
  direct_members: number;
  subtree_members: number;
  subtree_units: number;
  created_on: string;
  dissolved_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface UnitEventTable {
  id: Generated<number>;
  org_id: number;
  unit_id: number;
  type: string;
  occurred_on: string;
  reason: string | null;
  detail: string;
  created_at: string;
}

export interface MemberTable {
  id: Generated<number>;
  org_id: number;
  member_no: string;
  family_name: string;
  given_name: string;
  search_key: string;
  birth_date: string | null;
  phone: string | null;
  email: string | null;
  status: string;
  unit_id: number | null;
  placed_on: string | null;
  placement_reason: string | null;
  joined_on: string;
  /** A candidate's probation end (null: not on probation); how often it was extended. */
  probation_ends_on: Generated<string | null>;
  probation_extensions: Generated<number>;
  /** Last recorded activity or dues (null: none recorded since joining). */
  last_active_on: Generated<string | null>;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A step on the path into membership (promotion, extension, rejection): who decided, where, why. */
export interface MembershipStepTable {
  id: Generated<number>;
  org_id: number;
  member_id: number;
  step: string;
  from_status: string;
  to_status: string;
  /** The unit that decided. */
  unit_id: number | null;
  /** The meeting where it was decided: a free reference until meetings exist (no foreign key). */
  meeting_ref: string | null;
  occurred_on: string;
  probation_ends_on: string | null;
  reason: string;
  actor: string;
  created_at: string;
}

/** A two-sided transfer: sent by the old unit, received or returned by the new one. */
export interface TransferRequestTable {
  id: Generated<number>;
  org_id: number;
  member_id: number;
  from_unit_id: number;
  to_unit_id: number;
  state: 'sent' | 'received' | 'returned' | 'cancelled';
  reason: string;
  sent_on: string;
  due_on: string;
  sent_by: string;
  decided_on: string | null;
  decided_by: string | null;
  decision_reason: string | null;
  meeting_ref: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A disciplinary case; its steps are in case_steps. Meeting references carry no foreign key yet. */
export interface DisciplineCaseTable {
  id: Generated<number>;
  org_id: number;
  member_id: number;
  unit_id: number;
  state: string;
  charges: string;
  incident_on: string | null;
  opened_on: string;
  defence_due_on: string;
  defence: string | null;
  defence_on: string | null;
  hearing_on: string | null;
  hearing_meeting_ref: string | null;
  penalty: string | null;
  penalty_months: number | null;
  decided_on: string | null;
  decision_meeting_ref: string | null;
  /** The vote result (core/vote-rules VoteResult) as JSON. */
  vote: string | null;
  ratify_unit_id: number | null;
  ratified_on: string | null;
  appeal_unit_id: number | null;
  appeal_due_on: string | null;
  appeal: string | null;
  appealed_on: string | null;
  final_penalty: string | null;
  final_months: number | null;
  closed_on: string | null;
  /** First day a final probation no longer applies; the sanction is in force before it. */
  sanction_ends_on: string | null;
  /** When the lifting was recorded in the timeline (a record only: being in force depends on the date). */
  sanction_lifted_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface CaseStepTable {
  id: Generated<number>;
  org_id: number;
  case_id: number;
  action: string;
  from_state: string | null;
  to_state: string;
  actor: string;
  reason: string | null;
  meeting_ref: string | null;
  detail: string;
  occurred_on: string;
  at: string;
}

export interface CaseAttachmentTable {
  id: Generated<number>;
  org_id: number;
  case_id: number;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by: string;
  created_at: string;
}

export interface MemberNoticeTable {
  id: Generated<number>;
  org_id: number;
  member_id: number;
  case_id: number | null;
  kind: string;
  message: string;
  due_on: string | null;
  created_at: string;
}

/** Closed placements; the current one lives on the member row (unit_id, placed_on). */
export interface PlacementTable {
  id: Generated<number>;
  org_id: number;
  member_id: number;
  unit_id: number;
  start_on: string;
  end_on: string;
  start_reason: string | null;
  end_reason: string | null;
}

export interface MemberEventTable {
  id: Generated<number>;
  org_id: number;
  member_id: number;
  type: string;
  from_value: string | null;
  to_value: string | null;
  occurred_on: string;
  reason: string | null;
  created_at: string;
}

/** A term of office; half-open: the holder holds it from start_on until the day before end_on. */
export interface OfficeTermTable {
  id: Generated<number>;
  org_id: number;
  unit_id: number;
  office: string;
  member_id: number;
  start_on: string;
  end_on: string | null;
  end_reason: string | null;
  version: number;
  created_at: string;
}

export interface ImportBatchTable {
  id: Generated<number>;
  org_id: number;
  kind: string;
  source: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  created_at: string;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  password_hash: string | null;
  is_admin: number;
  org_id: number | null;
  member_id: number | null;
  disabled_at: string | null;
  version: number;
  created_at: string;
}

export interface SessionTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface ApiTokenTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  label: string;
  scope: 'read' | 'write';
  expires_at: string;
  revoked_at: string | null;
  created_at: string;
}

export interface PasswordResetTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

/** A role granted to a user at a unit, applying to its subtree, for [start_on, end_on). */
export interface GrantTable {
  id: Generated<number>;
  org_id: number;
  user_id: number;
  unit_id: number;
  role: string;
  start_on: string;
  end_on: string | null;
  created_at: string;
}

export interface LoginThrottleTable {
  key: string;
  window_start: string;
  failures: number;
}

export interface AuditEventTable {
  id: Generated<number>;
  chain: string;
  org_id: number | null;
  seq: number;
  /** ISO timestamp kept as text on both engines, so the hashed value never changes form. */
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  reason: string | null;
  data: string;
  personal_digest: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditPersonalTable {
  event_id: number;
  org_id: number | null;
  member_id: number | null;
  salt: string;
  payload: string;
}

export interface AuditHeadTable {
  chain: string;
  seq: number;
  hash: string;
}

export interface MeetingTable {
  id: Generated<number>;
  org_id: number;
  unit_id: number;
  kind: string;
  title: string;
  /** UTC instants (ISO) and the IANA zone the meeting was planned in. */
  starts_at: string;
  ends_at: string;
  time_zone: string;
  place: string;
  /** JSON array of agenda items (strings). */
  agenda: string;
  status: 'scheduled' | 'cancelled';
  cancel_reason: string | null;
  sequence: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface MeetingAttendanceTable {
  org_id: number;
  meeting_id: number;
  member_id: number;
  status: 'invited' | 'present' | 'excused' | 'absent';
  checked_in_at: string | null;
}

export interface MeetingMinutesTable {
  id: Generated<number>;
  org_id: number;
  meeting_id: number;
  revision: number;
  status: 'draft' | 'approved';
  text: string;
  correction_reason: string | null;
  approved_at: string | null;
  approved_by: string | null;
  version: number;
  created_at: string;
}

export interface MeetingDecisionTable {
  id: Generated<number>;
  org_id: number;
  meeting_id: number;
  text: string;
  adopted: number;
  result: string;
  created_at: string;
}

export interface ConventionSeriesTable {
  id: Generated<number>;
  org_id: number;
  unit_id: number;
  name_en: string;
  name_ko: string;
  version: number;
  created_at: string;
}

export interface ConventionTable {
  id: Generated<number>;
  org_id: number;
  series_id: number;
  ordinal: number;
  status: 'planned' | 'frozen' | 'closed' | 'past';
  starts_on: string;
  ends_on: string;
  time_zone: string;
  place: string | null;
  planned_participants: number | null;
  recorded_participants: number | null;
  recorded_present: number | null;
  cutoff_on: string | null;
  roster_rule: string | null;
  roster_basis: string | null;
  roster_frozen_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ConventionRosterTable {
  id: Generated<number>;
  org_id: number;
  convention_id: number;
  category: 'office_holder' | 'delegate' | 'guest' | 'substitute';
  unit_id: number | null;
  member_id: number | null;
  office: string | null;
  seat: number | null;
  guest_name: string | null;
  badge_code: string;
  status: 'entitled' | 'replaced';
  replaces_id: number | null;
  substitution_reason: string | null;
  version: number;
  created_at: string;
}

export interface ConventionSessionTable {
  id: Generated<number>;
  org_id: number;
  convention_id: number;
  title: string;
  starts_at: string;
  ends_at: string;
  sequence: number;
  created_at: string;
  status: Generated<'scheduled' | 'cancelled'>;
  cancel_reason: string | null;
  updated_at: string | null;
  version: Generated<number>;
}

export interface SessionCheckinTable {
  org_id: number;
  session_id: number;
  roster_id: number;
  checked_in_at: string;
}

export interface ConventionAddressTable {
  id: Generated<number>;
  org_id: number;
  convention_id: number;
  session_id: number | null;
  kind: 'opening' | 'report' | 'closing' | 'other';
  speaker_member_id: number | null;
  speaker_name: string;
  title: string;
  text: string;
  delivered_at: string;
  created_at: string;
}

export interface MotionTable {
  id: Generated<number>;
  org_id: number;
  convention_id: number;
  session_id: number | null;
  kind: 'motion' | 'statement' | 'resolution';
  title: string;
  text: string;
  status: 'draft' | 'voting' | 'adopted' | 'rejected' | 'withdrawn';
  ballot: 'open' | 'secret' | null;
  vote_rule: string | null;
  entitled: number | null;
  present: number | null;
  result: string | null;
  decided_at: string | null;
  public_id: string | null;
  published_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  mover_member_id: number | null;
  withdrawn_at: string | null;
  withdrawn_reason: string | null;
  ballot_medium: 'electronic' | 'paper' | null;
}

export interface MotionAmendmentTable {
  id: Generated<number>;
  org_id: number;
  motion_id: number;
  text: string;
  rationale: string | null;
  status: 'proposed' | 'accepted' | 'rejected';
  created_at: string;
  decided_at: string | null;
}

export type BallotChoice = 'for' | 'against' | 'abstain';

export interface OpenVoteTable {
  org_id: number;
  motion_id: number;
  roster_id: number;
  choice: BallotChoice;
}

/** Who has cast a secret ballot; nothing here says how. */
export interface SecretBallotVoterTable {
  org_id: number;
  motion_id: number;
  roster_id: number;
}

/** Running totals of secret ballots per choice; nothing here says who. */
export interface SecretBallotTallyTable {
  org_id: number;
  motion_id: number;
  choice: BallotChoice;
  ballots: number;
}

export interface DecisionDispatchTable {
  id: Generated<number>;
  org_id: number;
  motion_id: number;
  unit_id: number;
  sent_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
}

export interface ProceedingsTable {
  id: Generated<number>;
  org_id: number;
  convention_id: number;
  status: 'draft' | 'approved';
  document: string;
  content_hash: string;
  approved_at: string | null;
  approved_by: string | null;
  version: number;
  created_at: string;
  public_id: string | null;
  published_at: string | null;
}

/** Totals of a paper secret ballot as the tellers counted them; nothing here says who voted how. */
export interface PaperBallotTotalsTable {
  motion_id: number;
  org_id: number;
  votes_for: number;
  votes_against: number;
  abstentions: number;
  spoilt: number;
  entered_by: string;
  entered_at: string;
  version: number;
}

export interface FeedTokenTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface DB {
  orgs: OrgTable;
  rulebook_versions: RulebookVersionTable;
  units: UnitTable;
  unit_events: UnitEventTable;
  members: MemberTable;
  placements: PlacementTable;
  member_events: MemberEventTable;
  office_terms: OfficeTermTable;
  import_batches: ImportBatchTable;
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  password_resets: PasswordResetTable;
  grants: GrantTable;
  login_throttle: LoginThrottleTable;
  audit_events: AuditEventTable;
  audit_personal: AuditPersonalTable;
  audit_heads: AuditHeadTable;
  membership_steps: MembershipStepTable;
  transfer_requests: TransferRequestTable;
  discipline_cases: DisciplineCaseTable;
  case_steps: CaseStepTable;
  case_attachments: CaseAttachmentTable;
  member_notices: MemberNoticeTable;
  meetings: MeetingTable;
  meeting_attendance: MeetingAttendanceTable;
  meeting_minutes: MeetingMinutesTable;
  meeting_decisions: MeetingDecisionTable;
  convention_series: ConventionSeriesTable;
  conventions: ConventionTable;
  convention_roster: ConventionRosterTable;
  convention_sessions: ConventionSessionTable;
  session_checkins: SessionCheckinTable;
  convention_addresses: ConventionAddressTable;
  motions: MotionTable;
  motion_amendments: MotionAmendmentTable;
  open_votes: OpenVoteTable;
  secret_ballot_voters: SecretBallotVoterTable;
  secret_ballot_tallies: SecretBallotTallyTable;
  decision_dispatches: DecisionDispatchTable;
  proceedings: ProceedingsTable;
  paper_ballot_totals: PaperBallotTotalsTable;
  feed_tokens: FeedTokenTable;
  courses: CourseTable;
  course_classes: CourseClassTable;
  enrolments: EnrolmentTable;
  enrolment_events: EnrolmentEventTable;
  lessons: LessonTable;
  lesson_attendance: LessonAttendanceTable;
  instructor_availability: InstructorAvailabilityTable;
  qualifications: QualificationTable;
  signing_keys: SigningKeyTable;
  certificates: CertificateTable;
}

export interface CourseTable {
  id: Generated<number>;
  org_id: number;
  unit_id: number;
  code: string;
  title: string;
  area: string;
  level: 'beginner' | 'intermediate' | 'advanced' | 'instructor';
  description: string;
  fee: number;
  currency: string;
  lessons: number;
  min_attendance_percent: number;
  final_piece_required: number;
  status: 'active' | 'retired';
  version: number;
  created_at: string;
  updated_at: string;
}

export interface CourseClassTable {
  id: Generated<number>;
  org_id: number;
  unit_id: number;
  course_id: number;
  instructor_id: number;
  schedule: string;
  room: string;
  capacity: number;
  starts_on: string;
  ends_on: string;
  time_zone: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EnrolmentTable {
  id: Generated<number>;
  org_id: number;
  class_id: number;
  member_id: number;
  state: 'enquiry' | 'enrolled' | 'waitlisted' | 'completed' | 'dropped' | 'transferred';
  waitlisted_at: string | null;
  over_capacity_reason: string | null;
  final_piece: 'passed' | 'failed' | null;
  transferred_to_id: number | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EnrolmentEventTable {
  id: Generated<number>;
  org_id: number;
  enrolment_id: number;
  action: string;
  from_state: string | null;
  to_state: string;
  reason: string | null;
  actor: string;
  at: string;
}

/** A class lesson or a private lesson: an instructor (and a room) for a time; never double-booked. */
export interface LessonTable {
  id: Generated<number>;
  org_id: number;
  unit_id: number;
  class_id: number | null;
  kind: 'class' | 'private';
  instructor_id: number;
  student_id: number | null;
  room: string | null;
  /** The room as clashes compare it (whitespace collapsed, trimmed, lower-cased): computed by the database. */
  room_key: GeneratedAlways<string | null>;
  /** The craft area (a rulebook area key): a class lesson's course's, or the one a private lesson names. */
  area: string | null;
  /** Why a private lesson was booked outside the instructor's weekly availability (an explicit override). */
  outside_availability_reason: string | null;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  status: 'booked' | 'cancelled';
  cancel_reason: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface LessonAttendanceTable {
  org_id: number;
  lesson_id: number;
  member_id: number;
  status: 'present' | 'absent' | 'excused';
  recorded_at: string;
}

export interface InstructorAvailabilityTable {
  id: Generated<number>;
  org_id: number;
  instructor_id: number;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  start_time: string;
  end_time: string;
  time_zone: string;
  created_at: string;
}

export interface QualificationTable {
  id: Generated<number>;
  org_id: number;
  member_id: number;
  area: string;
  kind: 'qualification' | 'licence';
  title: string;
  issuer: string;
  number: string | null;
  issued_on: string;
  expires_on: string | null;
  revoked_at: string | null;
  version: number;
  created_at: string;
}

export interface SigningKeyTable {
  id: Generated<number>;
  org_id: number;
  kid: string;
  public_jwk: string;
  /** PKCS#8 PEM of the Ed25519 private key: read by the signer only. */
  private_pkcs8: string;
  status: 'active' | 'retired';
  created_at: string;
  retired_at: string | null;
}

export interface CertificateTable {
  id: Generated<number>;
  org_id: number;
  number: string;
  enrolment_id: number;
  member_id: number;
  course_id: number;
  issued_on: string;
  show_name: number;
  show_course: number;
  show_issued_on: number;
  consent_recorded_at: string;
  credential_jwt: string;
  signing_kid: string;
  revoked_at: string | null;
  revocation_reason: string | null;
  version: number;
  created_at: string;
}
