import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { templateRulebook } from './templates.js';
import { parseRulebook, validateRulebook } from './validate-rulebook.js';

const minimal = {
  format: 'cellbook-rulebook/1',
  version: 1,
  name: { en: 'Club', ko: '동호회' },
  unitKinds: [{ key: 'club', name: { en: 'Club', ko: '동호회' }, root: true, holdsMembers: true }],
};

function problems(input: unknown): { path: string; message: string }[] {
  try {
    validateRulebook(input);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).problems.map((p) => ({ path: p.path, message: p.message }));
  }
  throw new Error('expected the rulebook to be refused');
}

describe('membership and discipline sections', () => {
  it('keeps rulebooks written without them valid, with defaults: one-year probation, no lapse, ratified expulsion', () => {
    const rb = validateRulebook(structuredClone(minimal));
    expect(rb.membership).toEqual({ candidateMonths: 12, maxProbationExtensions: 1, probationExtensionMonths: 6, transferDays: 30, lapseAfterMonths: null });
    expect(rb.discipline.penalties.map((p) => p.key)).toEqual(['warning', 'serious_warning', 'expulsion']);
    expect(rb.discipline.penalties.at(-1)?.ratifiedBy).toBe('parent');
    expect(rb.discipline.vote).toEqual({ quorum: 'majority', majority: 'simple' });
  });

  it('ships the party with expulsion ratified by the primary committee, and the culture center without a candidate stage', () => {
    const party = templateRulebook('party');
    expect(party.discipline.penalties.find((p) => p.key === 'expulsion')?.ratifiedBy).toBe('primary_committee');
    expect(party.discipline.penalties.find((p) => p.key === 'probation')?.maxMonths).toBe(12);
    expect(templateRulebook('culture-center').membership.candidateMonths).toBe(0);
  });

  it('lists every penalty problem with its path', () => {
    const doc = {
      ...structuredClone(minimal),
      discipline: {
        vote: { quorum: 'most', majority: 'simple' },
        penalties: [
          { key: 'warning', name: { en: 'Warning', ko: '경고' } },
          { key: 'warning', name: { en: 'Again', ko: '또' }, ratifiedBy: 'senate' },
          { key: 'probation', name: { en: 'Probation', ko: '근신' }, effect: 'probation' },
        ],
      },
    };
    const found = problems(doc);
    expect(found.map((p) => p.path)).toContain('discipline.vote.quorum');
    // With the vote fixed, the cross-checks of penalties are reported together.
    doc.discipline.vote.quorum = 'majority';
    expect(problems(doc)).toEqual([
      { path: 'discipline.penalties[1].key', message: "duplicate penalty 'warning' (also discipline.penalties[0])" },
      { path: 'discipline.penalties[1].ratifiedBy', message: "'senate' is neither 'parent' nor a unit kind; known kinds: club" },
      { path: 'discipline.penalties[2].maxMonths', message: 'a probation needs its longest length in months' },
    ]);
  });

  it('locates problems in YAML by line', () => {
    const yaml = `format: cellbook-rulebook/1
version: 1
name: { en: Club, ko: 동호회 }
unitKinds:
  - { key: club, name: { en: Club, ko: 동호회 }, root: true, holdsMembers: true }
membership:
  candidateMonths: -1
`;
    try {
      parseRulebook(yaml);
      throw new Error('expected a refusal');
    } catch (e) {
      expect((e as AppError).problems[0]).toMatchObject({ path: 'membership.candidateMonths', line: 7 });
    }
  });
});
