import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { RulebookIndex } from './rulebook-index.js';
import { templateRulebook } from './templates.js';

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError, but nothing was thrown');
}

const party = new RulebookIndex(templateRulebook('party'));
const center = new RulebookIndex(templateRulebook('culture-center'));

/** Where each party unit may sit, written out by hand (null: at the top of the tree). */
const partyPlacements: Record<string, (string | null)[]> = {
  central_committee: [null],
  provincial_committee: ['central_committee'],
  county_committee: ['provincial_committee'],
  primary_committee: ['county_committee'],
  sectional_committee: ['primary_committee'],
  village_committee: ['primary_committee'],
  cell: ['primary_committee', 'sectional_committee', 'village_committee'],
};

describe('RulebookIndex.assertPlacement (party)', () => {
  it('allows a cell under a sectional committee', () => {
    expect(() => party.assertPlacement('cell', 'sectional_committee')).not.toThrow();
  });

  it('allows the central committee at the top', () => {
    expect(() => party.assertPlacement('central_committee', null)).not.toThrow();
  });

  it('refuses a cell under a cell, saying what is allowed', () => {
    const error = thrown(() => party.assertPlacement('cell', 'cell'));
    expect(error.code).toBe('rule_violation');
    expect(error.status).toBe(422);
    expect(error.message).toBe('A Cell cannot sit under a Cell');
    expect(error.hint).toBe('Allowed: Primary Committee or Sectional Committee or Village Committee');
  });

  it('refuses a cell at the top of the tree', () => {
    const error = thrown(() => party.assertPlacement('cell', null));
    expect(error.code).toBe('rule_violation');
    expect(error.message).toBe('A Cell must sit under a Primary Committee or Sectional Committee or Village Committee');
  });

  it('refuses the central committee under anything', () => {
    const error = thrown(() => party.assertPlacement('central_committee', 'provincial_committee'));
    expect(error.code).toBe('rule_violation');
    expect(error.hint).toBe('Allowed: the top of the tree');
  });

  const parents = [null, ...Object.keys(partyPlacements)];
  const cases = Object.entries(partyPlacements).flatMap(([child, allowed]) =>
    parents.map((parent) => ({ child, parent, allowed: allowed.includes(parent) })),
  );

  it.each(cases)('$child under $parent: allowed=$allowed', ({ child, parent, allowed }) => {
    if (allowed) expect(() => party.assertPlacement(child, parent)).not.toThrow();
    else expect(thrown(() => party.assertPlacement(child, parent)).code).toBe('rule_violation');
  });

  it('refuses an unknown child kind with validation_failed, listing the known kinds', () => {
    const error = thrown(() => party.assertPlacement('cel', 'sectional_committee'));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe("Unknown unit kind 'cel'");
    expect(error.problems).toEqual([{ path: 'kind', message: expect.stringContaining('sectional_committee') }]);
  });

  it('refuses an unknown parent kind with validation_failed', () => {
    expect(thrown(() => party.assertPlacement('cell', 'squad')).code).toBe('validation_failed');
  });
});

describe('RulebookIndex (culture center)', () => {
  it('places classes under programs and programs under the center', () => {
    expect(() => center.assertPlacement('center', null)).not.toThrow();
    expect(() => center.assertPlacement('program', 'center')).not.toThrow();
    expect(() => center.assertPlacement('class', 'program')).not.toThrow();
    expect(thrown(() => center.assertPlacement('class', 'center')).code).toBe('rule_violation');
    expect(thrown(() => center.assertPlacement('program', null)).code).toBe('rule_violation');
  });

  it('knows which kinds hold members', () => {
    expect(center.memberKinds().map((k) => k.key)).toEqual(['center', 'class']);
    expect(party.memberKinds().map((k) => k.key)).toEqual(['cell']);
  });

  it('looks kinds up by key', () => {
    expect(center.kind('class').size).toEqual({ min: 1, max: 12 });
    expect(center.hasKind('class')).toBe(true);
    expect(center.hasKind('cell')).toBe(false);
    expect(thrown(() => center.kind('cell')).code).toBe('validation_failed');
  });
});
