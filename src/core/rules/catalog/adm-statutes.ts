/**
 * The summons statutes the reference supports, with what each is for, who may sign and how it is
 * enforced. A summons is judged against the statute it cites: its purpose must be one the statute
 * serves. Statutes the reference only names without a section (HIPAA, Inspector General, Secret
 * Service, child-exploitation subpoenas) are not listed: a demand citing them gets a human review.
 */
import { citesUsc, parseCitations } from '../citations.js'
import type { DemandFacts } from '../facts.js'

export type SummonsStatute = {
  key: 'CBP_1509' | 'IRS_7602' | 'DEA_876'
  label: string
  agency: string
  cites: (facts: DemandFacts) => boolean
  /** The purposes the statute serves, in words. */
  purposes: string
  /** Words a stated purpose within the statute would use. */
  purpose_terms: RegExp
  /** What the records themselves must relate to, when the statute says. */
  records_relate_to: string | null
  /** The lowest rank that may sign, when the statute limits delegation. */
  issuer_rank: { text: string; sufficient: RegExp } | null
  /** How the summons is enforced when the recipient does not comply. */
  enforcement: string
}

export const SUMMONS_STATUTES: readonly SummonsStatute[] = [
  {
    key: 'CBP_1509',
    label: '19 U.S.C. § 1509',
    agency: 'U.S. Customs and Border Protection',
    cites: (f) => citesUsc(parseCitations(f.statutes_cited), '19', '1509'),
    purposes:
      'ascertaining the correctness of an entry, determining liability for duty, fees and taxes, determining liability for fines and penalties, and ensuring compliance with the laws Customs administers',
    purpose_terms:
      /\b(?:entr(?:y|ies)|dut(?:y|ies)|fees?|tax(?:es)?|fines?|penalt\w*|customs|import\w*|tariff\w*)\b/i,
    records_relate_to:
      'importation (records of an importer, or of a person who holds records relating to an importation)',
    issuer_rank: {
      text: 'no delegate below district director, port director or special agent in charge',
      sufficient: /\b(?:district director|port director|special agent in charge|commissioner|secretary)\b/i,
    },
    enforcement:
      'it is not self-executing: a U.S. attorney must ask a district court for an enforcement order (19 C.F.R. § 163.9)',
  },
  {
    key: 'IRS_7602',
    label: '26 U.S.C. §§ 7602, 7609',
    agency: 'Internal Revenue Service',
    cites: (f) => {
      const cited = parseCitations(f.statutes_cited)
      return citesUsc(cited, '26', '7602') || citesUsc(cited, '26', '7609')
    },
    purposes:
      'determining or collecting tax: examining books and records and taking testimony for a tax determination or collection (no criminal summons after a referral to the Justice Department)',
    purpose_terms: /\b(?:tax\w*|returns?|internal revenue|liabilit\w*|collect\w*)\b/i,
    records_relate_to: null,
    issuer_rank: null,
    enforcement:
      'it is enforced only through a summary court proceeding, where the recipient raises its defences (United States v. Powell, 379 U.S. 48 (1964))',
  },
  {
    key: 'DEA_876',
    label: '21 U.S.C. § 876',
    agency: 'Drug Enforcement Administration',
    cites: (f) => citesUsc(parseCitations(f.statutes_cited), '21', '876'),
    purposes: 'investigations relating to controlled substances',
    purpose_terms: /\b(?:controlled substances?|drugs?|narcotics?|traffick\w*)\b/i,
    records_relate_to: null,
    issuer_rank: null,
    enforcement: 'it is enforced only through a court proceeding (CRS RL33321 on administrative subpoenas)',
  },
]

export function summonsStatuteFor(facts: DemandFacts): SummonsStatute | null {
  return SUMMONS_STATUTES.find((s) => s.cites(facts)) ?? null
}
