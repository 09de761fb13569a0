/**
 * Instruments: the kind of legal process a demand is. The values are the corpus enum
 * (shared corpus FORMAT.md), so extraction, rules, storage and reports speak one vocabulary.
 */
export const INSTRUMENT_TYPES = [
  'administrative_subpoena',
  'administrative_summons',
  'grand_jury_subpoena',
  'trial_subpoena',
  'civil_subpoena',
  'court_order_2703d',
  'search_warrant',
  'emergency_disclosure_request',
  'preservation_request',
  'national_security_letter',
  'pen_register_order',
  'foreign_order',
  'eu_dsa_order',
  'takedown_demand',
  'other',
] as const

export type InstrumentType = (typeof INSTRUMENT_TYPES)[number]

export const INSTRUMENT_LABELS: Record<InstrumentType, string> = {
  administrative_subpoena: 'Administrative subpoena',
  administrative_summons: 'Administrative summons',
  grand_jury_subpoena: 'Grand jury subpoena',
  trial_subpoena: 'Trial subpoena',
  civil_subpoena: 'Civil subpoena',
  court_order_2703d: 'Court order (18 U.S.C. 2703(d))',
  search_warrant: 'Search warrant',
  emergency_disclosure_request: 'Emergency disclosure request',
  preservation_request: 'Preservation request',
  national_security_letter: 'National security letter',
  pen_register_order: 'Pen register / trap and trace order',
  foreign_order: 'Foreign order',
  eu_dsa_order: 'EU Digital Services Act order',
  takedown_demand: 'Takedown demand',
  other: 'Other',
}

/** Process issued or approved by a judge (as opposed to an agency, a prosecutor or a party). */
export const JUDICIAL_INSTRUMENTS: ReadonlySet<InstrumentType> = new Set([
  'court_order_2703d',
  'search_warrant',
  'pen_register_order',
])

export function isInstrumentType(value: unknown): value is InstrumentType {
  return typeof value === 'string' && (INSTRUMENT_TYPES as readonly string[]).includes(value)
}
