/**
 * The vocabulary of the legal-sufficiency engine: rules, what a rule's check returns, and the
 * finding the engine writes for each rule that applies. Rules are data with citations; the engine
 * only runs them and folds their findings into a recommendation and a notice decision.
 */
import type { DataCategory } from '../demand/index.js'
import type { DemandFacts } from './facts.js'
import type { OperatorPolicy } from './policy.js'

/** Rule families, one catalogue file and one docs page each. */
export const RULE_FAMILIES = [
  'AUTH',
  'US',
  'ADM',
  'SPEECH',
  'EDR',
  'PRES',
  'NOTICE',
  'XB',
  'DSA',
  'EE',
  'PROD',
] as const
export type RuleFamily = (typeof RULE_FAMILIES)[number]

/** `law`: a legal minimum (statute, regulation, case). `policy`: protective practice an operator may switch off. */
export const RULE_KINDS = ['law', 'policy'] as const
export type RuleKind = (typeof RULE_KINDS)[number]

/** `fail` is a defect in the demand; `needs_review` means a person must decide (unknown facts land here). */
export const FINDING_OUTCOMES = ['pass', 'fail', 'needs_review'] as const
export type FindingOutcome = (typeof FINDING_OUTCOMES)[number]

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

/**
 * What a failing rule asks of the answer. The engine folds these into one recommendation:
 * decline > challenge > object > clarify > narrow > comply. `note` records a defect without
 * changing the answer (a warning).
 */
export const EFFECTS = ['decline', 'challenge', 'object', 'clarify', 'narrow', 'note'] as const
export type Effect = (typeof EFFECTS)[number]

/** How well the reference backs the rule: `confirmed` (primary source) or `secondary`. Unconfirmed facts are never rules. */
export type SourceConfidence = 'confirmed' | 'secondary'

export type TemplateValues = Readonly<Record<string, string | number | undefined>>

/** What a rule's check returns. The engine turns it into a `Finding`. */
export type RuleCheck = {
  outcome: FindingOutcome
  /** Values for the explanation and action templates (`{name}` placeholders). */
  values?: TemplateValues
  /** Overrides the rule's severity for this outcome. */
  severity?: Severity
  /** Overrides the rule's effect when the outcome is `fail`. */
  effect?: Effect
  /** Categories this finding rules out of any production (used when narrowing). */
  excluded_categories?: readonly DataCategory[]
}

export type Rule = {
  /** Stable id, `FAMILY.AREA.NAME`; findings, decisions and letters cite it. Never reuse one. */
  id: string
  family: RuleFamily
  kind: RuleKind
  title: string
  /** The statute, regulation, case or company policy the rule rests on (from legal-rules.md). */
  citation: string
  confidence: SourceConfidence
  /** Severity of a `fail` or `needs_review` finding unless the check overrides it. */
  severity: Severity
  /** What a `fail` asks of the answer unless the check overrides it. */
  effect: Effect
  /** Policy rules only: whether the rule runs when the operator policy does not mention it. Default true. */
  default_enabled?: boolean
  appliesTo: (facts: DemandFacts) => boolean
  check: (facts: DemandFacts, policy: OperatorPolicy, now: string) => RuleCheck
  /** Explanation template per outcome. */
  explanation: Readonly<Record<FindingOutcome, string>>
  /** Recommended action per outcome. */
  action: Readonly<Record<FindingOutcome, string>>
}

export type Finding = {
  rule_id: string
  family: RuleFamily
  kind: RuleKind
  outcome: FindingOutcome
  severity: Severity
  citation: string
  explanation: string
  action: string
  /** Only on `fail`: what the defect asks of the answer. */
  effect?: Effect
  excluded_categories?: DataCategory[]
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  critical: 0,
  high: 1,
  medium: 2,
  low: 3,
  info: 4,
}

export const OUTCOME_RANK: Readonly<Record<FindingOutcome, number>> = { fail: 0, needs_review: 1, pass: 2 }
