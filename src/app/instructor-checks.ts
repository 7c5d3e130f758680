import { AppError } from '../core/errors.js';
import { isActiveStatus, type MemberStatus } from '../core/member-status.js';
import type { Executor } from '../store/database.js';
import type { MemberRow } from '../store/member.repository.js';
import { listQualificationsOf } from '../store/qualification.repository.js';
import { isQualificationValid } from './training-views.js';

/**
 * An instructor may teach a course only with a qualification (or licence) for its area that is
 * valid on every day given (today, and the first day of the class).
 */
export async function assertQualified(db: Executor, orgId: number, instructor: MemberRow, area: string, days: readonly string[]): Promise<void> {
  if (!isActiveStatus(instructor.status as MemberStatus) || instructor.status === 'suspended') {
    throw new AppError('rule_violation', `Member '${instructor.member_no}' is not an active member and cannot teach`);
  }
  const held = (await listQualificationsOf(db, orgId, instructor.id)).filter((q) => q.area === area);
  const missing = days.filter((d) => !held.some((q) => isQualificationValid(q, d)));
  if (missing.length > 0) {
    const expired = held.find((q) => q.expires_on !== null && q.expires_on < (missing[0] ?? ''));
    throw new AppError('rule_violation', `Member '${instructor.member_no}' holds no valid qualification for '${area}' on ${missing.join(' and ')}`, {
      hint: expired ? `Their qualification ${expired.number ?? expired.title} expired on ${expired.expires_on ?? ''}; record the renewed one first` : 'Record their qualification for this area first (cellbook qualification add)',
    });
  }
}
