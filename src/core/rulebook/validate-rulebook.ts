import { LineCounter, parseDocument } from 'yaml';
import { AppError, type Problem } from '../errors.js';
import { defaultPenalties, rulebookSchema, type Rulebook } from './schema.js';

type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return out === '' ? '(document)' : out;
}

/** Checks that need the whole document: references between kinds and bounds that must agree. */
function semanticProblems(rb: Rulebook): { path: PathSegment[]; message: string }[] {
  const problems: { path: PathSegment[]; message: string }[] = [];
  const seen = new Map<string, number>();
  rb.unitKinds.forEach((kind, i) => {
    const first = seen.get(kind.key);
    if (first !== undefined) problems.push({ path: ['unitKinds', i, 'key'], message: `duplicate unit kind '${kind.key}' (also unitKinds[${first}])` });
    else seen.set(kind.key, i);
  });
  const known = [...seen.keys()];
  rb.unitKinds.forEach((kind, i) => {
    if (kind.root && kind.parents.length > 0) {
      problems.push({ path: ['unitKinds', i, 'parents'], message: 'a root kind cannot have parents; remove "root: true" or the parents' });
    }
    if (!kind.root && kind.parents.length === 0) {
      problems.push({ path: ['unitKinds', i, 'parents'], message: 'name the kinds this kind may sit under, or mark it "root: true"' });
    }
    kind.parents.forEach((parent, j) => {
      if (!seen.has(parent)) {
        problems.push({ path: ['unitKinds', i, 'parents', j], message: `unknown unit kind '${parent}'; known kinds: ${known.join(', ')}` });
      }
    });
    if (kind.size) {
      if (!kind.holdsMembers) problems.push({ path: ['unitKinds', i, 'size'], message: 'size bounds apply only to kinds that hold members ("holdsMembers: true")' });
      if (kind.size.min > kind.size.max) problems.push({ path: ['unitKinds', i, 'size', 'min'], message: `min (${kind.size.min}) is greater than max (${kind.size.max})` });
    }
    const offices = new Set<string>();
    kind.offices.forEach((office, j) => {
      if (offices.has(office.key)) problems.push({ path: ['unitKinds', i, 'offices', j, 'key'], message: `duplicate office '${office.key}' in this kind` });
      offices.add(office.key);
    });
  });
  problems.push(...disciplineProblems(rb, known));
  const cadenceKinds = new Set<string>();
  rb.meetings.cadence.forEach((c, i) => {
    if (!seen.has(c.unitKind)) problems.push({ path: ['meetings', 'cadence', i, 'unitKind'], message: `unknown unit kind '${c.unitKind}'; known kinds: ${known.join(', ')}` });
    if (cadenceKinds.has(c.unitKind)) problems.push({ path: ['meetings', 'cadence', i, 'unitKind'], message: `a second cadence for '${c.unitKind}'; give each kind one` });
    cadenceKinds.add(c.unitKind);
  });
  rb.training.classKinds?.forEach((k, i) => {
    if (!seen.has(k)) problems.push({ path: ['training', 'classKinds', i], message: `unknown unit kind '${k}'; known kinds: ${known.join(', ')}` });
    else if (!rb.unitKinds.find((u) => u.key === k)?.holdsMembers) problems.push({ path: ['training', 'classKinds', i], message: `kind '${k}' holds no members, so it cannot be a class` });
  });
  const areaKeys = new Map<string, number>();
  rb.training.areas.forEach((a, i) => {
    const first = areaKeys.get(a.key);
    if (first !== undefined) problems.push({ path: ['training', 'areas', i, 'key'], message: `duplicate area '${a.key}' (also training.areas[${first}])` });
    else areaKeys.set(a.key, i);
  });
  if (!rb.unitKinds.some((k) => k.root)) problems.push({ path: ['unitKinds'], message: 'at least one kind must be "root: true"' });
  if (!rb.unitKinds.some((k) => k.holdsMembers)) problems.push({ path: ['unitKinds'], message: 'at least one kind must hold members ("holdsMembers: true")' });
  // Every kind must be reachable from a root, or no unit of it could ever be created. Kinds whose
  // parents are missing or unknown are reported above; counting them as reached reports each
  // mistake once, at its cause, instead of again on every kind below it.
  const reachable = new Set(
    rb.unitKinds.filter((k) => k.root || k.parents.length === 0 || k.parents.some((p) => !seen.has(p))).map((k) => k.key),
  );
  for (let grew = true; grew; ) {
    grew = false;
    for (const k of rb.unitKinds) {
      if (!reachable.has(k.key) && k.parents.some((p) => reachable.has(p))) {
        reachable.add(k.key);
        grew = true;
      }
    }
  }
  rb.unitKinds.forEach((kind, i) => {
    if (!reachable.has(kind.key)) {
      problems.push({ path: ['unitKinds', i], message: `kind '${kind.key}' can never be created: no chain of parents leads to a root kind` });
    }
  });
  return problems;
}

