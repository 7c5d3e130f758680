import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { AppError, type Problem } from '../errors.js';
import { templateNames, templateRulebook } from './templates.js';
import { formatPath, parseRulebook, validateRulebook } from './validate-rulebook.js';

/** A rulebook as a user could write it: loose enough to hold every mistake under test. */
interface OfficeDoc {
  key: string;
  [field: string]: unknown;
}
interface KindDoc {
  key: string;
  root?: boolean;
  parents?: string[];
  holdsMembers?: boolean;
  size?: { min: number; max: number };
  offices?: OfficeDoc[];
  [field: string]: unknown;
}
interface RulebookDoc {
  format: string;
  unitKinds: KindDoc[];
  [field: string]: unknown;
}

function partyDoc(): RulebookDoc {
  return structuredClone(templateRulebook('party'));
}

function kindOf(doc: RulebookDoc, key: string): KindDoc {
  const kind = doc.unitKinds.find((k) => k.key === key);
  if (!kind) throw new Error(`test setup: no kind '${key}'`);
  return kind;
}

/** Runs `fn`, which must refuse the rulebook, and returns the listed problems. */
function refusal(fn: () => unknown): Problem[] {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(AppError);
  const error = caught as AppError;
  expect(error.code).toBe('invalid_rulebook');
  expect(error.status).toBe(400);
  return [...error.problems];
}

const paths = (problems: Problem[]): string[] => problems.map((p) => p.path);

describe('shipped templates', () => {
  it.each(templateNames)('%s validates', (name) => {
    const rb = templateRulebook(name);
    expect(rb.unitKinds.length).toBeGreaterThan(0);
    // A template must validate again as-is (what a user exports and re-imports).
    expect(validateRulebook(structuredClone(rb))).toEqual(rb);
  });

  it('party runs central committee → … → cell of 5–30 members', () => {
    const rb = templateRulebook('party');
    expect(rb.unitKinds.map((k) => k.key)).toEqual([
      'central_committee',
      'provincial_committee',
      'county_committee',
      'primary_committee',
      'sectional_committee',
      'village_committee',
      'cell',
    ]);
    const cell = rb.unitKinds.find((k) => k.key === 'cell');
    expect(cell?.holdsMembers).toBe(true);
    expect(cell?.size).toEqual({ min: 5, max: 30 });
  });

  it('culture center runs center → program → class', () => {
    const rb = templateRulebook('culture-center');
    expect(rb.unitKinds.map((k) => [k.key, k.parents])).toEqual([
      ['center', []],
      ['program', ['center']],
      ['class', ['program']],
    ]);
  });

  it('hands out fresh copies, so a caller cannot corrupt the template', () => {
    const first = templateRulebook('party');
    first.unitKinds.length = 0;
    expect(templateRulebook('party').unitKinds).toHaveLength(7);
  });
});

describe('parseRulebook reads JSON and YAML text', () => {
  it.each(templateNames)('%s as JSON text', (name) => {
    const rb = templateRulebook(name);
    expect(parseRulebook(JSON.stringify(rb, null, 2))).toEqual(rb);
  });

  it.each(templateNames)('%s as YAML text', (name) => {
    const rb = templateRulebook(name);
    expect(parseRulebook(stringify(rb))).toEqual(rb);
  });

  it('reads hand-written YAML with comments and fills in defaults', () => {
    const rb = parseRulebook(
      [
        '# A small club',
        'format: cellbook-rulebook/1',
        'version: 2',
        'name: { en: Club, ko: 클럽 }',
        'unitKinds:',
        '  - key: club',
        '    name: { en: Club, ko: 클럽 }',
        '    root: true',
        '  - key: team # members play in teams',
        '    name: { en: Team, ko: 팀 }',
        '    parents: [club]',
        '    holdsMembers: true',
        '    offices:',
        '      - key: captain',
        '        name: { en: Captain, ko: 주장 }',
      ].join('\n'),
    );
    expect(rb.version).toBe(2);
    expect(rb.memberNumber).toEqual({ prefix: '', digits: 7 });
    const [club, team] = rb.unitKinds;
    expect(club).toMatchObject({ key: 'club', root: true, parents: [], holdsMembers: false, offices: [] });
    expect(team).toMatchObject({ key: 'team', root: false, parents: ['club'], holdsMembers: true });
    expect(team?.offices).toEqual([{ key: 'captain', name: { en: 'Captain', ko: '주장' }, required: false, holderFrom: 'unit' }]);
  });
});

