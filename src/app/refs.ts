import { AppError } from '../core/errors.js';
import type { Executor } from '../store/database.js';
import { findMemberById, findMemberByNo, type MemberRow } from '../store/member.repository.js';
import { findUnitByCode, findUnitById, type UnitRow } from '../store/unit.repository.js';

/** A unit named by its id (API) or its code (CLI, CSV). */
export type UnitRef = { id: number } | { code: string };
/** A member named by id or member number. */
export type MemberRef = { id: number } | { memberNo: string };

/** The one "not found" for units: out-of-scope units answer with exactly this too. */
export const unitNotFound = (ref: UnitRef, label = 'Unit'): AppError =>
  new AppError('not_found', `${label} with ${'id' in ref ? `id ${ref.id}` : `code '${ref.code}'`} was not found`);

export const memberNotFound = (ref: MemberRef): AppError =>
  new AppError('not_found', `Member with ${'id' in ref ? `id ${ref.id}` : `number '${ref.memberNo}'`} was not found`);

export const findUnitByRef = (db: Executor, orgId: number, ref: UnitRef): Promise<UnitRow | undefined> =>
  'id' in ref ? findUnitById(db, orgId, ref.id) : findUnitByCode(db, orgId, ref.code);

export const findMemberByRef = (db: Executor, orgId: number, ref: MemberRef): Promise<MemberRow | undefined> =>
  'id' in ref ? findMemberById(db, orgId, ref.id) : findMemberByNo(db, orgId, ref.memberNo);

/** Resolves a unit without access checks: for re-reading what a use case has just written. */
export async function resolveUnit(db: Executor, orgId: number, ref: UnitRef, label = 'Unit'): Promise<UnitRow> {
  const unit = await findUnitByRef(db, orgId, ref);
  if (!unit) throw unitNotFound(ref, label);
  return unit;
}

export function assertActive<U extends Pick<UnitRow, 'code' | 'status' | 'dissolved_on'>>(unit: U, label = 'Unit'): U {
  if (unit.status !== 'active') throw new AppError('rule_violation', `${label} '${unit.code}' was dissolved on ${unit.dissolved_on ?? '?'}`);
  return unit;
}

/** Resolves a member without access checks: for re-reading what a use case has just written. */
export async function resolveMember(db: Executor, orgId: number, ref: MemberRef): Promise<MemberRow> {
  const member = await findMemberByRef(db, orgId, ref);
  if (!member) throw memberNotFound(ref);
  return member;
}

/** Fails with 409 when the caller saw an older version than the one stored. */
export function checkVersion(what: string, stored: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== stored) {
    throw new AppError('version_conflict', `${what} was changed by someone else (your version ${expected}, current ${stored})`, {
      hint: 'Reload it and apply your change again',
    });
  }
}

export function staleWrite(what: string): AppError {
  return new AppError('version_conflict', `${what} was changed by someone else while this change was being made`, {
    hint: 'Reload it and apply your change again',
  });
}

export function requireReason(reason: string | undefined): string {
  const r = reason?.trim() ?? '';
  if (r === '') throw new AppError('validation_failed', 'A reason is required', { problems: [{ path: 'reason', message: 'say why this change is made; it is kept in the history' }] });
  if (r.length > 500) throw new AppError('validation_failed', 'The reason is too long', { problems: [{ path: 'reason', message: 'at most 500 characters' }] });
  return r;
}
