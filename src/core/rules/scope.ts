/**
 * Shared classifications the rules lean on: which instruments are subpoenas, which are judicial,
 * which data categories are basic subscriber information, which are time-based, and whether a
 * demand is US process, foreign, or an emergency. Kept in one place so that two rules never
 * disagree about what a "subpoena" is.
 */
import type { DataCategory, InstrumentType } from '../demand/index.js'
import { DATA_CATEGORY_LABELS, INSTRUMENT_LABELS } from '../demand/index.js'
import type { DemandFacts } from './facts.js'

/** Subpoenas and summonses: reach only the § 2703(c)(2) items. */
export const SUBPOENA_LIKE: ReadonlySet<InstrumentType> = new Set([
  'administrative_subpoena',
  'administrative_summons',
  'grand_jury_subpoena',
  'trial_subpoena',
])

export const ADMINISTRATIVE: ReadonlySet<InstrumentType> = new Set([
  'administrative_subpoena',
  'administrative_summons',
])

/** Process issued without a judge that the anonymous-speech policy treats as non-judicial. */
export const NON_JUDICIAL_FOR_SPEECH: ReadonlySet<InstrumentType> = new Set([
  'administrative_subpoena',
  'administrative_summons',
  'civil_subpoena',
  'national_security_letter',
  'other',
])

/** Compulsory US process that asks the provider to produce records. */
export const US_PRODUCTION_PROCESS: ReadonlySet<InstrumentType> = new Set([
  'administrative_subpoena',
  'administrative_summons',
  'grand_jury_subpoena',
  'trial_subpoena',
  'civil_subpoena',
  'court_order_2703d',
  'search_warrant',
  'national_security_letter',
  'pen_register_order',
  'other',
])

/** The § 2703(c)(2) items, as data categories (IP records only for specified times: see US-4). */
export const BSI_CATEGORIES: ReadonlySet<DataCategory> = new Set([
  'subscriber_identity',
  'contact',
  'payment',
])

/** Non-content categories that are clearly outside § 2703(c)(2). */
export const BEYOND_BSI: ReadonlySet<DataCategory> = new Set(['non_content_metadata', 'location', 'other'])

/** Categories that only make sense with a date range. */
export const TIME_BASED: ReadonlySet<DataCategory> = new Set([
  'ip_logs',
  'content',
  'non_content_metadata',
  'location',
])

/** Categories that can identify the person behind an account. */
export const IDENTIFYING: ReadonlySet<DataCategory> = new Set([
  'subscriber_identity',
  'contact',
  'ip_logs',
  'payment',
  'device',
])

/** Speech the anonymous-speech policy protects most (political, press, religious). */
export const PROTECTED_SPEECH = new Set(['political', 'journalism', 'religious'])

export function requests(facts: DemandFacts, category: DataCategory): boolean {
  return facts.data_categories_requested.includes(category)
}

export function requested(facts: DemandFacts, set: ReadonlySet<DataCategory>): DataCategory[] {
  return facts.data_categories_requested.filter((c) => set.has(c))
}

export function isEmergency(facts: DemandFacts): boolean {
  return facts.instrument_type === 'emergency_disclosure_request' || facts.emergency
}

/** The demand comes from a US authority (or the jurisdiction is unknown and the authority is not foreign). */
export function isUsAuthority(facts: DemandFacts): boolean {
  const { kind, jurisdiction } = facts.issuing_authority
  if (kind === 'foreign_authority' || kind === 'eu_authority') return false
  return jurisdiction === null || jurisdiction.toUpperCase().startsWith('US')
}

/** US compulsory production process (an `other` instrument marked as an emergency is an EDR, not process). */
export function isUsProcess(facts: DemandFacts): boolean {
  if (!US_PRODUCTION_PROCESS.has(facts.instrument_type)) return false
  if (facts.instrument_type === 'other' && facts.emergency) return false
  return isUsAuthority(facts)
}

/** A foreign government's own request (not an EU DSA order or an e-Evidence order, which have their own rules). */
export function isForeignRequest(facts: DemandFacts): boolean {
  if (facts.instrument_type === 'eu_dsa_order' || facts.e_evidence) return false
  return facts.instrument_type === 'foreign_order' || !isUsAuthority(facts)
}

export function pseudonymousTargets(facts: DemandFacts) {
  return facts.targets.filter((t) => t.pseudonymous)
}

/** Categories the instrument can reach at all in law (used to decide what still needs particularity). */
export function legallyReachable(facts: DemandFacts): DataCategory[] {
  const cats = facts.data_categories_requested
  switch (facts.instrument_type) {
    case 'administrative_subpoena':
    case 'administrative_summons':
    case 'grand_jury_subpoena':
    case 'trial_subpoena':
      return cats.filter((c) => c !== 'content' && !BEYOND_BSI.has(c))
    case 'civil_subpoena':
    case 'pen_register_order':
      return cats.filter((c) => c !== 'content')
    case 'national_security_letter':
      return cats.filter((c) => c === 'subscriber_identity' || c === 'contact')
    default:
      return [...cats]
  }
}

export function listCategories(cats: readonly DataCategory[]): string {
  return cats.map((c) => DATA_CATEGORY_LABELS[c].toLowerCase()).join('; ')
}

export function targetList(facts: DemandFacts): string {
  return facts.targets.map((t) => t.identifier).join(', ') || 'no target'
}

/** "a trial subpoena", "an administrative summons", "an EU Digital Services Act order". */
export function instrumentPhrase(facts: DemandFacts): string {
  const label = INSTRUMENT_LABELS[facts.instrument_type]
  const text = /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1)
  return `${/^[aeiouAEIOU]/.test(text) ? 'an' : 'a'} ${text}`
}