/** Penalties: unique keys, a ratifying body that exists, a length for every probation and only there. */
function disciplineProblems(rb: Rulebook, knownKinds: readonly string[]): { path: PathSegment[]; message: string }[] {
  const problems: { path: PathSegment[]; message: string }[] = [];
  const keys = new Map<string, number>();
  rb.discipline.penalties.forEach((p, i) => {
    const at = (field: string): PathSegment[] => ['discipline', 'penalties', i, field];
    const first = keys.get(p.key);
    if (first !== undefined) problems.push({ path: at('key'), message: `duplicate penalty '${p.key}' (also discipline.penalties[${first}])` });
    else keys.set(p.key, i);
    if (p.ratifiedBy !== null && p.ratifiedBy !== 'parent' && !knownKinds.includes(p.ratifiedBy)) {
      problems.push({ path: at('ratifiedBy'), message: `'${p.ratifiedBy}' is neither 'parent' nor a unit kind; known kinds: ${knownKinds.join(', ')}` });
    }
    if (p.effect === 'probation' && p.maxMonths === undefined) problems.push({ path: at('maxMonths'), message: 'a probation needs its longest length in months' });
    if (p.effect !== 'probation' && p.maxMonths !== undefined) problems.push({ path: at('maxMonths'), message: `only a probation has a length (this penalty's effect is '${p.effect}')` });
  });
  return problems;
}

/**
 * Parses a rulebook from JSON or YAML text and validates it completely. On failure it throws one
 * `invalid_rulebook` error listing every problem with its path in the document and, where the
 * text allows, its line and column.
 */
export function parseRulebook(text: string, source = 'rulebook'): Rulebook {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const problems: Problem[] = doc.errors.map((e) => {
      const pos = lineCounter.linePos(e.pos[0]);
      return { path: '(syntax)', line: pos.line, column: String(pos.col), message: e.message.split('\n')[0] ?? e.message };
    });
    throw new AppError('invalid_rulebook', `${source} is not valid JSON or YAML`, { problems });
  }
  const locate = (path: PathSegment[]): { line?: number; column?: string } => {
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = doc.getIn(path.slice(0, n), true);
      if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
        const pos = lineCounter.linePos(node.range[0] as number);
        return { line: pos.line, column: String(pos.col) };
      }
    }
    return {};
  };
  return validateRulebook(doc.toJS(), source, locate);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The parts of a rulebook that are well-formed enough for the cross-reference checks, so a document
 * with a typo still gets its unknown parents and bad bounds reported in the same pass.
 */
function lenientRulebook(input: unknown): Rulebook | null {
  if (!isObject(input) || !Array.isArray(input.unitKinds)) return null;
  const name = { en: '-', ko: '-' };
  const unitKinds: Rulebook['unitKinds'] = [];
  for (const k of input.unitKinds) {
    if (!isObject(k) || typeof k.key !== 'string') return null; // indexes would shift: skip the pass
    const size = isObject(k.size) && typeof k.size.min === 'number' && typeof k.size.max === 'number' ? { min: k.size.min, max: k.size.max } : undefined;
    unitKinds.push({
      key: k.key,
      name,
      root: k.root === true,
      parents: Array.isArray(k.parents) ? k.parents.filter((p): p is string => typeof p === 'string') : [],
      holdsMembers: k.holdsMembers === true,
      ...(size ? { size } : {}),
      offices: Array.isArray(k.offices) ? k.offices.filter(isObject).map((o) => ({ key: String(o.key), name, required: false, holderFrom: 'unit' as const })) : [],
    });
  }
  const vote = { quorum: 'majority', majority: 'simple' } as const;
  return {
    format: 'cellbook-rulebook/1',
    version: 1,
    name,
    unitKinds,
    memberNumber: { prefix: '', digits: 7 },
    membership: { candidateMonths: 12, maxProbationExtensions: 1, probationExtensionMonths: 6, transferDays: 30, lapseAfterMonths: null },
    // Penalties are checked only when the document parses; defaults here add no problems of their own.
    discipline: { defenceDays: 14, appealDays: 30, vote, penalties: defaultPenalties, attachments: { maxBytes: 1, types: ['text/plain'] } },
    meetings: { cadence: [], vote },
    conventions: { vote },
    training: { classKinds: null, areas: [], completion: { minAttendancePercent: 80, finalPieceRequired: true }, expiryWarningDays: 90, certificatePrefix: 'CERT' },
  };
}

/** Validates an already-parsed rulebook object (from an API body, a template or a file). */
export function validateRulebook(
  input: unknown,
  source = 'rulebook',
  locate: (path: PathSegment[]) => { line?: number; column?: string } = () => ({}),
): Rulebook {
  const parsed = rulebookSchema.safeParse(input);
  let raw: { path: PathSegment[]; message: string }[];
  if (parsed.success) raw = semanticProblems(parsed.data);
  else {
    raw = parsed.error.issues.flatMap((issue) => {
      const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
      // One problem per unknown key, located at the key itself.
      if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: [...path, key], message: `unknown key '${key}' (check the spelling; see docs/rulebook.md)` }));
      return [{ path, message: issue.message }];
    });
    const lenient = lenientRulebook(input);
    if (lenient) {
      const reported = raw.map((p) => formatPath(p.path));
      for (const p of semanticProblems(lenient)) {
        const at = formatPath(p.path);
        if (!reported.some((r) => r === at || r.startsWith(`${at}.`) || r.startsWith(`${at}[`) || at.startsWith(`${r}.`) || at.startsWith(`${r}[`))) raw.push(p);
      }
    }
  }
  if (raw.length === 0 && parsed.success) return parsed.data;
  const problems: Problem[] = raw.map((p) => ({ path: formatPath(p.path), message: p.message, ...locate(p.path) }));
  throw new AppError('invalid_rulebook', `${source} has ${problems.length} problem${problems.length === 1 ? '' : 's'}`, {
    problems,
    hint: 'Fix every listed problem; see docs/rulebook.md for the format',
  });
}
