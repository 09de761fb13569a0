/** The rule catalogue: every family, in a fixed order (findings are listed in this order within a rank). */
import type { Rule, RuleFamily } from '../types.js'
import { ADM_RULES } from './adm.js'
import { AUTH_RULES } from './auth.js'
import { DSA_RULES } from './dsa.js'
import { EDR_RULES } from './edr.js'
import { EE_RULES } from './ee.js'
import { NOTICE_RULES } from './notice.js'
import { PRES_RULES } from './pres.js'
import { PROD_RULES } from './prod.js'
import { SPEECH_RULES } from './speech.js'
import { US_RULES } from './us.js'
import { XB_RULES } from './xb.js'

export const RULES_BY_FAMILY: Readonly<Record<RuleFamily, readonly Rule[]>> = {
  AUTH: AUTH_RULES,
  US: US_RULES,
  ADM: ADM_RULES,
  SPEECH: SPEECH_RULES,
  EDR: EDR_RULES,
  PRES: PRES_RULES,
  NOTICE: NOTICE_RULES,
  XB: XB_RULES,
  DSA: DSA_RULES,
  EE: EE_RULES,
  PROD: PROD_RULES,
}

export const ALL_RULES: readonly Rule[] = Object.values(RULES_BY_FAMILY).flat()

const BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((rule) => [rule.id, rule]))

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id)
}

export { SUMMONS_STATUTES, summonsStatuteFor, type SummonsStatute } from './adm-statutes.js'
export { E_EVIDENCE_APPLIES_FROM } from './ee.js'
