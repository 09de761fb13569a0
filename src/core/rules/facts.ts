/**
 * DemandFacts: what the rules judge. It is the demand's fields plus what the rules need beyond
 * them (sender, verification, document signals, emergency facts, EU order elements, foreign
 * flags...). Every extra is optional: an unknown extra makes the rules that need it answer
 * `needs_review`, never a silent pass, so the engine works on fields typed in by hand.
 *
 * Convention for extras: `undefined`/`null` = unknown; `false` or an empty string = known to be
 * missing or untrue.
 */
import type { Channel, DemandFields } from '../demand/index.js'

export const VERIFICATION_STATUSES = ['verified', 'failed', 'not_attempted'] as const
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number]

/** Out-of-band verification: contact made through an independently sourced number or directory. */
export type Verification = {
  status: VerificationStatus
  /** How it was verified, e.g. "called the agency switchboard from its public website". */
  method?: string | null
  /** Who verified it. */
  by?: string | null
  /** Instant of verification. */
  at?: string | null
}

/**
 * What an emergency disclosure request must state (legal-rules.md §7 EDR-1, EDR-2). Once this
 * object is recorded, a text element that is null or empty means the request does not state it,
 * and `false` means it is absent; an element left undefined has not been read yet.
 */
export type EmergencyFacts = {
  person_at_risk?: string | null
  nature_of_emergency?: string | null
  /** Why disclosure is needed without delay, and how the data would prevent the harm. */
  why_without_delay?: string | null
  /** The requester asserts a danger of death or serious physical injury. */
  danger_of_death_or_serious_injury?: boolean | null
  /** An officer certified the emergency in writing. */
  certified_in_writing?: boolean | null
  /** The data asked for relates to the emergency and no more. */
  scope_limited_to_emergency?: boolean | null
  /** Calendar date the emergency was over, when known (schedules the deferred user notice). */
  ended_on?: string | null
}

/** Elements of an EU Digital Services Act order (Art. 9: act against content; Art. 10: provide information). */
export type DsaOrderFacts = {
  article?: 9 | 10 | null
  legal_basis?: boolean | null
  issuing_authority_identified?: boolean | null
  /** Art. 10(2)(a)(iii): the specific recipients are identified (account names, unique ids). */
  recipients_identified?: boolean | null
  /** Art. 9: exact URLs or other locating information for the content. */
  content_located?: boolean | null
  statement_of_reasons?: boolean | null
  /** Art. 10: the reasons were withheld for the prevention, investigation, detection or prosecution of crime. */
  reasons_withheld_for_criminal_investigation?: boolean | null
  redress_information?: boolean | null
  effect_authority_named?: boolean | null
  /** Sent in a language the provider declared or agreed. */
  language_accepted?: boolean | null
  /** Sent to the provider's electronic point of contact (Art. 11). */
  via_point_of_contact?: boolean | null
  /** A translation of at least the legal basis and the reasons is attached. */
  translation_attached?: boolean | null
  /** Art. 10(2)(b): the information is already collected for the service and within the provider's control. */
  data_already_held?: boolean | null
  /** Art. 9: the territorial scope is limited to what is strictly necessary. */
  territorial_scope_limited?: boolean | null
}

export const EE_ISSUER_ROLES = ['judge', 'court', 'investigating_judge', 'prosecutor', 'other'] as const
export type EeIssuerRole = (typeof EE_ISSUER_ROLES)[number]

/** A European Production or Preservation Order (Regulation (EU) 2023/1543). */
export type EEvidenceFacts = {
  order: 'epoc' | 'epoc_pr'
  issuer_role?: EeIssuerRole | null
  /** Validated by a judge, court or investigating judge (Art. 4). */
  validated?: boolean | null
  /** Maximum custodial sentence of the offence, in years. */
  max_sentence_years?: number | null
  /** The offence is one of the listed cyber, child-abuse or terrorism offences. */
  listed_offence?: boolean | null
  emergency?: boolean | null
  /** Whether the person whose data is sought lives in the issuing State. */
  person_resides_in_issuing_state?: boolean | null
  /** Execution could touch immunities, privileges or press-freedom rules. */
  privilege_or_press_concern?: boolean | null
}

export const FOREIGN_ROUTES = ['direct', 'mlat', 'letters_rogatory', 'cloud_act_agreement'] as const
export type ForeignRoute = (typeof FOREIGN_ROUTES)[number]

export const NOTICE_EXCEPTIONS = [
  'child_sexual_exploitation',
  'account_compromised',
  'no_contact_info',
  'no_data_disclosed',
  'real_world_harm',
] as const
export type NoticeException = (typeof NOTICE_EXCEPTIONS)[number]

export const IP_REQUEST_SCOPES = ['specified_times', 'longitudinal'] as const
export type IpRequestScope = (typeof IP_REQUEST_SCOPES)[number]