describe('validateRulebook refuses bad documents with every problem located', () => {
  it('wrong format string', () => {
    const doc = partyDoc();
    doc.format = 'cellbook-rulebook/2';
    const problems = refusal(() => validateRulebook(doc));
    expect(problems).toEqual([{ path: 'format', message: 'must be "cellbook-rulebook/1"' }]);
  });

  it('unknown parent kind, naming the known kinds', () => {
    const doc = partyDoc();
    kindOf(doc, 'cell').parents = ['primary_committee', 'sectoinal_committee', 'village_committee'];
    const problems = refusal(() => validateRulebook(doc));
    expect(paths(problems)).toEqual(['unitKinds[6].parents[1]']);
    expect(problems[0]?.message).toContain("'sectoinal_committee'");
    expect(problems[0]?.message).toContain('sectional_committee');
  });

  it('duplicate kind key, pointing at the first one', () => {
    const doc = partyDoc();
    doc.unitKinds.push({ ...structuredClone(kindOf(doc, 'cell')) });
    const problems = refusal(() => validateRulebook(doc));
    expect(paths(problems)).toEqual(['unitKinds[7].key']);
    expect(problems[0]?.message).toMatch(/duplicate unit kind 'cell'.*unitKinds\[6\]/);
  });

  it('root kind with parents', () => {
    const doc = partyDoc();
    kindOf(doc, 'central_committee').parents = ['cell'];
    const problems = refusal(() => validateRulebook(doc));
    expect(paths(problems)).toEqual(['unitKinds[0].parents']);
    expect(problems[0]?.message).toContain('root kind cannot have parents');
  });

  it('non-root kind without parents (reported once, not again as unreachable)', () => {
    const doc = partyDoc();
    kindOf(doc, 'provincial_committee').parents = [];
    const problems = refusal(() => validateRulebook(doc));
    // The kinds below it are unreachable only because of this one mistake.
    expect(paths(problems)).toEqual(['unitKinds[1].parents']);
    expect(problems[0]?.message).toContain('root: true');
  });

  it('min greater than max', () => {
    const doc = partyDoc();
    kindOf(doc, 'cell').size = { min: 31, max: 30 };
    const problems = refusal(() => validateRulebook(doc));
    expect(problems).toEqual([{ path: 'unitKinds[6].size.min', message: 'min (31) is greater than max (30)' }]);
  });

  it('accepts min equal to max', () => {
    const doc = partyDoc();
    kindOf(doc, 'cell').size = { min: 10, max: 10 };
    expect(validateRulebook(doc).unitKinds[6]?.size).toEqual({ min: 10, max: 10 });
  });

  it('size bounds on a kind that holds no members', () => {
    const doc = partyDoc();
    kindOf(doc, 'sectional_committee').size = { min: 1, max: 5 };
    const problems = refusal(() => validateRulebook(doc));
    expect(paths(problems)).toEqual(['unitKinds[4].size']);
    expect(problems[0]?.message).toContain('holdsMembers');
  });

  it('duplicate office key within a kind', () => {
    const doc = partyDoc();
    const office = kindOf(doc, 'cell').offices?.[1];
    if (!office) throw new Error('test setup: cell has two offices');
    office.key = 'secretary';
    const problems = refusal(() => validateRulebook(doc));
    expect(problems).toEqual([{ path: 'unitKinds[6].offices[1].key', message: "duplicate office 'secretary' in this kind" }]);
  });

  it('allows the same office key in different kinds', () => {
    // sectional, village and cell all have a 'secretary' in the shipped template.
    expect(() => validateRulebook(partyDoc())).not.toThrow();
  });

  it('no root kind', () => {
    const doc = partyDoc();
    kindOf(doc, 'central_committee').root = false;
    const problems = refusal(() => validateRulebook(doc));
    expect(problems).toEqual([
      { path: 'unitKinds[0].parents', message: expect.stringContaining('root: true') },
      { path: 'unitKinds', message: 'at least one kind must be "root: true"' },
    ]);
  });

  it('no kind that holds members', () => {
    const doc = partyDoc();
    const cell = kindOf(doc, 'cell');
    cell.holdsMembers = false;
    delete cell.size;
    const problems = refusal(() => validateRulebook(doc));
    expect(problems).toEqual([{ path: 'unitKinds', message: 'at least one kind must hold members ("holdsMembers: true")' }]);
  });

  it('kinds that no chain of parents connects to a root', () => {
    const doc = partyDoc();
    const name = { en: 'Circle', ko: '동아리' };
    doc.unitKinds.push({ key: 'study_group', name, parents: ['reading_circle'] }, { key: 'reading_circle', name, parents: ['study_group'] });
    const problems = refusal(() => validateRulebook(doc));
    expect(paths(problems)).toEqual(['unitKinds[7]', 'unitKinds[8]']);
    expect(problems[0]?.message).toContain("'study_group' can never be created");
    expect(problems[1]?.message).toContain("'reading_circle' can never be created");
  });

  it('a kind nested in itself is fine when it also hangs off the tree', () => {
    const doc = partyDoc();
    kindOf(doc, 'sectional_committee').parents = ['primary_committee', 'sectional_committee'];
    expect(() => validateRulebook(doc)).not.toThrow();
  });

  it('unknown extra keys (typos) at every level', () => {
    const doc = partyDoc();
    const cell = kindOf(doc, 'cell');
    cell.holdMember = true;
    const office = cell.offices?.[0];
    if (!office) throw new Error('test setup: cell has offices');
    office.termMonth = 12;
    doc.memberNumbers = { prefix: 'P' };
    const problems = refusal(() => validateRulebook(doc));
    // Each unknown key is its own problem, located at the key.
    expect(paths(problems).sort()).toEqual(['memberNumbers', 'unitKinds[6].holdMember', 'unitKinds[6].offices[0].termMonth']);
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toContain('holdMember');
    expect(messages).toContain('termMonth');
    expect(messages).toContain('memberNumbers');
  });

  it.each(['Cell', 'cell-group', '1cell', '', 'c'.repeat(41), '세포'])('bad key syntax %j', (badKey) => {
    const doc = partyDoc();
    kindOf(doc, 'cell').key = badKey;
    const problems = refusal(() => validateRulebook(doc));
    expect(problems).toEqual([{ path: 'unitKinds[6].key', message: expect.stringContaining('lower-case letters') }]);
  });

  it('accepts a key of exactly 40 characters', () => {
    const doc = partyDoc();
    doc.unitKinds.push({ key: `k${'x'.repeat(39)}`, name: { en: 'Long', ko: '긴' }, parents: ['cell'] });
    expect(() => validateRulebook(doc)).not.toThrow();
  });

  it('lists several schema problems at once', () => {
    const doc = partyDoc();
    doc.format = 'rulebook';
    kindOf(doc, 'county_committee').key = 'County';
    kindOf(doc, 'cell').size = { min: -1, max: 30 };
    kindOf(doc, 'village_committee').parents = ['Primary'];
    const problems = refusal(() => validateRulebook(doc, 'rules.yaml'));
    // The renamed county kind also breaks the primary committee's reference to it: reported in the same pass.
    expect(paths(problems).sort()).toEqual(['format', 'unitKinds[2].key', 'unitKinds[3].parents[0]', 'unitKinds[5].parents[0]', 'unitKinds[6].size.min']);
    // An object has no lines.
    expect(problems.every((p) => p.line === undefined)).toBe(true);
  });

  it('lists several reference problems at once and names the source', () => {
    const doc = partyDoc();
    kindOf(doc, 'central_committee').parents = ['cell'];
    kindOf(doc, 'county_committee').parents = ['provincal_committee'];
    kindOf(doc, 'sectional_committee').size = { min: 1, max: 9 };
    kindOf(doc, 'cell').size = { min: 30, max: 5 };
    let error: unknown;
    try {
      validateRulebook(doc, 'party.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('party.yaml has 4 problems');
    expect(paths(refusal(() => validateRulebook(doc)))).toEqual([
      'unitKinds[0].parents',
      'unitKinds[2].parents[0]',
      'unitKinds[4].size',
      'unitKinds[6].size.min',
    ]);
  });

  it('refuses things that are not rulebooks at all', () => {
    expect(paths(refusal(() => validateRulebook(null)))).toEqual(['(document)']);
    expect(paths(refusal(() => validateRulebook([])))).toEqual(['(document)']);
    expect(paths(refusal(() => validateRulebook({ format: 'cellbook-rulebook/1' }))).sort()).toEqual(['name', 'unitKinds', 'version']);
    const empty = partyDoc();
    empty.unitKinds = [];
    expect(refusal(() => validateRulebook(empty))).toEqual([{ path: 'unitKinds', message: 'at least one unit kind is required' }]);
  });
});

describe('parseRulebook locates problems in the text', () => {
  it('gives the line of each problem in YAML', () => {
    const text = [
      'format: cellbook-rulebook/1', // 1
      'version: 1', // 2
      'name: { en: Club, ko: 클럽 }', // 3
      'unitKinds:', // 4
      '  - key: club', // 5
      '    name: { en: Club, ko: 클럽 }', // 6
      '    root: true', // 7
      '    parents: [league]', // 8
      '  - key: team', // 9
      '    name: { en: Team, ko: 팀 }', // 10
      '    parents: [club, clubb]', // 11
      '    holdsMembers: true', // 12
      '    size: { min: 12, max: 10 }', // 13
      '    offices:', // 14
      '      - key: captain', // 15
      '        name: { en: Captain, ko: 주장 }', // 16
      '      - key: captain', // 17
      '        name: { en: Vice captain, ko: 부주장 }', // 18
    ].join('\n');
    const problems = refusal(() => parseRulebook(text, 'club.yaml'));
    expect(problems.map((p) => [p.path, p.line])).toEqual([
      ['unitKinds[0].parents', 8],
      ['unitKinds[0].parents[0]', 8],
      ['unitKinds[1].parents[1]', 11],
      ['unitKinds[1].size.min', 13],
      ['unitKinds[1].offices[1].key', 17],
    ]);
    // Column of 'clubb' in "    parents: [club, clubb]", counting from 1.
    expect(problems[2]?.column).toBe('21');
  });

  it('gives the line of each problem in JSON', () => {
    const doc = partyDoc();
    kindOf(doc, 'cell').parents = ['primary_committee', 'nowhere'];
    kindOf(doc, 'village_committee').key = 'Village';
    const text = JSON.stringify(doc, null, 2);
    const lineOf = (needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const problems = refusal(() => parseRulebook(text));
    // Schema and reference problems are reported together.
    expect(problems.map((p) => [p.path, p.line])).toEqual([
      ['unitKinds[5].key', lineOf('"Village"')],
      ['unitKinds[6].parents[1]', lineOf('"nowhere"')],
    ]);

    const village = doc.unitKinds[5];
    if (!village) throw new Error('test setup: party has a village committee');
    village.key = 'village_committee';
    const text2 = JSON.stringify(doc, null, 2);
    const lineOf2 = (needle: string): number => text2.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(refusal(() => parseRulebook(text2)).map((p) => [p.path, p.line])).toEqual([['unitKinds[6].parents[1]', lineOf2('"nowhere"')]]);
  });

  it('points a misspelt key at its own line', () => {
    const text = [
      'format: cellbook-rulebook/1', // 1
      'version: 1', // 2
      'name: { en: Club, ko: 클럽 }', // 3
      'unitKinds:', // 4
      '  - key: club', // 5
      '    name: { en: Club, ko: 클럽 }', // 6
      '    root: true', // 7
      '    holdMembers: true', // 8
    ].join('\n');
    const problems = refusal(() => parseRulebook(text));
    expect(problems).toEqual([{ path: 'unitKinds[0].holdMembers', line: 8, column: '18', message: expect.stringContaining("unknown key 'holdMembers'") }]);
  });

  it.each([
    ['a stray brace', '    name: { en: Club, ko: 클럽 } }', 'Unexpected flow-map-end'],
    ['a tab as indentation', '\tname: { en: Club, ko: 클럽 }', 'Tabs are not allowed'],
  ])('reports a YAML syntax error (%s) with its line', (_what, badLine, message) => {
    const text = [
      'format: cellbook-rulebook/1', // 1
      'version: 1', // 2
      'name: { en: Club, ko: 클럽 }', // 3
      'unitKinds:', // 4
      '  - key: club', // 5
      badLine, // 6
      '    root: true', // 7
      '    holdsMembers: true', // 8
    ].join('\n');
    let error: unknown;
    try {
      parseRulebook(text, 'club.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('club.yaml is not valid JSON or YAML');
    const problems = refusal(() => parseRulebook(text));
    expect(problems.every((p) => p.path === '(syntax)')).toBe(true);
    expect(problems[0]).toMatchObject({ line: 6, message: expect.stringContaining(message) });
  });

  it('reports a syntax error in JSON with its line', () => {
    const text = '{\n  "format": "cellbook-rulebook/1",\n  "version": 1,,\n  "unitKinds": []\n}';
    const problems = refusal(() => parseRulebook(text));
    expect(problems[0]).toMatchObject({ path: '(syntax)', line: 3 });
  });

  it('refuses duplicate keys in YAML, at the second one', () => {
    const text = [
      'format: cellbook-rulebook/1', // 1
      'version: 1', // 2
      'name: { en: Club, ko: 클럽 }', // 3
      'unitKinds:', // 4
      '  - key: club', // 5
      '    name: { en: Club, ko: 클럽 }', // 6
      '    root: true', // 7
      '    holdsMembers: true', // 8
      '    root: false', // 9
    ].join('\n');
    const problems = refusal(() => parseRulebook(text));
    expect(problems).toEqual([{ path: '(syntax)', line: 9, column: '5', message: expect.stringContaining('unique') }]);
  });

  it('refuses duplicate keys in JSON', () => {
    const problems = refusal(() => parseRulebook('{"format": "cellbook-rulebook/1",\n "format": "cellbook-rulebook/1"}'));
    expect(problems).toEqual([{ path: '(syntax)', line: 2, column: '2', message: expect.stringContaining('unique') }]);
  });

  it('refuses an empty text', () => {
    expect(paths(refusal(() => parseRulebook('')))).toEqual(['(document)']);
  });
});

describe('formatPath', () => {
  it('writes dotted keys and bracketed indexes', () => {
    expect(formatPath([])).toBe('(document)');
    expect(formatPath(['format'])).toBe('format');
    expect(formatPath(['unitKinds', 2, 'parents', 0])).toBe('unitKinds[2].parents[0]');
    expect(formatPath(['unitKinds', 6, 'size', 'min'])).toBe('unitKinds[6].size.min');
  });
});
