/**
 * PRES: preservation requests. Preserving is not producing: the provider freezes records it
 * already holds for 90 days, once renewable for 90 more, while the government obtains process.
 */
import { addDays, localDate } from '../dates.js'
import type { DemandFacts } from '../facts.js'
import type { Rule } from '../types.js'

function isPreservation(f: DemandFacts): boolean {
  return f.instrument_type === 'preservation_request' && !f.e_evidence
}

function start(f: DemandFacts): string | null {
  return f.served_at ?? f.date_issued
}

export const PRES_RULES: readonly Rule[] = [
  {
    id: 'PRES.SCA.PRESERVE_ONLY',
    family: 'PRES',
    kind: 'law',
    title: 'Preserve for 90 days on a government request; preservation is not disclosure',
    citation: "18 U.S.C. § 2703(f) (preserve records in the provider's possession pending process; 90 days)",
    confidence: 'confirmed',
    severity: 'medium',
    effect: 'note',
    appliesTo: isPreservation,
    check: (f) => {
      const from = start(f)
      const until = addDays(from, 90) ?? 'an unknown date (no service date recorded)'
      if (f.issuing_authority.kind === 'private_party') return { outcome: 'needs_review', values: { until } }
      return { outcome: from ? 'pass' : 'needs_review', values: { until } }
    },
    explanation: {
      pass: 'A governmental entity asked for preservation: preserve the records now held until {until}. Nothing is disclosed until process arrives.',
      fail: 'Not applicable.',
      needs_review:
        "Preservation under § 2703(f) runs 90 days (until {until}) and binds only on a governmental entity's request; check who asked and when it was served.",
    },
    action: {
      pass: 'Snapshot the named accounts now and set the 90-day clock; produce nothing without process.',
      fail: 'None.',
      needs_review: "Record the service date; a private party's hold letter goes to counsel.",
    },
  },
  {
    id: 'PRES.SCA.RENEWAL_LIMIT',
    family: 'PRES',
    kind: 'law',
    title: 'One 90-day renewal, on a renewed request',
    citation: '18 U.S.C. § 2703(f) ("extended for an additional 90-day period upon a renewed request")',
    confidence: 'confirmed',
    severity: 'medium',
    effect: 'decline',
    appliesTo: isPreservation,
    check: (f) => {
      const n = f.preservation_renewal_count
      if (n == null) return { outcome: 'needs_review', severity: 'low' }
      if (n <= 1)
        return {
          outcome: 'pass',
          values: { what: n === 0 ? 'a first request' : 'the one renewal the statute allows' },
        }
      return { outcome: 'fail', values: { count: n } }
    },
    explanation: {
      pass: 'This is {what}.',
      fail: 'This is renewal number {count}; the statute provides for one 90-day extension only.',
      needs_review: 'It is not recorded whether this is a first request or a renewal.',
    },
    action: {
      pass: 'None.',
      fail: 'Decline a further statutory extension; ask for legal process (voluntary retention is a policy choice for counsel).',
      needs_review: 'Check earlier requests for the same accounts.',
    },
  },
  {
    id: 'PRES.SCA.EXISTING_RECORDS_ONLY',
    family: 'PRES',
    kind: 'law',
    title: 'Existing records only, no prospective capture',
    citation:
      '18 U.S.C. § 2703(f) ("records and other evidence in its possession"); preservation-letter commentary (no prospective capture)',
    confidence: 'secondary',
    severity: 'medium',
    effect: 'note',
    appliesTo: isPreservation,
    check: (f) => {
      const to = f.date_range?.to
      const served = f.served_at ? localDate(f.served_at) : f.date_issued
      if (to && served && to > served) return { outcome: 'fail', values: { to, served } }
      return { outcome: 'pass' }
    },
    explanation: {
      pass: 'The request covers records that already exist.',
      fail: 'The request runs to {to}, after it was served ({served}): preservation covers only records that already exist, not future data.',
      needs_review: 'Not applicable.',
    },
    action: {
      pass: 'None.',
      fail: 'Preserve what exists at service; prospective collection needs a pen/trap or wiretap order.',
      needs_review: 'None.',
    },
  },
  {
    id: 'PRES.RENEWAL.ALERT',
    family: 'PRES',
    kind: 'policy',
    title: 'Renewals are separate requests, at least 7 days before expiry',
    citation: 'X law-enforcement guidelines (extension as a separate request, at least 7 days before expiry)',
    confidence: 'confirmed',
    severity: 'info',
    effect: 'note',
    appliesTo: (f) => isPreservation(f) && start(f) !== null,
    check: (f) => ({ outcome: 'pass', values: { alert: addDays(start(f), 83) ?? '' } }),
    explanation: {
      pass: 'A renewal must arrive as a separate request at least 7 days before expiry: remind the requester on {alert}.',
      fail: 'Not applicable.',
      needs_review: 'Not applicable.',
    },
    action: {
      pass: 'Schedule the expiry alert.',
      fail: 'None.',
      needs_review: 'None.',
    },
  },
  {
    id: 'PRES.REPORT.NOT_A_DISCLOSURE',
    family: 'PRES',
    kind: 'policy',
    title: 'Preservation is counted separately, not as a disclosure',
    citation: 'Google transparency report help (preservation requests are not counted as disclosures)',
    confidence: 'confirmed',
    severity: 'info',
    effect: 'note',
    appliesTo: isPreservation,
    check: () => ({ outcome: 'pass' }),
    explanation: {
      pass: 'Preservation discloses nothing; the transparency report counts it separately.',
      fail: 'Not applicable.',
      needs_review: 'Not applicable.',
    },
    action: {
      pass: 'Count under preservation requests, not under disclosures.',
      fail: 'None.',
      needs_review: 'None.',
    },
  },
]
