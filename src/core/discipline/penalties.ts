import { addDays, addMonths } from '../dates.js';
import { AppError } from '../errors.js';
import type { DisciplineRules, PenaltyRule } from '../rulebook/schema.js';

/** A unit as the discipline rules see it: its id, kind and parent. */
export interface BodyRef {
  id: number;
  kind: string;
}

export function penaltyRule(rules: DisciplineRules, key: string, path = 'penalty'): PenaltyRule {
  const p = rules.penalties.find((x) => x.key === key);
  if (!p) {
    throw new AppError('validation_failed', `'${key}' is not a penalty of this organization`, { problems: [{ path, message: `one of ${rules.penalties.map((x) => x.key).join(', ')}` }] });
  }
  return p;
}

/** Checks a probation length against the penalty; returns the months (null for penalties without a length). */
export function penaltyMonths(p: PenaltyRule, months: number | null | undefined, path = 'months'): number | null {
  if (p.effect !== 'probation') {
    if (months !== undefined && months !== null) throw new AppError('validation_failed', `A ${p.name.en} has no length`, { problems: [{ path, message: 'leave it out' }] });
    return null;
  }
  const max = p.maxMonths ?? 1;
  if (months === undefined || months === null || !Number.isInteger(months) || months < 1 || months > max) {
    throw new AppError('validation_failed', `A ${p.name.en} lasts 1–${max} months`, { problems: [{ path, message: `a whole number of months from 1 to ${max}` }] });
  }
  return months;
}

/**
 * The body that must ratify a decision of `decider` imposing `p`, given the decider's ancestors
 * (root first, the decider itself excluded): null when the decision stands without ratification,
 * also when no unit of the named kind sits above the decider (the decider is at or above that level).
 */
export function ratifyingBody(p: PenaltyRule, ancestors: readonly BodyRef[]): BodyRef | null {
  if (p.ratifiedBy === null) return null;
  if (p.ratifiedBy === 'parent') return ancestors.at(-1) ?? null;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i] as BodyRef;
    if (a.kind === p.ratifiedBy) return a;
  }
  return null;
}

/** An appeal goes to the body above the highest one that acted; null when that was the top. */
export function appealBody(ancestors: readonly BodyRef[], ratifier: BodyRef | null): BodyRef | null {
  const chain = ratifier ? ancestors.slice(0, ancestors.findIndex((a) => a.id === ratifier.id)) : ancestors;
  return chain.at(-1) ?? null;
}

/** An appeal may only keep or lessen a penalty: the new one must not come later in the (mildest-first) list. */
export function assertReduction(rules: DisciplineRules, from: string, to: string, fromMonths: number | null, toMonths: number | null): void {
  const i = rules.penalties.findIndex((p) => p.key === from);
  const j = rules.penalties.findIndex((p) => p.key === to);
  if (j > i) throw new AppError('rule_violation', `'${to}' is more severe than '${from}'; an appeal can only reduce a penalty`, { hint: `Choose one of ${rules.penalties.slice(0, i + 1).map((p) => p.key).join(', ')}` });
  if (j === i && (toMonths === null || fromMonths === null || toMonths >= fromMonths)) {
    throw new AppError('rule_violation', `The reduced penalty must be milder than ${from}${fromMonths ? ` for ${fromMonths} months` : ''}`, { hint: 'Uphold the decision instead, or choose a milder penalty' });
  }
}

export const defenceDue = (openedOn: string, rules: DisciplineRules): string => addDays(openedOn, rules.defenceDays);
export const appealDue = (standsOn: string, rules: DisciplineRules): string => addDays(standsOn, rules.appealDays);
/** The first day a probation of `months` starting `on` no longer applies. */
export const sanctionEnd = (on: string, months: number): string => addMonths(on, months);

/** A time-limited sanction is in force from its start until the day before its end: lifting needs no one. */
export const sanctionInForce = (startsOn: string | null, endsOn: string | null, today: string): boolean =>
  startsOn !== null && endsOn !== null && startsOn <= today && today < endsOn;
