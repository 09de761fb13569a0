/**
 * EE: European Production and Preservation Orders under the e-Evidence Regulation (EU) 2023/1543,
 * applicable from 18 August 2026. Who may issue depends on the data; traffic data and content
 * need a judge and a serious offence; production runs on a 10-day (emergency: 8-hour) clock; the
 * issuing authority, not the provider, informs the person.
 */
import type { DataCategory } from '../../demand/index.js'
import { DAY_MS, toMillis } from '../dates.js'
import type { DemandFacts } from '../facts.js'
import { listCategories } from '../scope.js'
import type { Rule } from '../types.js'

export const E_EVIDENCE_APPLIES_FROM = '2026-08-18'

const SUBSCRIBER: ReadonlySet<DataCategory> = new Set(['subscriber_identity', 'contact', 'payment'])
const JUDICIAL_ROLES = new Set(['judge', 'court', 'investigating_judge'])

function isEpoc(f: DemandFacts): boolean {
  return f.e_evidence?.order === 'epoc'
}

/** Traffic data and content: everything but subscriber data and IP data asked solely to identify the user. */
function trafficOrContent(f: DemandFacts): DataCategory[] {
  return f.data_categories_requested.filter((c) => !SUBSCRIBER.has(c) && c !== 'ip_logs')
}

function instantAfter(from: string | null, ms: number): string | null {
  const start = toMillis(from)
  return start === null ? null : new Date(start + ms).toISOString()
}

