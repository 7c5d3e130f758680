import { addDays } from '../core/dates.js';
import { AppError } from '../core/errors.js';
import { isInSubtree } from '../core/unit-path.js';
import { listClasses } from '../store/course.repository.js';
import { findQualification, listExpiringQualifications, listQualificationsOf } from '../store/qualification.repository.js';
import { findUnitById } from '../store/unit.repository.js';
import { allowsOrgWide, memberFor, scopedOrg, unitFor } from './access.js';
import { readDb, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import type { MemberRef, UnitRef } from './refs.js';
import { qualificationView, type QualificationView } from './training-views.js';

export interface TrainingAttentionItem {
  kind: 'qualification_expiring' | 'qualification_expired';
  /** The last valid day. */
  dueOn: string;
  daysLeft: number;
  memberId: number;
  memberNo: string;
  qualificationId: number;
  area: string;
  title: string;
  number: string | null;
  /** Classes this person teaches that run past the expiry. */
  classesAffected: string[];
  message: string;
}

const dayDiff = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/**
 * Instructor qualifications and licences that expire within the rulebook's warning period (90 days
 * by default) or have expired while the holder still teaches a class: for those who may read the
 * holders' records (a subtree at a time, or the whole organization).
 */
export async function trainingAttention(ctx: AppContext, input: { org: string; within?: UnitRef | undefined }): Promise<{ asOf: string; warningDays: number; items: TrainingAttentionItem[] }> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, input.org));
  const within = input.within ? await unitFor(db, s, input.within, 'read') : undefined;
  const orgWide = within === undefined && (await allowsOrgWide(db, s, 'read'));
  if (!within && !orgWide) throw new AppError('forbidden', 'You may not read the whole organization', { hint: 'Name a unit you may read (within)' });
  const today = todayOf(ctx);
  const days = s.rules.rulebook.training.expiryWarningDays;
  const classes = await listClasses(db, s.org.id, { limit: 100_000 });
  const items: TrainingAttentionItem[] = [];
  const paths = new Map<number, string | null>();
  for (const q of await listExpiringQualifications(db, s.org.id, addDays(today, days))) {
    if (!paths.has(q.member_id)) paths.set(q.member_id, q.unit_id === null ? null : ((await findUnitById(db, s.org.id, q.unit_id))?.path ?? null));
    const path = paths.get(q.member_id) ?? null;
    if (within ? path === null || !isInSubtree(path, within.path) : !orgWide && (path === null || !s.access.allows('read', path))) continue;
    const expires = q.expires_on ?? today;
    const teaching = classes.filter((k) => k.instructor_id === q.member_id && k.ends_on > expires);
    const expired = expires < today;
    // An expired qualification matters only while its holder still teaches; otherwise it is history.
    if (expired && teaching.length === 0) continue;
    const left = dayDiff(today, expires);
    items.push({
      kind: expired ? 'qualification_expired' : 'qualification_expiring',
      dueOn: expires,
      daysLeft: left,
      memberId: q.member_id,
      memberNo: q.member_no,
      qualificationId: q.id,
      area: q.area,
      title: q.title,
      number: q.number,
      classesAffected: teaching.map((k) => k.unit_code),
      message: expired
        ? `${q.kind === 'licence' ? 'Licence' : 'Qualification'} ${q.number ?? q.title} of ${q.member_no} expired on ${expires}; classes ${teaching.map((k) => k.unit_code).join(', ')} need a qualified instructor`
        : `${q.kind === 'licence' ? 'Licence' : 'Qualification'} ${q.number ?? q.title} of ${q.member_no} expires on ${expires} (in ${left} days)${teaching.length ? `, before classes ${teaching.map((k) => k.unit_code).join(', ')} end` : ''}`,
    });
  }
  return { asOf: today, warningDays: days, items };
}

/** A member's qualifications and licences, with whether each is valid today. */
export async function listQualifications(ctx: AppContext, org: string, member: MemberRef): Promise<QualificationView[]> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  const m = await memberFor(db, s, member, 'read');
  const today = todayOf(ctx);
  return (await listQualificationsOf(db, s.org.id, m.id)).map((q) => qualificationView(q, today));
}

/** One qualification, for those who may read its holder's record (out of sight answers like missing). */
export async function getQualification(ctx: AppContext, org: string, id: number): Promise<QualificationView> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  const missing = new AppError('not_found', `Qualification with id ${id} was not found`);
  const q = await findQualification(db, s.org.id, id);
  if (!q) throw missing;
  await memberFor(db, s, { id: q.member_id }, 'read').catch((e: unknown) => {
    throw e instanceof AppError && e.code === 'not_found' ? missing : e;
  });
  return qualificationView(q, todayOf(ctx));
}
