import type { AppContext } from '../app/context.js';
import { createCourse } from '../app/create-course.js';
import { createOrg } from '../app/create-org.js';
import { createUnit } from '../app/create-unit.js';
import { openClass } from '../app/open-class.js';
import { recordQualification } from '../app/record-qualification.js';
import type { ClassView, CourseView } from '../app/training-views.js';
import type { MemberView, UnitView } from '../app/views.js';
import { templateRulebook } from '../core/rulebook/templates.js';
import { buildMember } from './factories.js';

export interface CenterWorld {
  slug: string;
  center: UnitView;
  program: UnitView;
  classUnits: UnitView[];
  instructor: MemberView;
  course: CourseView;
}

let centerSeq = 0;
/**
 * A culture center (center → home-fashion program → class units), an instructor placed in the
 * center with a home-fashion licence valid until `licenceExpires`, and a home-fashion course.
 */
export async function buildCenter(ctx: AppContext, opts: { classUnits?: number; licenceExpires?: string | null } = {}): Promise<CenterWorld> {
  const slug = `center-${++centerSeq}`;
  await createOrg(ctx, { slug, rulebook: templateRulebook('culture-center') });
  const center = await createUnit(ctx, { org: slug, code: 'CTR', name: 'Center', kind: 'center' });
  const program = await createUnit(ctx, { org: slug, code: 'HF', name: 'Home fashion', kind: 'program', parent: { id: center.id } });
  const classUnits: UnitView[] = [];
  for (let i = 1; i <= (opts.classUnits ?? 2); i++) classUnits.push(await createUnit(ctx, { org: slug, code: `HF-${i}`, name: `Home fashion class ${i}`, kind: 'class', parent: { id: program.id } }));
  const instructor = await buildMember(ctx, slug, center, { familyName: 'Teacher', givenName: 'Fictional' });
  await recordQualification(ctx, { org: slug, member: { id: instructor.id }, area: 'home_fashion', kind: 'licence', title: 'Home fashion instructor, grade 1', issuer: 'Fictional Craft Association', number: 'HF-0001', issuedOn: '2020-03-01', expiresOn: opts.licenceExpires === undefined ? '2030-02-28' : opts.licenceExpires });
  const course = await createCourse(ctx, { org: slug, unit: { id: program.id }, code: 'HF101', title: 'Curtains and cushions', area: 'home_fashion', level: 'beginner', description: 'Sew curtains and cushions for your home.', fee: 180000, lessons: 8 });
  return { slug, center, program, classUnits, instructor, course };
}

/** A class of the world's course in class unit `i` (0-based) with `capacity` places. */
export async function buildClass(ctx: AppContext, w: CenterWorld, i = 0, capacity = 2, room = `Room ${i + 1}`): Promise<ClassView> {
  const unit = w.classUnits[i];
  if (!unit) throw new Error(`buildClass: no class unit ${i}`);
  return openClass(ctx, { org: w.slug, unit: { id: unit.id }, course: { id: w.course.id }, instructor: { id: w.instructor.id }, schedule: 'Tue 10:00–12:00', room, capacity, startsOn: '2026-12-01', endsOn: '2027-01-31', timeZone: 'Asia/Seoul' });
}

/** A student placed in the center. */
export const buildStudent = (ctx: AppContext, w: CenterWorld, givenName?: string): Promise<MemberView> => buildMember(ctx, w.slug, w.center, givenName ? { givenName } : {});
