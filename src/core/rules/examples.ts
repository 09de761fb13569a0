/**
 * Worked examples: the flagship @ALT_uscis summons and a set of typical demands. They ship with
 * the product as demo data, drive the scenario tests and the benchmark. The facts follow the
 * reference documents; names of people are invented where the record has none.
 */
import type { DemandFields } from '../demand/index.js'
import { factsFromFields, type DemandExtras, type DemandFacts } from './facts.js'

export type Example = { title: string; facts: DemandFacts; now: string }

const VERIFIED: DemandExtras = {
  channel: 'portal',
  sender_email_domain: 'agent@fbi.gov',
  sender_domain_matches_authority: true,
  first_seen_requester: false,
  verification: {
    status: 'verified',
    method: 'called the field office on its published number',
    by: 'legal-ops',
    at: '2024-05-02T15:00:00Z',
  },
  document_signed: true,
  on_letterhead: true,
  non_editable_format: true,
  requested_data_public: false,
}

function fields(
  partial: Partial<DemandFields> & Pick<DemandFields, 'instrument_type' | 'issuing_authority'>,
): DemandFields {
  return {
    reference: null,
    statutes_cited: [],
    targets: [],
    data_categories_requested: [],
    date_range: null,
    date_issued: null,
    served_at: null,
    due_at: null,
    stated_purpose: null,
    nondisclosure: null,
    emergency: false,
    summary: null,
    ...partial,
  }
}

const flagship: Example = {
  title: 'CBP summons for @ALT_USCIS (19 U.S.C. § 1509, March 2017)',
  now: '2017-03-14T20:00:00Z',
  facts: factsFromFields(
    fields({
      instrument_type: 'administrative_summons',
      issuing_authority: {
        name: 'U.S. Customs and Border Protection',
        kind: 'federal_agency',
        jurisdiction: 'US-federal',
        office: 'Office of Professional Responsibility',
        signatory: null,
      },
      reference: 'DHS Form 3115',
      statutes_cited: ['19 U.S.C. § 1509'],
      targets: [
        { identifier: '@ALT_USCIS', kind: 'handle', speech_profile: 'political', pseudonymous: true },
      ],
      data_categories_requested: ['subscriber_identity', 'contact', 'ip_logs', 'other'],
      date_issued: '2017-03-14',
      served_at: '2017-03-14T11:00:00-04:00',
      due_at: '2017-03-13T11:45:00-04:00',
      stated_purpose:
        'Ascertaining the correctness of entries, determining liability for duties, fines and penalties, and insuring compliance with the laws administered by CBP',
      nondisclosure: {
        basis: 'request',
        expires_on: null,
        citation: 'request not to disclose for an indefinite period',
      },
      summary:
        'Produce for inspection all records regarding the Twitter account @ALT_USCIS to include user names, account login, phone numbers, mailing addresses, and I.P. addresses.',
    }),
    { channel: 'fax' },
  ),
}

const warrantContent: Example = {
  title: 'Search warrant for the messages of one account',
  now: '2024-05-03T09:00:00Z',
  facts: factsFromFields(
    fields({
      instrument_type: 'search_warrant',
      issuing_authority: {
        name: 'U.S. District Court for the Northern District of California',
        kind: 'court',
        jurisdiction: 'US-federal',
      },
      reference: '24-mj-70123',
      statutes_cited: ['18 U.S.C. § 2703(a)', 'Fed. R. Crim. P. 41'],
      targets: [
        { identifier: '1234567890', kind: 'account_id', speech_profile: 'other', pseudonymous: false },
      ],
      data_categories_requested: ['content', 'subscriber_identity'],
      date_range: { from: '2024-01-01', to: '2024-03-31' },
      date_issued: '2024-05-01',
      served_at: '2024-05-02T14:00:00Z',
      due_at: '2024-05-16T17:00:00Z',
      stated_purpose: 'Investigation of wire fraud, 18 U.S.C. § 1343',
    }),
    { ...VERIFIED, sender_email_domain: 'clerk@cand.uscourts.gov', sender_domain_is_government: true },
  ),
}

const nslAccessLogs: Example = {
  title: 'National security letter asking for subscriber data and access logs',
  now: '2024-05-03T09:00:00Z',
  facts: factsFromFields(
    fields({
      instrument_type: 'national_security_letter',
      issuing_authority: {
        name: 'Federal Bureau of Investigation',
        kind: 'federal_agency',
        jurisdiction: 'US-federal',
      },
      statutes_cited: ['18 U.S.C. § 2709'],
      targets: [
        { identifier: 'user@example.org', kind: 'email', speech_profile: 'unknown', pseudonymous: false },
      ],
      data_categories_requested: ['subscriber_identity', 'ip_logs'],
      date_range: { from: '2024-01-01', to: '2024-04-30' },
      date_issued: '2024-05-01',
      served_at: '2024-05-02T14:00:00Z',
      due_at: '2024-05-20T17:00:00Z',
      nondisclosure: { basis: 'statute', expires_on: null, citation: '18 U.S.C. § 2709(c)' },
    }),
    VERIFIED,
  ),
}

