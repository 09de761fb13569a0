/**
 * The legal-sufficiency engine: runs every enabled rule that applies to the facts and returns the
 * findings, one recommendation and a notice decision. Pure and deterministic: the same facts,
 * policy and `now` give the same answer, so every decision can be replayed from the log.
 */
import { ALL_RULES } from './catalog/index.js'
import { assertNow } from './dates.js'
import type { DemandFacts } from './facts.js'
import { decideNotice, type NoticeDecision } from './notice.js'
import { ruleEnabled, type OperatorPolicy } from './policy.js'
import { recommend, type Recommendation } from './recommend.js'
import { OUTCOME_RANK, SEVERITY_RANK, type Finding, type Rule, type TemplateValues } from './types.js'

export type Evaluation = {
  findings: Finding[]
  recommendation: Recommendation
  notice: NoticeDecision
}

const PLACEHOLDER = /\{(\w+)\}/g

/** A template split once into literal text (even indexes) and placeholder names (odd indexes). */
const COMPILED = new Map<string, readonly string[]>()

function compile(template: string): readonly string[] {
  let parts = COMPILED.get(template)
  if (!parts) {
    parts = template.split(PLACEHOLDER)
    COMPILED.set(template, parts)
  }
  return parts
}

/** Fills `{name}` placeholders; unknown names stay visible so a broken template shows in review. */
export function fillTemplate(template: string, values: TemplateValues | undefined): string {
  if (!values) return template
  const parts = compile(template)
  if (parts.length === 1) return template
  let out = ''
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? ''
    if (i % 2 === 0) out += part
    else {
      const value = values[part]
      out += value === undefined ? `{${part}}` : String(value)
    }
  }
  return out
}

/** Runs one rule (ignoring the operator's on/off switch); null when it does not apply. */
export function evaluateRule(
  rule: Rule,
  facts: DemandFacts,
  policy: OperatorPolicy,
  now: string,
): Finding | null {
  if (!rule.appliesTo(facts)) return null
  const result = rule.check(facts, policy, now)
  const outcome = result.outcome
  const finding: Finding = {
    rule_id: rule.id,
    family: rule.family,
    kind: rule.kind,
    outcome,
    severity: outcome === 'pass' ? 'info' : (result.severity ?? rule.severity),
    citation: rule.citation,
    explanation: fillTemplate(rule.explanation[outcome], result.values),
    action: fillTemplate(rule.action[outcome], result.values),
  }
  if (outcome === 'fail') {
    finding.effect = result.effect ?? rule.effect
    if (result.excluded_categories && result.excluded_categories.length > 0) {
      finding.excluded_categories = [...result.excluded_categories]
    }
  }
  return finding
}

export function evaluate(facts: DemandFacts, policy: OperatorPolicy, now: string): Evaluation {
  assertNow(now)
  const findings: Finding[] = []
  for (const rule of ALL_RULES) {
    if (!ruleEnabled(rule, policy)) continue
    const finding = evaluateRule(rule, facts, policy, now)
    if (finding) findings.push(finding)
  }
  findings.sort(
    (a, b) =>
      OUTCOME_RANK[a.outcome] - OUTCOME_RANK[b.outcome] ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  )
  return {
    findings,
    recommendation: recommend(facts, findings),
    notice: decideNotice(facts, policy, now),
  }
}
