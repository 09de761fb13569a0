/**
 * What a demand's secrecy clause is worth. Only a court order (18 U.S.C. § 2705(b)) or a statute
 * that itself imposes secrecy (NSL § 2709(c), pen/trap sealing § 3123) binds the provider; a
 * request printed on a summons binds nobody. A statute the engine cannot confirm is treated as
 * binding until counsel says otherwise: breaching a real gag is the worse mistake.
 */
import type { DemandFacts } from './facts.js'

export type GagAssessment =
  | { kind: 'none' }
  | { kind: 'request' }
  | { kind: 'court_order'; expires_on: string | null }
  | { kind: 'statute'; statute: 'nsl' | 'pen_trap'; expires_on: string | null }
  | { kind: 'statute_unconfirmed'; expires_on: string | null }

export function assessGag(facts: DemandFacts): GagAssessment {
  const nd = facts.nondisclosure
  if (!nd) return { kind: 'none' }
  switch (nd.basis) {
    case 'request':
      return { kind: 'request' }
    case 'court_order':
      return { kind: 'court_order', expires_on: nd.expires_on }
    case 'statute':
      if (facts.instrument_type === 'national_security_letter')
        return { kind: 'statute', statute: 'nsl', expires_on: nd.expires_on }
      if (facts.instrument_type === 'pen_register_order')
        return { kind: 'statute', statute: 'pen_trap', expires_on: nd.expires_on }
      return { kind: 'statute_unconfirmed', expires_on: nd.expires_on }
  }
}

/** The gag stops the provider from notifying (or must be treated as if it did until counsel rules). */
export function isBinding(gag: GagAssessment): gag is Extract<GagAssessment, { expires_on: string | null }> {
  return gag.kind === 'court_order' || gag.kind === 'statute' || gag.kind === 'statute_unconfirmed'
}