const trialSubpoenaPosts: Example = {
  title: "Criminal trial subpoena for an account's private posts",
  now: '2024-05-03T09:00:00Z',
  facts: factsFromFields(
    fields({
      instrument_type: 'trial_subpoena',
      issuing_authority: {
        name: 'Superior Court of California, County of Alameda',
        kind: 'court',
        jurisdiction: 'US-CA',
      },
      statutes_cited: ['Cal. Penal Code § 1326'],
      targets: [
        { identifier: '@example_user', kind: 'handle', speech_profile: 'other', pseudonymous: false },
      ],
      data_categories_requested: ['content'],
      date_range: { from: '2023-06-01', to: '2023-08-31' },
      date_issued: '2024-04-25',
      served_at: '2024-04-29T16:00:00Z',
      due_at: '2024-05-20T09:00:00-07:00',
    }),
    { ...VERIFIED, sender_email_domain: 'da@acgov.org', sender_domain_is_government: true },
  ),
}

const edrMissingFacts: Example = {
  title: 'Emergency disclosure request that does not describe the emergency',
  now: '2024-05-03T09:00:00Z',
  facts: factsFromFields(
    fields({
      instrument_type: 'emergency_disclosure_request',
      issuing_authority: {
        name: 'Springfield Police Department',
        kind: 'local_police',
        jurisdiction: 'US-IL',
      },
      targets: [
        { identifier: '@missing_teen_2024', kind: 'handle', speech_profile: 'unknown', pseudonymous: false },
      ],
      data_categories_requested: ['ip_logs', 'location'],
      served_at: '2024-05-03T08:10:00Z',
      emergency: true,
    }),
    {
      ...VERIFIED,
      sender_email_domain: 'sgt.jones@springfield.il.us',
      sender_domain_is_government: true,
      emergency_facts: {
        person_at_risk: 'A 15-year-old reported missing',
        nature_of_emergency: null,
        why_without_delay: '',
        danger_of_death_or_serious_injury: true,
        certified_in_writing: false,
        scope_limited_to_emergency: true,
      },
    },
  ),
}

const dsaNoReasons: Example = {
  title: 'DSA Art. 10 order without a statement of reasons',
  now: '2025-09-01T09:00:00Z',
  facts: factsFromFields(
    fields({
      instrument_type: 'eu_dsa_order',
      issuing_authority: { name: 'Arcom', kind: 'eu_authority', jurisdiction: 'FR' },
      statutes_cited: ['Regulation (EU) 2022/2065, Art. 10'],
      targets: [
        { identifier: '@seller_fr', kind: 'handle', speech_profile: 'commercial', pseudonymous: false },
      ],
      data_categories_requested: ['subscriber_identity', 'contact'],
      date_issued: '2025-08-28',
      served_at: '2025-08-29T10:00:00+02:00',
    }),
    {
      ...VERIFIED,
      sender_email_domain: 'ordres@arcom.fr',
      sender_domain_is_government: true,
      dsa_order: {
        article: 10,
        legal_basis: true,
        issuing_authority_identified: true,
        recipients_identified: true,
        statement_of_reasons: false,
        reasons_withheld_for_criminal_investigation: false,
        redress_information: true,
        language_accepted: true,
        via_point_of_contact: true,
        data_already_held: true,
      },
    },
  ),
}

const foreignPoliceContent: Example = {
  title: "Foreign police e-mail asking directly for an account's messages",
  now: '2024-05-03T09:00:00Z',
  facts: factsFromFields(
    fields({
      instrument_type: 'foreign_order',
      issuing_authority: { name: 'Polizei Berlin', kind: 'foreign_authority', jurisdiction: 'DE' },
      statutes_cited: ['§ 100a StPO'],
      targets: [{ identifier: '@berlin_user', kind: 'handle', speech_profile: 'other', pseudonymous: false }],
      data_categories_requested: ['content'],
      date_range: { from: '2024-02-01', to: '2024-02-29' },
      served_at: '2024-05-02T08:00:00Z',
    }),
    {
      ...VERIFIED,
      sender_email_domain: 'lka@polizei.berlin.de',
      foreign_route: 'direct',
      target_country: 'DE',
    },
  ),
}

const grandJuryGag: Example = {
  title: 'Grand jury subpoena with a § 2705(b) order of unlimited length',
  now: '2024-05-03T09:00:00Z',
  facts: factsFromFields(
    fields({
      instrument_type: 'grand_jury_subpoena',
      issuing_authority: {
        name: 'Grand Jury, U.S. District Court for the District of Columbia',
        kind: 'grand_jury',
        jurisdiction: 'US-federal',
      },
      statutes_cited: ['Fed. R. Crim. P. 17'],
      targets: [
        { identifier: '9876543210', kind: 'account_id', speech_profile: 'other', pseudonymous: false },
      ],
      data_categories_requested: ['subscriber_identity', 'contact', 'payment'],
      date_issued: '2024-04-30',
      served_at: '2024-05-01T13:00:00Z',
      due_at: '2024-05-21T09:00:00-04:00',
      nondisclosure: { basis: 'court_order', expires_on: null, citation: '18 U.S.C. § 2705(b)' },
    }),
    { ...VERIFIED, sender_email_domain: 'ausa@usdoj.gov', sender_domain_is_government: true },
  ),
}

