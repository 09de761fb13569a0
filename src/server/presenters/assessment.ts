/** The assessment as the API shows it: each finding with its rule's title and docs page. */
import type { Assessment } from '../../app/assessment/assess-demand.js'
import { ALL_RULES } from '../../core/rules/index.js'

const TITLES = new Map(ALL_RULES.map((r) => [r.id, r.title]))

export function presentAssessment(a: Assessment) {
  return {
    ...a,
    findings: a.findings.map((f) => ({
      ...f,
      title: TITLES.get(f.rule_id) ?? f.rule_id,
      docs: `/api/rules/${f.family.toLowerCase()}/docs`,
    })),
  }
}
