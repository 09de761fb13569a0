/** Facade of the legal-sufficiency engine: rules as data, the engine, policy, notice and checklists. */
export * from './types.js'
export * from './facts.js'
export * from './facts-schema.js'
export * from './policy.js'
export { evaluate, evaluateRule, fillTemplate, type Evaluation } from './engine.js'
export * from './recommend.js'
export * from './notice.js'
export * from './checklist.js'
export { assessGag, isBinding, type GagAssessment } from './gag.js'
export {
  ALL_RULES,
  RULES_BY_FAMILY,
  ruleById,
  SUMMONS_STATUTES,
  summonsStatuteFor,
  E_EVIDENCE_APPLIES_FROM,
  type SummonsStatute,
} from './catalog/index.js'
export { EXAMPLES, EXAMPLE_NAMES, buildFacts, type ExampleName, type Example } from './examples.js'