const preservation: Example = {
  title: 'Preservation request under § 2703(f)',
  now: '2024-05-03T09:00:00Z',
  facts: factsFromFields(
    fields({
      instrument_type: 'preservation_request',
      issuing_authority: {
        name: 'Federal Bureau of Investigation',
        kind: 'federal_agency',
        jurisdiction: 'US-federal',
      },
      statutes_cited: ['18 U.S.C. § 2703(f)'],
      targets: [
        { identifier: '1122334455', kind: 'account_id', speech_profile: 'unknown', pseudonymous: false },
      ],
      data_categories_requested: ['subscriber_identity', 'content'],
      served_at: '2024-05-02T14:00:00Z',
    }),
    { ...VERIFIED, sender_domain_is_government: true, preservation_renewal_count: 0 },
  ),
}

const civilUnmasking: Example = {
  title: 'Civil subpoena to unmask an anonymous reviewer',
  now: '2024-05-03T09:00:00Z',
  facts: factsFromFields(
    fields({
      instrument_type: 'civil_subpoena',
      issuing_authority: {
        name: "Acme Widgets, Inc. (plaintiff's counsel)",
        kind: 'private_party',
        jurisdiction: 'US-NJ',
      },
      statutes_cited: ['Fed. R. Civ. P. 45'],
      targets: [
        { identifier: '@widget_truths', kind: 'handle', speech_profile: 'commercial', pseudonymous: true },
      ],
      data_categories_requested: ['subscriber_identity', 'ip_logs', 'content'],
      date_range: { from: '2023-01-01', to: '2023-12-31' },
      served_at: '2024-04-30T15:00:00Z',
      due_at: '2024-05-14T17:00:00Z',
    }),
    {
      channel: 'mail',
      document_signed: true,
      on_letterhead: true,
      target_is_party: true,
      requested_data_public: false,
    },
  ),
}

const epocBeforeApplicable: Example = {
  title: 'European Production Order before the e-Evidence Regulation applies',
  now: '2025-11-03T09:00:00Z',
  facts: factsFromFields(
    fields({
      instrument_type: 'foreign_order',
      issuing_authority: {
        name: 'Procura della Repubblica di Milano',
        kind: 'foreign_authority',
        jurisdiction: 'IT',
      },
      statutes_cited: ['Regulation (EU) 2023/1543'],
      targets: [{ identifier: '@milan_user', kind: 'handle', speech_profile: 'other', pseudonymous: false }],
      data_categories_requested: ['subscriber_identity', 'content'],
      served_at: '2025-11-02T10:00:00+01:00',
    }),
    {
      ...VERIFIED,
      sender_email_domain: 'procura.milano@giustizia.it',
      sender_domain_is_government: true,
      e_evidence: { order: 'epoc', issuer_role: 'prosecutor', validated: false, max_sentence_years: 5 },
    },
  ),
}

/**
 * A plain, complete demand for tests and demos: a verified grand jury subpoena for the subscriber
 * identity of one non-anonymous account. Override what the case at hand is about.
 */
export function buildFacts(partial: Partial<DemandFields> = {}, extras: DemandExtras = {}): DemandFacts {
  return factsFromFields(
    fields({
      instrument_type: 'grand_jury_subpoena',
      issuing_authority: {
        name: 'Grand Jury, U.S. District Court',
        kind: 'grand_jury',
        jurisdiction: 'US-federal',
      },
      statutes_cited: ['Fed. R. Crim. P. 17'],
      targets: [{ identifier: '1000001', kind: 'account_id', speech_profile: 'other', pseudonymous: false }],
      data_categories_requested: ['subscriber_identity'],
      date_issued: '2024-05-01',
      served_at: '2024-05-02T14:00:00Z',
      due_at: '2024-05-23T17:00:00Z',
      ...partial,
    }),
    { ...VERIFIED, sender_email_domain: 'ausa@usdoj.gov', ...extras },
  )
}

export const EXAMPLES = {
  flagship,
  warrant_content: warrantContent,
  nsl_access_logs: nslAccessLogs,
  trial_subpoena_posts: trialSubpoenaPosts,
  edr_missing_facts: edrMissingFacts,
  dsa_art10_no_reasons: dsaNoReasons,
  foreign_police_content: foreignPoliceContent,
  grand_jury_indefinite_gag: grandJuryGag,
  preservation,
  civil_unmasking: civilUnmasking,
  epoc_before_applicable: epocBeforeApplicable,
} as const satisfies Record<string, Example>

export type ExampleName = keyof typeof EXAMPLES
export const EXAMPLE_NAMES = Object.keys(EXAMPLES) as ExampleName[]
