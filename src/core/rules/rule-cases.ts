/**
 * Table-driven rule cases: one row says "this rule, on these facts, gives this outcome". The
 * checker returns the mismatches as sentences (an empty list means the case holds), so each
 * catalogue test is a table and a one-line assertion.
 */
import type { DataCategory } from '../demand/index.js'
import { ruleById } from './catalog/index.js'
import { evaluateRule } from './engine.js'
import type { DemandFacts } from './facts.js'
import { DEFAULT_POLICY, type OperatorPolicy } from './policy.js'
import type { Effect, FindingOutcome, Severity } from './types.js'

export const CASE_NOW = '2024-05-03T09:00:00Z'

export type RuleCase = {
  name: string
  rule: string
  facts: DemandFacts
  expect: FindingOutcome | 'not_applicable'
  now?: string
  policy?: OperatorPolicy
  effect?: Effect
  severity?: Severity
  excluded?: DataCategory[]
  /** Words the explanation or the action must contain. */
  mentions?: string[]
}

export function checkCase(c: RuleCase): string[] {
  const rule = ruleById(c.rule)
  if (!rule) return [`no rule ${c.rule}`]
  const finding = evaluateRule(rule, c.facts, c.policy ?? DEFAULT_POLICY, c.now ?? CASE_NOW)
  if (!finding) return c.expect === 'not_applicable' ? [] : [`${c.rule} did not apply; expected ${c.expect}`]
  const problems: string[] = []
  if (c.expect === 'not_applicable')
    return [`${c.rule} applied (${finding.outcome}); expected it not to apply`]
  if (finding.outcome !== c.expect)
    problems.push(`outcome ${finding.outcome}, expected ${c.expect}: ${finding.explanation}`)
  if (c.effect && finding.effect !== c.effect)
    problems.push(`effect ${String(finding.effect)}, expected ${c.effect}`)
  if (c.severity && finding.severity !== c.severity)
    problems.push(`severity ${finding.severity}, expected ${c.severity}`)
  if (c.excluded) {
    const got = [...(finding.excluded_categories ?? [])].sort().join(',')
    const want = [...c.excluded].sort().join(',')
    if (got !== want) problems.push(`excluded [${got}], expected [${want}]`)
  }
  const text = `${finding.explanation} ${finding.action}`
  for (const word of c.mentions ?? []) {
    if (!text.includes(word)) problems.push(`text lacks "${word}": ${text}`)
  }
  if (/\{\w+\}/.test(text)) problems.push(`unfilled placeholder: ${text}`)
  return problems
}
