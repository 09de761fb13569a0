/**
 * The clocks Custodian runs, as data with their citations (shared/reference/legal-rules.md §3.1,
 * §3.2, §3.4, §5.2, §7 F and G). Only facts the reference marks ✔ (primary source) or ~
 * (secondary source, `confidence: 'secondary'`) are encoded; nothing marked ? is.
 *
 * Reminder offsets are protective practice, not law, except where the citation says so (the
 * 7-day preservation reminder follows X's guideline that a renewal arrive 7 days before expiry).
 */
import { ADMINISTRATIVE, isUsAuthority, isUsProcess } from '../rules/scope.js'
import { summonsStatuteFor } from '../rules/catalog/adm-statutes.js'
import { E_EVIDENCE_APPLIES_FROM } from '../rules/catalog/ee.js'
import { assessGag, isBinding } from '../rules/gag.js'
import { toMillis } from '../rules/dates.js'
import type { DemandFacts } from '../rules/facts.js'
import type { DemandView } from '../workflow/fold.js'
import type { ClockConfidence, ClockKind, Duration } from './types.js'

/** What ends a clock before its date. */
export type StopCondition = 'settled' | 'settled_or_litigation' | 'withdrawn' | 'user_notified'

/** Where the due instant comes from. */
export type DueSource =
  | { from: 'demand_due_at' }
  | { from: 'gag_expiry' }
  /** A period counted from service; each recorded renewal (up to `max`) adds `period` again. */
  | { from: 'service'; period: Duration; renewal?: { period: Duration; max: number } }

export type ClockRule = {
  kind: ClockKind
  label: string
  citation: string
  confidence: ClockConfidence
  applies: (facts: DemandFacts, view: DemandView) => boolean
  due: DueSource
  remind_before: readonly Duration[]
  stops_when: StopCondition
  /** The clock binds only if a fact still unknown turns out true. */
  conditional?: (facts: DemandFacts) => boolean
  note: string
}

/** Service instant, else the instant the platform logged the demand. */
export function serviceOf(facts: DemandFacts, view: DemandView): { at: string; from_receipt: boolean } {
  return facts.served_at
    ? { at: facts.served_at, from_receipt: false }
    : { at: view.received_at, from_receipt: true }
}

/** e-Evidence orders served before the Regulation applies are declined (EE.APPLICABILITY.DATE), not timed. */
function eEvidenceInForce(facts: DemandFacts, view: DemandView): boolean {
  const served = toMillis(serviceOf(facts, view).at)
  const from = toMillis(E_EVIDENCE_APPLIES_FROM)
  return served !== null && from !== null && served >= from
}

/** The same test as XB.CLOUD.QUASH_WINDOW_14_DAYS: the customer is not a US person or lives abroad. */
function foreignTarget(f: DemandFacts): boolean {
  const country = f.target_country?.toUpperCase()
  return f.target_is_us_person === false || (country != null && country !== '' && country !== 'US')
}

const US_PRESERVATION_CITATION =
  '18 U.S.C. § 2703(f)(2) (records retained 90 days, "extended for an additional 90-day period upon a renewed request"); ' +
  'reminder 7 days before expiry: X law-enforcement guidelines (PRES-1)'

