import { RULEBOOK_FORMAT, type Rulebook } from './schema.js';
import { validateRulebook } from './validate-rulebook.js';

/**
 * A party organized as a chain of committees with cells of 5–30 members at the bottom, each led by
 * a cell secretary.
 */
const party = {
  format: RULEBOOK_FORMAT,
  version: 1,
  name: { en: 'Party', ko: '당' },
  memberNumber: { prefix: 'P', digits: 7 },
  membership: { candidateMonths: 12, maxProbationExtensions: 1, probationExtensionMonths: 12, transferDays: 30, lapseAfterMonths: null },
  discipline: {
    defenceDays: 14,
    appealDays: 30,
    vote: { quorum: 'majority', majority: 'simple' },
    // Mildest first. Expulsion stands only when the primary committee above the cell ratifies it.
    penalties: [
      { key: 'warning', name: { en: 'Warning', ko: '경고' }, effect: 'none', ratifiedBy: null },
      { key: 'serious_warning', name: { en: 'Serious warning', ko: '엄중경고' }, effect: 'none', ratifiedBy: null },
      { key: 'removal_from_office', name: { en: 'Removal from office', ko: '직위해제' }, effect: 'remove_from_office', ratifiedBy: 'parent' },
      { key: 'probation', name: { en: 'Probation', ko: '근신' }, effect: 'probation', maxMonths: 12, ratifiedBy: 'parent' },
      { key: 'expulsion', name: { en: 'Expulsion', ko: '출당' }, effect: 'expulsion', ratifiedBy: 'primary_committee' },
    ],
    attachments: { maxBytes: 2097152, types: ['application/pdf', 'image/png', 'image/jpeg', 'text/plain'] },
  },
  // A cell holds its general meeting monthly; committees meet quarterly.
  meetings: {
    cadence: [
      { unitKind: 'cell', everyMonths: 1 },
      { unitKind: 'primary_committee', everyMonths: 3 },
      { unitKind: 'county_committee', everyMonths: 3 },
      { unitKind: 'provincial_committee', everyMonths: 3 },
    ],
    vote: { quorum: 'two_thirds', majority: 'simple' },
  },
  // Conventions adopt with more than half of the roster present, by a simple majority of votes cast.
  conventions: { vote: { quorum: 'majority', majority: 'simple' } },
  // Party school: study courses run as classes in any unit that holds members (a cell's study group).
  training: {
    areas: [
      { key: 'political_study', name: { en: 'Political study', ko: '정치학습' } },
      { key: 'organizational_work', name: { en: 'Organizational work', ko: '조직사업' } },
    ],
    completion: { minAttendancePercent: 80, finalPieceRequired: false },
    certificatePrefix: 'PS',
  },
  unitKinds: [
    {
      key: 'central_committee',
      name: { en: 'Central Committee', ko: '중앙위원회' },
      root: true,
      offices: [{ key: 'chair', name: { en: 'Chair', ko: '위원장' }, required: true }],
    },
    {
      key: 'provincial_committee',
      name: { en: 'Provincial Committee', ko: '도위원회' },
      parents: ['central_committee'],
      offices: [{ key: 'chief_secretary', name: { en: 'Chief Secretary', ko: '책임비서' }, required: true, termMonths: 60 }],
    },
    {
      key: 'county_committee',
      name: { en: 'City/County Committee', ko: '시·군위원회' },
      parents: ['provincial_committee'],
      offices: [{ key: 'chief_secretary', name: { en: 'Chief Secretary', ko: '책임비서' }, required: true, termMonths: 60 }],
    },
    {
      key: 'primary_committee',
      name: { en: 'Primary Committee', ko: '초급위원회' },
      parents: ['county_committee'],
      offices: [{ key: 'secretary', name: { en: 'Secretary', ko: '비서' }, required: true, termMonths: 24 }],
    },
    {
      key: 'sectional_committee',
      name: { en: 'Sectional Committee', ko: '부문위원회' },
      parents: ['primary_committee'],
      offices: [{ key: 'secretary', name: { en: 'Secretary', ko: '비서' }, required: false, termMonths: 24 }],
    },
    {
      key: 'village_committee',
      name: { en: 'Village Committee', ko: '리위원회' },
      parents: ['primary_committee'],
      offices: [{ key: 'secretary', name: { en: 'Secretary', ko: '비서' }, required: false, termMonths: 24 }],
    },
    {
      key: 'cell',
      name: { en: 'Cell', ko: '세포' },
      parents: ['primary_committee', 'sectional_committee', 'village_committee'],
      holdsMembers: true,
      size: { min: 5, max: 30 },
      offices: [
        { key: 'secretary', name: { en: 'Cell Secretary', ko: '세포비서' }, required: true, termMonths: 12 },
        { key: 'deputy_secretary', name: { en: 'Deputy Cell Secretary', ko: '부세포비서' }, required: false, termMonths: 12 },
      ],
    },
  ],
};

