import type { Generated } from 'kysely';

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
  version: number;
  created_at: string;
  updated_at: string;
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
}