export const CLOCK_RULES: readonly ClockRule[] = [
  {
    kind: 'response',
    label: 'Response due (return date on the demand)',
    citation:
      "The demand's own return date; a date before service is defective (AUTH-4, Twitter v. DHS, 2017)",
    confidence: 'confirmed',
    applies: (f) => f.due_at !== null,
    due: { from: 'demand_due_at' },
    remind_before: [{ days: 3 }, { days: 1 }],
    stops_when: 'settled',
    note: "The issuer asks for a response by this date. It is the issuer's date, not a statute's: objecting or moving to quash before it keeps every option open.",
  },
  {
    kind: 'preservation_us',
    label: 'Preservation period ends (18 U.S.C. § 2703(f))',
    citation: US_PRESERVATION_CITATION,
    confidence: 'confirmed',
    // § 2703(f) binds on the request of a governmental entity; a private hold letter goes to counsel.
    applies: (f) =>
      f.instrument_type === 'preservation_request' &&
      !f.e_evidence &&
      f.issuing_authority.kind !== 'private_party',
    due: { from: 'service', period: { days: 90 }, renewal: { period: { days: 90 }, max: 1 } },
    remind_before: [{ days: 7 }],
    stops_when: 'withdrawn',
    note: 'Preserve the records held at service until this date. A renewal must come as a separate request, at least 7 days before; the statute allows one 90-day renewal. Record it as preservation_renewal_count = 1.',
  },
  {
    kind: 'preservation_eu',
    label: 'European Preservation Order ends (Reg. (EU) 2023/1543, Art. 11)',
    citation:
      'Regulation (EU) 2023/1543, Art. 11 (60 days unless a production request is confirmed; extendable by 30 days)',
    confidence: 'confirmed',
    applies: (f, v) => f.e_evidence?.order === 'epoc_pr' && eEvidenceInForce(f, v),
    due: { from: 'service', period: { days: 60 }, renewal: { period: { days: 30 }, max: 1 } },
    remind_before: [{ days: 7 }],
    stops_when: 'withdrawn',
    note: 'The duty to preserve ends on this date unless the authority confirms a production request or extends it by 30 days (record an extension as preservation_renewal_count = 1).',
  },
  {
    kind: 'eu_production',
    label: 'European Production Order: produce (emergency, 8 hours)',
    citation: 'Regulation (EU) 2023/1543, Art. 10(4) (emergency: at the latest within 8 hours)',
    confidence: 'confirmed',
    applies: (f, v) =>
      f.e_evidence?.order === 'epoc' && f.e_evidence.emergency === true && eEvidenceInForce(f, v),
    due: { from: 'service', period: { hours: 8 } },
    remind_before: [{ hours: 4 }, { hours: 1 }],
    stops_when: 'settled',
    note: 'Emergency order: produce without undue delay and at the latest by this time. The enforcing authority may object within 96 hours.',
  },
  {
    kind: 'eu_production',
    label: 'European Production Order: produce (10 days)',
    citation: 'Regulation (EU) 2023/1543, Art. 10(1)–(3) (produce within 10 days)',
    confidence: 'confirmed',
    applies: (f, v) =>
      f.e_evidence?.order === 'epoc' && f.e_evidence.emergency !== true && eEvidenceInForce(f, v),
    due: { from: 'service', period: { days: 10 } },
    remind_before: [{ days: 3 }, { days: 1 }],
    stops_when: 'settled',
    note: 'Preserve now and produce by this date. Where the enforcing State is notified, produce at the end of the 10 days unless it raises a ground for refusal.',
  },
  {
    kind: 'cloud_act_quash',
    label: 'Last day to move to quash (CLOUD Act comity, 14 days)',
    citation:
      '18 U.S.C. § 2703(h)(2) (motion to quash or modify within 14 days of service); 18 U.S.C. § 2713',
    confidence: 'secondary',
    applies: (f) => isUsProcess(f) && foreignTarget(f) && f.qualifying_foreign_government !== false,
    due: { from: 'service', period: { days: 14 } },
    remind_before: [{ days: 7 }, { days: 2 }],
    stops_when: 'settled_or_litigation',
    conditional: (f) => f.qualifying_foreign_government !== true,
    note: 'The customer is not a US person. If disclosure would risk breaking the law of a qualifying foreign government (one with a CLOUD Act agreement), the provider may move to quash or modify within 14 days of service.',
  },
  {
    kind: 'irs_petition',
    label: "Taxpayer's petition window closes (IRS third-party summons)",
    citation:
      '26 U.S.C. § 7609(a)(1) (notice within 3 days of service), (b)(2)(A) (petition to quash within 20 days of notice), (d) (no examination before the 23rd day)',
    confidence: 'confirmed',
    applies: (f) =>
      ADMINISTRATIVE.has(f.instrument_type) && isUsAuthority(f) && summonsStatuteFor(f)?.key === 'IRS_7602',
    // Notice is due within 3 days of service and the petition within 20 days of notice, so the
    // window closes at the latest 23 days after service; the notice date itself is not recorded.
    due: { from: 'service', period: { days: 23 } },
    remind_before: [{ days: 1 }],
    stops_when: 'settled',
    note: 'The person named has 20 days from the IRS notice (given within 3 days of service) to petition to quash. Produce nothing before this date, nor while a petition is pending.',
  },
  {
    kind: 'gag_expiry',
    label: 'Nondisclosure order ends: notify the user',
    citation:
      '18 U.S.C. § 2705(b) (court may bar notice "for such period as the court deems appropriate"); on expiry notify the user (NOTICE-4: Meta, Google, Mozilla)',
    confidence: 'confirmed',
    // Under the e-Evidence Regulation the issuing authority informs the person, never the provider.
    applies: (f) => {
      const gag = assessGag(f)
      return !f.e_evidence && isBinding(gag) && gag.expires_on !== null
    },
    due: { from: 'gag_expiry' },
    remind_before: [{ days: 7 }, {}],
    stops_when: 'user_notified',
    note: 'The secrecy obligation ends on this date: send the user notice then, unless the order is extended before it ends.',
  },
]
