import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { templateRulebook } from '../rulebook/templates.js';
import { checkAttachment } from './attachments.js';
import { appealBody, assertReduction, penaltyMonths, penaltyRule, ratifyingBody, sanctionEnd, sanctionInForce } from './penalties.js';

const party = templateRulebook('party').discipline;
// cell's ancestors, root first
const chain = [
  { id: 1, kind: 'central_committee' },
  { id: 2, kind: 'provincial_committee' },
  { id: 3, kind: 'county_committee' },
  { id: 4, kind: 'primary_committee' },
  { id: 5, kind: 'sectional_committee' },
];

function error(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected a refusal');
}

describe('penalties of the party rulebook', () => {
  it('finds the ratifying body by kind or parent, and the appeal body above it', () => {
    expect(ratifyingBody(penaltyRule(party, 'warning'), chain)).toBeNull();
    expect(ratifyingBody(penaltyRule(party, 'expulsion'), chain)).toEqual({ id: 4, kind: 'primary_committee' });
    expect(ratifyingBody(penaltyRule(party, 'probation'), chain)).toEqual({ id: 5, kind: 'sectional_committee' });
    expect(appealBody(chain, { id: 4, kind: 'primary_committee' })).toEqual({ id: 3, kind: 'county_committee' });
    expect(appealBody(chain, null)).toEqual({ id: 5, kind: 'sectional_committee' });
    // The primary committee deciding an expulsion itself: nothing of its kind above, so it stands.
    expect(ratifyingBody(penaltyRule(party, 'expulsion'), chain.slice(0, 3))).toBeNull();
    expect(appealBody([], null)).toBeNull();
  });

  it('checks probation lengths and refuses lengths elsewhere', () => {
    expect(penaltyMonths(penaltyRule(party, 'probation'), 6)).toBe(6);
    expect(error(() => penaltyMonths(penaltyRule(party, 'probation'), 13)).problems[0]?.message).toMatch(/1 to 12/);
    expect(error(() => penaltyMonths(penaltyRule(party, 'probation'), undefined)).code).toBe('validation_failed');
    expect(error(() => penaltyMonths(penaltyRule(party, 'warning'), 3)).code).toBe('validation_failed');
    expect(error(() => penaltyRule(party, 'flogging')).problems[0]?.message).toMatch(/warning, serious_warning/);
  });

  it('lets an appeal only reduce', () => {
    expect(() => assertReduction(party, 'expulsion', 'warning', null, null)).not.toThrow();
    expect(() => assertReduction(party, 'probation', 'probation', 12, 6)).not.toThrow();
    expect(error(() => assertReduction(party, 'warning', 'expulsion', null, null)).code).toBe('rule_violation');
    expect(error(() => assertReduction(party, 'probation', 'probation', 6, 6)).code).toBe('rule_violation');
  });

  it('a probation is in force from its start until the day before its end, by the date alone', () => {
    const end = sanctionEnd('2026-01-31', 1);
    expect(end).toBe('2026-02-28');
    expect(sanctionInForce('2026-01-31', end, '2026-01-30')).toBe(false);
    expect(sanctionInForce('2026-01-31', end, '2026-01-31')).toBe(true);
    expect(sanctionInForce('2026-01-31', end, '2026-02-27')).toBe(true);
    expect(sanctionInForce('2026-01-31', end, '2026-02-28')).toBe(false);
  });
});

describe('evidence attachments', () => {
  const rules = party.attachments;
  const pdf = new TextEncoder().encode('%PDF-1.7\n…');
  it('accepts an allowed type within the limit whose content matches', () => {
    expect(() => checkAttachment(rules, { filename: 'minutes.pdf', contentType: 'application/pdf', bytes: pdf })).not.toThrow();
    expect(() => checkAttachment(rules, { filename: 'note.txt', contentType: 'text/plain', bytes: new TextEncoder().encode('회의록') })).not.toThrow();
  });
  it('refuses other types, oversize or mislabelled files and odd names, listing every problem', () => {
    const e = error(() => checkAttachment({ ...rules, maxBytes: 4 }, { filename: '../x.exe', contentType: 'application/x-msdownload', bytes: pdf }));
    expect(e.code).toBe('validation_failed');
    expect(e.problems.map((p) => p.path).sort()).toEqual(['content', 'contentType', 'filename']);
    expect(e.problems.find((p) => p.path === 'contentType')?.message).toMatch(/not allowed; allowed: application\/pdf/);
    expect(error(() => checkAttachment(rules, { filename: 'fake.png', contentType: 'image/png', bytes: pdf })).problems[0]?.message).toBe('the content is not image/png');
    expect(error(() => checkAttachment(rules, { filename: 'empty.txt', contentType: 'text/plain', bytes: new Uint8Array() })).problems[0]?.message).toBe('the file is empty');
  });
});