export const EE_RULES: readonly Rule[] = [
  {
    id: 'EE.APPLICABILITY.DATE',
    family: 'EE',
    kind: 'law',
    title: 'The e-Evidence Regulation applies from 18 August 2026',
    citation:
      'Regulation (EU) 2023/1543 (applies from 18 Aug 2026; eucrim, "e-Evidence Regulation and Directive published")',
    confidence: 'confirmed',
    severity: 'critical',
    effect: 'decline',
    appliesTo: (f) => f.e_evidence != null,
    check: (_f, _policy, now) =>
      (toMillis(now) ?? 0) < (toMillis(E_EVIDENCE_APPLIES_FROM) ?? 0)
        ? { outcome: 'fail', values: { from: E_EVIDENCE_APPLIES_FROM } }
        : { outcome: 'pass', values: { from: E_EVIDENCE_APPLIES_FROM } },
    explanation: {
      pass: 'The Regulation applies (since {from}).',
      fail: 'The order relies on the e-Evidence Regulation, which applies only from {from}.',
      needs_review: 'Not applicable.',
    },
    action: {
      pass: 'None.',
      fail: 'Decline the order as such and point the authority to mutual legal assistance.',
      needs_review: 'None.',
    },
  },
  {
    id: 'EE.ART4.ISSUER_FOR_DATA',
    family: 'EE',
    kind: 'law',
    title: 'The issuer may order this kind of data',
    citation: 'Regulation (EU) 2023/1543, Art. 4',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'object',
    appliesTo: (f) => isEpoc(f),
    check: (f) => {
      const role = f.e_evidence?.issuer_role
      const validated = f.e_evidence?.validated === true
      if (!role) return { outcome: 'needs_review', values: { detail: "the issuer's role is not recorded" } }
      if (JUDICIAL_ROLES.has(role) || validated)
        return { outcome: 'pass', values: { role: role.replaceAll('_', ' ') } }
      const heavy = trafficOrContent(f)
      if (heavy.length > 0) return { outcome: 'fail', values: { role, data: listCategories(heavy) } }
      if (role === 'prosecutor' && f.data_categories_requested.includes('ip_logs')) {
        return {
          outcome: 'needs_review',
          values: {
            detail: 'a prosecutor may order IP data only when it is asked solely to identify the user',
          },
        }
      }
      if (role === 'prosecutor') return { outcome: 'pass', values: { role } }
      return {
        outcome: 'needs_review',
        values: {
          detail: `an issuer of role "${role}" needs validation by a judge, court, investigating judge or prosecutor`,
        },
      }
    },
    explanation: {
      pass: 'A {role} may issue an order for the data asked.',
      fail: 'A {role} ordered {data} without validation; only a judge, a court or an investigating judge may order traffic data or content.',
      needs_review: 'The issuer cannot yet be matched to the data: {detail}.',
    },
    action: {
      pass: 'None.',
      fail: 'Object to the issuing and enforcing authorities: the order needs judicial validation.',
      needs_review: 'Check the issuer and any validation on the certificate.',
    },
  },
  {
    id: 'EE.ART5.OFFENCE_THRESHOLD',
    family: 'EE',
    kind: 'law',
    title: 'Traffic data and content only for serious offences',
    citation:
      'Regulation (EU) 2023/1543, Art. 5 (offences punishable by at least 3 years, or listed offences)',
    confidence: 'secondary',
    severity: 'high',
    effect: 'object',
    appliesTo: (f) => isEpoc(f) && trafficOrContent(f).length > 0,
    check: (f) => {
      const ee = f.e_evidence
      if (ee?.listed_offence === true) return { outcome: 'pass', values: { why: 'a listed offence' } }
      const years = ee?.max_sentence_years
      if (years == null) return { outcome: 'needs_review' }
      return years >= 3
        ? { outcome: 'pass', values: { why: `an offence punishable by up to ${years} years` } }
        : { outcome: 'fail', values: { years } }
    },
    explanation: {
      pass: 'Traffic data or content is sought for {why}, which meets the threshold.',
      fail: 'Traffic data or content is sought for an offence punishable by at most {years} years, below the 3-year threshold.',
      needs_review: 'The offence and its maximum sentence are not recorded.',
    },
    action: {
      pass: 'None.',
      fail: 'Object: produce subscriber data only, if otherwise valid.',
      needs_review: 'Record the offence from the certificate.',
    },
  },
  {
    id: 'EE.ART10.DEADLINES',
    family: 'EE',
    kind: 'law',
    title: 'Produce within 10 days, or 8 hours in an emergency',
    citation: 'Regulation (EU) 2023/1543, Art. 10(1)–(4)',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'note',
    appliesTo: (f) => isEpoc(f),
    check: (f) => {
      const emergency = f.e_evidence?.emergency === true
      const due = instantAfter(f.served_at, emergency ? 8 * 3_600_000 : 10 * DAY_MS)
      if (!due) return { outcome: 'needs_review' }
      const notified =
        f.e_evidence?.person_resides_in_issuing_state === false && trafficOrContent(f).length > 0
      const extra = emergency
        ? ' The enforcing authority may object within 96 hours.'
        : notified
          ? ' The enforcing State is notified: produce at the end of the 10 days unless it raises a ground for refusal.'
          : ''
      return { outcome: 'pass', values: { due, extra } }
    },
    explanation: {
      pass: 'Preserve immediately and produce by {due}.{extra}',
      fail: 'Not applicable.',
      needs_review:
        'The production clock (10 days, 8 hours in an emergency) cannot start: the service time is not recorded.',
    },
    action: {
      pass: 'Preserve now and set the production deadline.',
      fail: 'None.',
      needs_review: 'Record when the certificate was received.',
    },
  },
  {
    id: 'EE.ART11.PRESERVATION_PERIOD',
    family: 'EE',
    kind: 'law',
    title: 'Preservation orders last 60 days, extendable by 30',
    citation: 'Regulation (EU) 2023/1543, Art. 11',
    confidence: 'confirmed',
    severity: 'info',
    effect: 'note',
    appliesTo: (f) => f.e_evidence?.order === 'epoc_pr',
    check: (f) => {
      const until = instantAfter(f.served_at, 60 * DAY_MS)
      return until ? { outcome: 'pass', values: { until: until.slice(0, 10) } } : { outcome: 'needs_review' }
    },
    explanation: {
      pass: 'Preserve without undue delay; the duty ends on {until} unless a production request is confirmed or the authority extends it by 30 days.',
      fail: 'Not applicable.',
      needs_review: 'The 60-day preservation period cannot start: the service time is not recorded.',
    },
    action: {
      pass: 'Preserve now and set the 60-day clock.',
      fail: 'None.',
      needs_review: 'Record when the certificate was received.',
    },
  },
  {
    id: 'EE.ART10.PRIVILEGE_PRESS',
    family: 'EE',
    kind: 'law',
    title: 'Immunities, privileges and press freedom are raised with both authorities',
    citation: 'Regulation (EU) 2023/1543, Arts. 10–11',
    confidence: 'secondary',
    severity: 'high',
    effect: 'note',
    appliesTo: (f) =>
      f.e_evidence != null &&
      (f.e_evidence.privilege_or_press_concern === true ||
        f.targets.some((t) => t.speech_profile === 'journalism')),
    check: () => ({ outcome: 'needs_review' }),
    explanation: {
      pass: 'Not applicable.',
      fail: 'Not applicable.',
      needs_review: 'Executing the order could touch immunities, privileges or press-freedom rules.',
    },
    action: {
      pass: 'None.',
      fail: 'None.',
      needs_review: 'Inform the issuing and the enforcing authority of the concern before producing.',
    },
  },
  {
    id: 'EE.ART13.CONFIDENTIALITY',
    family: 'EE',
    kind: 'law',
    title: 'The issuing authority informs the person; the provider keeps the order confidential',
    citation: 'Regulation (EU) 2023/1543, Art. 13',
    confidence: 'confirmed',
    severity: 'info',
    effect: 'note',
    appliesTo: (f) => f.e_evidence != null,
    check: () => ({ outcome: 'pass' }),
    explanation: {
      pass: 'Under the e-Evidence Regulation the issuing authority informs the person concerned; the provider keeps the order and the data confidential.',
      fail: 'Not applicable.',
      needs_review: 'Not applicable.',
    },
    action: {
      pass: 'Do not notify the user; keep the order confidential.',
      fail: 'None.',
      needs_review: 'None.',
    },
  },
]