export type DemandExtras = {
  channel?: Channel | null
  /** Domain of the sender's e-mail address (an address is reduced to its domain). */
  sender_email_domain?: string | null
  sender_domain_is_government?: boolean | null
  sender_domain_matches_authority?: boolean | null
  /** First request ever seen from this requester. */
  first_seen_requester?: boolean | null
  verification?: Verification | null
  document_signed?: boolean | null
  on_letterhead?: boolean | null
  non_editable_format?: boolean | null
  /** The demand is phrased as "all records regarding the account" (or similar catch-all). */
  all_records_phrasing?: boolean | null
  /** Whether IP records are asked for specified times or events, or as logs over a period. */
  ip_request_scope?: IpRequestScope | null
  /** The requested information is publicly available on the service. */
  requested_data_public?: boolean | null
  /** The demand is addressed to the legal entity that controls the data. */
  addressed_to_correct_entity?: boolean | null
  /** The purpose the circumstances show, when it differs from the recital, e.g. "identify a critic". */
  evident_purpose?: string | null
  /** Counsel's conclusion that the purpose is (not) within the summons statute. */
  purpose_within_statute?: boolean | null
  /** Whether the signatory's rank satisfies the statute's delegation limit. */
  issuer_rank_sufficient?: boolean | null
  emergency_facts?: EmergencyFacts | null
  dsa_order?: DsaOrderFacts | null
  e_evidence?: EEvidenceFacts | null
  /** How a foreign authority's request reached the provider. */
  foreign_route?: ForeignRoute | null
  /** The target user's country (ISO 3166-1 alpha-2), if known. */
  target_country?: string | null
  target_is_us_person?: boolean | null
  /** The target's country has a CLOUD Act executive agreement with the US. */
  qualifying_foreign_government?: boolean | null
  /** Signs that a grand jury subpoena is used to harass or retaliate. */
  harassment_signs?: boolean | null
  /** Civil cases: the anonymous speaker is a party (true) or a non-party witness (false). */
  target_is_party?: boolean | null
  account_type?: 'consumer' | 'enterprise' | null
  notice_exception?: NoticeException | null
  /** The secrecy order also bars counting the demand in transparency reports. */
  gag_bars_transparency_reporting?: boolean | null
  /** Preservation: 0 for a first request, 1 for the first renewal, and so on. */
  preservation_renewal_count?: number | null
  /** Out-of-state request affirms it does not concern lawful reproductive health services. */
  reproductive_health_affirmation?: boolean | null
}

export type DemandFacts = DemandFields & DemandExtras

const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'aol.com',
  'icloud.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'mail.com',
  'yandex.ru',
])

const GOVERNMENT_SUFFIXES = /(?:\.gov|\.mil|\.gov\.[a-z]{2}|\.gouv\.[a-z]{2}|\.police\.uk|\.europa\.eu)$/

/**
 * What a domain alone says: `true` for .gov/.mil and national government suffixes, `false` for
 * free-mail providers, `null` when only a directory can tell.
 */
export function governmentDomainSignal(domain: string): boolean | null {
  const d = domain.toLowerCase()
  if (FREE_MAIL_DOMAINS.has(d)) return false
  if (GOVERNMENT_SUFFIXES.test(d) || d === 'europa.eu') return true
  return null
}

function normaliseDomain(value: string | null | undefined): string | null {
  if (!value) return null
  const at = value.lastIndexOf('@')
  const domain = (at >= 0 ? value.slice(at + 1) : value).trim().toLowerCase().replace(/\.$/, '')
  return domain.length > 0 ? domain : null
}

/** A catch-all request ("all records regarding the account"): broader than any list of categories. */
export const ALL_RECORDS =
  /\b(?:all|any and all)\s+(?:records|information|data)\s+(?:regarding|relating|pertaining|concerning|about)\b/i

/**
 * Builds the rule input from hand-entered or extracted fields. Derives what the fields alone can
 * tell (government-looking sender domain, "all records regarding" phrasing in the summary or
 * purpose); everything else stays unknown unless `extras` supplies it.
 */
export function factsFromFields(fields: DemandFields, extras: DemandExtras = {}): DemandFacts {
  const facts: DemandFacts = { ...fields, ...extras }
  const domain = normaliseDomain(extras.sender_email_domain)
  if (domain) {
    facts.sender_email_domain = domain
    if (facts.sender_domain_is_government == null) {
      const signal = governmentDomainSignal(domain)
      if (signal !== null) facts.sender_domain_is_government = signal
    }
  }
  if (facts.all_records_phrasing == null) {
    const text = `${fields.summary ?? ''} ${fields.stated_purpose ?? ''}`
    if (ALL_RECORDS.test(text)) facts.all_records_phrasing = true
  }
  return facts
}