/** A small lifelong-learning center: center → programs (craft areas) → classes of students. */
const cultureCenter = {
  format: RULEBOOK_FORMAT,
  version: 1,
  name: { en: 'Culture Center', ko: '문화센터' },
  memberNumber: { prefix: 'S', digits: 5 },
  // Students enrol directly; a class rarely votes, so its decisions need no quorum.
  membership: { candidateMonths: 0, maxProbationExtensions: 0, probationExtensionMonths: 1, transferDays: 14, lapseAfterMonths: 12 },
  discipline: {
    defenceDays: 7,
    appealDays: 14,
    vote: { quorum: 'none', majority: 'simple' },
    penalties: [
      { key: 'warning', name: { en: 'Warning', ko: '경고' }, effect: 'none', ratifiedBy: null },
      { key: 'removal_from_office', name: { en: 'Removal from office', ko: '직위해제' }, effect: 'remove_from_office', ratifiedBy: 'center' },
      { key: 'expulsion', name: { en: 'Expulsion', ko: '제적' }, effect: 'expulsion', ratifiedBy: 'center' },
    ],
    attachments: { maxBytes: 1048576, types: ['application/pdf', 'image/png', 'image/jpeg'] },
  },
  // A class meets for its lesson at least monthly; the center's staff meeting is quarterly.
  meetings: {
    cadence: [
      { unitKind: 'class', everyMonths: 1 },
      { unitKind: 'center', everyMonths: 3 },
    ],
    vote: { quorum: 'majority', majority: 'simple' },
  },
  conventions: { vote: { quorum: 'none', majority: 'simple' } },
  // The founder's seven certified areas; classes are units of kind class.
  training: {
    classKinds: ['class'],
    areas: [
      { key: 'home_fashion', name: { en: 'Home fashion', ko: '홈패션' } },
      { key: 'ribbon_art', name: { en: 'Ribbon art', ko: '리본아트' } },
      { key: 'wood_art', name: { en: 'Wood art', ko: '우드아트' } },
      { key: 'quilting', name: { en: 'Quilting', ko: '퀼트' } },
      { key: 'decoupage', name: { en: 'Decoupage', ko: '냅킨아트' } },
      { key: 'hanji_craft', name: { en: 'Hanji paper craft', ko: '한지공예' } },
      { key: 'flower_art', name: { en: 'Flower art', ko: '플라워아트' } },
    ],
    completion: { minAttendancePercent: 80, finalPieceRequired: true },
    expiryWarningDays: 90,
    certificatePrefix: 'SB',
  },
  unitKinds: [
    {
      key: 'center',
      name: { en: 'Center', ko: '센터' },
      root: true,
      // Staff (the founder, instructors) are placed in the center itself.
      holdsMembers: true,
      offices: [{ key: 'director', name: { en: 'Director', ko: '원장' }, required: true }],
    },
    {
      key: 'program',
      name: { en: 'Program', ko: '과정' },
      parents: ['center'],
      offices: [],
    },
    {
      key: 'class',
      name: { en: 'Class', ko: '반' },
      parents: ['program'],
      holdsMembers: true,
      size: { min: 1, max: 12 },
      offices: [{ key: 'instructor', name: { en: 'Instructor', ko: '강사' }, required: true, termMonths: 12, holderFrom: 'organization' }],
    },
  ],
};

export const templateNames = ['party', 'culture-center'] as const;
export type TemplateName = (typeof templateNames)[number];

const templates: Record<TemplateName, unknown> = { party, 'culture-center': cultureCenter };

export function isTemplateName(value: string): value is TemplateName {
  return (templateNames as readonly string[]).includes(value);
}

/** A fresh, validated copy of a shipped template. */
export function templateRulebook(name: TemplateName): Rulebook {
  return validateRulebook(structuredClone(templates[name]), `template '${name}'`);
}
