/**
 * US process other than the SCA matrix: the NSL's limited items, pen/trap and wiretap orders, the
 * right addressee, particularity, and information anyone can see.
 */
import type { DataCategory } from '../../demand/index.js'
import { citesUsc, parseCitations } from '../citations.js'
import { daysBetween } from '../dates.js'
import type { DemandFacts } from '../facts.js'
import { TIME_BASED, isUsProcess, legallyReachable, listCategories, requests } from '../scope.js'
import type { Rule } from '../types.js'

const NSL_ITEMS: ReadonlySet<DataCategory> = new Set(['subscriber_identity'])

function citesWiretap(f: DemandFacts): boolean {
  const cited = parseCitations(f.statutes_cited)
  return (
    citesUsc(cited, '18', '2518') ||
    citesUsc(cited, '18', '2511') ||
    f.statutes_cited.some((s) => /title\s+iii|wiretap/i.test(s))
  )
}

export const US_PROCESS_RULES: readonly Rule[] = [
  {
    id: 'US.NSL.LIMITED_ITEMS',
    family: 'US',
    kind: 'law',
    title: 'A national security letter reaches name, address, length of service, toll billing records',
    citation: '18 U.S.C. § 2709; DOJ Office of Legal Counsel opinion of 5 Nov 2008',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'narrow',
    appliesTo: (f) => f.instrument_type === 'national_security_letter',
    check: (f) => {
      const excluded = f.data_categories_requested.filter((c) => !NSL_ITEMS.has(c) && c !== 'contact')
      if (excluded.length > 0)
        return {
          outcome: 'fail',
          values: { excluded: listCategories(excluded) },
          excluded_categories: excluded,
        }
      if (requests(f, 'contact')) return { outcome: 'needs_review', severity: 'medium' }
      return { outcome: 'pass' }
    },
    explanation: {
      pass: 'The letter asks only for what an NSL may reach.',
      fail: 'An NSL may reach only name, address, length of service and toll billing records, yet it asks for {excluded}: no content, no IP addresses, no other records.',
      needs_review:
        'The letter asks for contact details; of those, only a mailing address is on the NSL list.',
    },
    action: {
      pass: 'None.',
      fail: 'Produce only name, address and length of service; decline the rest in writing.',
      needs_review: 'Produce a mailing address only, not e-mail addresses or phone numbers.',
    },
  },
  {
    id: 'US.PEN_TRAP.NON_CONTENT_ORDER',
    family: 'US',
    kind: 'law',
    title: 'Pen register / trap and trace: non-content, prospective, up to 60 days',
    citation: '18 U.S.C. §§ 3121–3127, § 3123 (court order; 60 days, extendable by 60)',
    confidence: 'secondary',
    severity: 'high',
    effect: 'narrow',
    appliesTo: (f) => f.instrument_type === 'pen_register_order',
    check: (f) => {
      if (requests(f, 'content')) {
        return {
          outcome: 'fail',
          values: { problem: 'it asks for contents, which a pen/trap order never reaches' },
          excluded_categories: ['content'],
        }
      }
      const days = daysBetween(f.date_range?.from, f.date_range?.to)
      if (days !== null && days > 60) {
        return {
          outcome: 'fail',
          effect: 'note',
          values: { problem: `it covers ${days} days, more than the 60 days one order allows` },
        }
      }
      if (days === null) return { outcome: 'needs_review', severity: 'medium' }
      return { outcome: 'pass' }
    },
    explanation: {
      pass: 'The pen/trap order seeks non-content data for no more than 60 days.',
      fail: 'The pen/trap order is defective: {problem}.',
      needs_review: 'The period of the pen/trap order is not recorded; one order covers at most 60 days.',
    },
    action: {
      pass: "Capture only dialling, routing, addressing and signalling information, from the order's start.",
      fail: 'Capture non-content data only, within the period the order may lawfully cover; ask for an extension order for more.',
      needs_review: 'Record the start and end of the order.',
    },
  },
  {
    id: 'US.WIRETAP.TITLE_III_ORDER',
    family: 'US',
    kind: 'law',
    title: 'Real-time interception needs a Title III court order',
    citation: '18 U.S.C. § 2518 (Wiretap Act, Title III order)',
    confidence: 'confirmed',
    severity: 'critical',
    effect: 'object',
    appliesTo: (f) => citesWiretap(f),
    check: (f) => (f.issuing_authority.kind === 'court' ? { outcome: 'needs_review' } : { outcome: 'fail' }),
    explanation: {
      pass: 'A court ordered the interception.',
      fail: 'The demand asks for interception of communications but was not issued by a court; only a Title III order authorises a wiretap.',
      needs_review:
        'A court order for real-time interception was served. Its duration and scope must be checked against the Wiretap Act.',
    },
    action: {
      pass: 'None.',
      fail: 'Do not intercept. Object and ask for a Title III order.',
      needs_review: 'Counsel reads the order against 18 U.S.C. § 2518 before any interception starts.',
    },
  },
  {
    id: 'US.ENTITY.CORRECT_ADDRESSEE',
    family: 'US',
    kind: 'policy',
    title: 'Addressed to the entity that controls the data',
    citation: 'Meta and X law-enforcement guidelines (separate US and EU entities receive process)',
    confidence: 'confirmed',
    severity: 'medium',
    effect: 'clarify',
    appliesTo: (f) => f.addressed_to_correct_entity != null,
    check: (f) => ({ outcome: f.addressed_to_correct_entity ? 'pass' : 'fail' }),
    explanation: {
      pass: 'The demand is addressed to the entity that controls the data.',
      fail: 'The demand is addressed to an entity that does not control the data.',
      needs_review: 'The addressee has not been checked.',
    },
    action: {
      pass: 'None.',
      fail: 'Ask the requester to serve the entity that controls the data.',
      needs_review: 'Check the addressee.',
    },
  },
  {
    id: 'US.PARTICULARITY.SPECIFIC_REQUEST',
    family: 'US',
    kind: 'policy',
    title: 'Identifiers, data categories and a date range are specified',
    citation:
      'Meta, Mozilla and X law-enforcement guidelines (specific identifiers, categories and date limitations)',
    confidence: 'confirmed',
    severity: 'medium',
    effect: 'clarify',
    appliesTo: (f) => isUsProcess(f),
    check: (f) => {
      const missing: string[] = []
      if (f.targets.length === 0) missing.push('no account identifier')
      if (f.data_categories_requested.length === 0) missing.push('no data categories')
      const timed = legallyReachable(f).filter((c) => TIME_BASED.has(c))
      const range = f.date_range
      if (timed.length > 0 && (!range || !range.from || !range.to))
        missing.push(`no complete date range for ${listCategories(timed)}`)
      if (missing.length > 0) return { outcome: 'fail', values: { missing: missing.join('; ') } }
      const vague = f.targets.filter((t) => t.kind === 'other').map((t) => t.identifier)
      if (vague.length > 0)
        return { outcome: 'needs_review', severity: 'low', values: { vague: vague.join(', ') } }
      return { outcome: 'pass' }
    },
    explanation: {
      pass: 'The demand names its accounts, the categories of data and, where it matters, a date range.',
      fail: 'The demand is not particular enough: {missing}.',
      needs_review:
        'Some identifiers are of an unknown kind ({vague}); unique identifiers (numeric ids, usernames) avoid producing the wrong account.',
    },
    action: {
      pass: 'None.',
      fail: 'Ask the requester to specify what is missing; produce nothing for an unbounded request.',
      needs_review: 'Match each identifier to exactly one account before producing.',
    },
  },
  {
    id: 'US.PUBLIC.PUBLICLY_AVAILABLE',
    family: 'US',
    kind: 'policy',
    title: 'Public information is not produced',
    citation: 'X law-enforcement guidelines (requests must not seek publicly available information)',
    confidence: 'confirmed',
    severity: 'low',
    effect: 'decline',
    appliesTo: (f) => isUsProcess(f) && (f.requested_data_public != null || requests(f, 'content')),
    check: (f) => {
      if (f.requested_data_public === true) return { outcome: 'fail' }
      if (f.requested_data_public === false) return { outcome: 'pass' }
      return { outcome: 'needs_review' }
    },
    explanation: {
      pass: 'The information asked for is not public.',
      fail: 'The information asked for is publicly available on the service.',
      needs_review: 'Posts or other content are asked for and nobody has recorded whether they are public.',
    },
    action: {
      pass: 'None.',
      fail: 'Decline and point the requester to the public source.',
      needs_review: 'Record whether the requested items are publicly visible.',
    },
  },
]
