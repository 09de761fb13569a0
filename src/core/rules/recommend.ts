/**
 * Folding findings into one recommendation. Each failing finding carries an effect; the strongest
 * wins: decline > challenge_in_court > object > request_clarification > comply_narrowed > comply.
 * An objection to judge-issued process is made by motion, so it becomes challenge_in_court.
 * Findings that need review do not change the action but are listed as pending: the action holds
 * only once they are resolved.
 */
import { JUDICIAL_INSTRUMENTS, type DataCategory } from '../demand/index.js'
import type { DemandFacts } from './facts.js'
import type { Effect, Finding } from './types.js'

export const RECOMMENDED_ACTIONS = [
  'comply',
  'comply_narrowed',
  'request_clarification',
  'object',
  'challenge_in_court',
  'decline',
] as const
export type RecommendedAction = (typeof RECOMMENDED_ACTIONS)[number]

export type Recommendation = {
  action: RecommendedAction
  /** For comply_narrowed: the categories that may be produced. */
  categories?: DataCategory[]
  /** Ids of the failing rules that drive the action. */
  reasons: string[]
  /** Ids of the rules awaiting a human decision; the action is provisional while any remain. */
  pending: string[]
}

const EFFECT_ORDER: readonly Effect[] = ['decline', 'challenge', 'object', 'clarify', 'narrow']

function idsWith(fails: readonly Finding[], effects: readonly Effect[]): string[] {
  return fails.filter((f) => f.effect !== undefined && effects.includes(f.effect)).map((f) => f.rule_id)
}

export function recommend(facts: DemandFacts, findings: readonly Finding[]): Recommendation {
  const fails = findings.filter((f) => f.outcome === 'fail')
  const pending = findings.filter((f) => f.outcome === 'needs_review').map((f) => f.rule_id)
  const present = new Set(fails.map((f) => f.effect))
  const strongest = EFFECT_ORDER.find((e) => present.has(e))
  const judicial = JUDICIAL_INSTRUMENTS.has(facts.instrument_type)
  const objectAction: RecommendedAction = judicial ? 'challenge_in_court' : 'object'

  switch (strongest) {
    case 'decline':
      return { action: 'decline', reasons: idsWith(fails, ['decline']), pending }
    case 'challenge':
      return { action: 'challenge_in_court', reasons: idsWith(fails, ['challenge', 'object']), pending }
    case 'object':
      return { action: objectAction, reasons: idsWith(fails, ['object', 'clarify', 'narrow']), pending }
    case 'clarify':
      return { action: 'request_clarification', reasons: idsWith(fails, ['clarify', 'narrow']), pending }
    case 'narrow': {
      const excluded = new Set(fails.flatMap((f) => f.excluded_categories ?? []))
      const requested = facts.data_categories_requested
      const allowed = requested.filter((c) => !excluded.has(c))
      const reasons = idsWith(fails, ['narrow'])
      if (requested.length > 0 && allowed.length === 0) return { action: objectAction, reasons, pending }
      return { action: 'comply_narrowed', categories: allowed, reasons, pending }
    }
    default:
      return { action: 'comply', reasons: [], pending }
  }
}
