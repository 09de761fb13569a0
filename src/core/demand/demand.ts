/**
 * The demand: one piece of legal process served on the platform, as the legal team knows it.
 * These are plain values: no methods, no I/O. Dates are ISO strings (`YYYY-MM-DD` for calendar
 * dates, full ISO 8601 with offset for instants) so that the core never needs a clock.
 */
import type { DataCategory } from './data-category.js'
import type { InstrumentType } from './instrument.js'

export const AUTHORITY_KINDS = [
  'federal_agency',
  'state_agency',
  'local_police',
  'prosecutor',
  'court',
  'grand_jury',
  'private_party',
  'foreign_authority',
  'eu_authority',
  'other',
] as const
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number]

/** Who issued the demand. `jurisdiction` follows the corpus: `US-federal`, `US-XX`, ISO country, `EU`. */
export type IssuingAuthority = {
  name: string
  kind: AuthorityKind
  jurisdiction: string | null
  /** The office within the agency, e.g. "Office of Professional Responsibility". */
  office?: string | null
  /** Name and rank of the official who signed, as printed. */
  signatory?: string | null
}

export const TARGET_KINDS = [
  'handle',
  'email',
  'phone',
  'url',
  'domain',
  'repository',
  'account_id',
  'ip_address',
  'other',
] as const
export type TargetKind = (typeof TARGET_KINDS)[number]

/** What kind of speech the targeted account carries: the anonymous-speech tests depend on it. */
export const SPEECH_PROFILES = [
  'political',
  'journalism',
  'religious',
  'commercial',
  'other',
  'unknown',
] as const
export type SpeechProfile = (typeof SPEECH_PROFILES)[number]

export type Target = {
  identifier: string
  kind: TargetKind
  speech_profile: SpeechProfile
  /** The account holder does not publish their legal name: unmasking them is itself the request. */
  pseudonymous: boolean
}

/** Where a demand for secrecy comes from. Only a court order or a statute binds the provider. */
export const NONDISCLOSURE_BASES = ['court_order', 'statute', 'request'] as const
export type NondisclosureBasis = (typeof NONDISCLOSURE_BASES)[number]

export type Nondisclosure = {
  basis: NondisclosureBasis
  /** Calendar date the secrecy ends; null when the document gives none (indefinite). */
  expires_on: string | null
  /** The wording or the authority it relies on, e.g. "18 U.S.C. 2705(b)". */
  citation?: string | null
}

export type DateRange = { from: string | null; to: string | null }

export type DemandFields = {
  instrument_type: InstrumentType
  issuing_authority: IssuingAuthority
  /** External reference printed on the document (case or file number). */
  reference: string | null
  statutes_cited: string[]
  targets: Target[]
  data_categories_requested: DataCategory[]
  date_range: DateRange | null
  /** Calendar date the document was issued. */
  date_issued: string | null
  /** Instant the platform received it. */
  served_at: string | null
  /** Instant the issuer wants a response by; may fall before `served_at` (a defect). */
  due_at: string | null
  /** The document's stated purpose or offence under investigation. */
  stated_purpose: string | null
  nondisclosure: Nondisclosure | null
  emergency: boolean
  /** Free-text summary by the clerk. */
  summary: string | null
}

export const CHANNELS = ['email', 'fax', 'portal', 'mail', 'api', 'in_person', 'other'] as const
export type Channel = (typeof CHANNELS)[number]

export type Litigation = {
  court: string
  case_number: string
  filed_on: string
  /** Whether the platform filed (plaintiff/movant) or answers an enforcement action. */
  posture: 'platform_challenge' | 'enforcement_action' | 'motion_to_quash'
}

export const OUTCOMES = [
  'withdrawn',
  'quashed',
  'modified',
  'enforced',
  'complied',
  'complied_narrowed',
  'rejected',
  'dismissed_with_prejudice',
  'dismissed_without_prejudice',
] as const
export type Outcome = (typeof OUTCOMES)[number]
