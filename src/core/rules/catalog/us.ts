/**
 * US: the Stored Communications Act matrix (which process reaches which data) and civil
 * unmasking. The other US process rules (NSL, pen/trap, wiretap, addressee, particularity, public
 * information) are in us-process.ts; US_RULES joins both in the catalogue's order.
 */
import { JUDICIAL_INSTRUMENTS } from '../../demand/index.js'
import {
  BEYOND_BSI,
  SUBPOENA_LIKE,
  instrumentPhrase,
  isUsProcess,
  listCategories,
  pseudonymousTargets,
  requested,
  requests,
} from '../scope.js'
import type { Rule } from '../types.js'
import { US_PROCESS_RULES } from './us-process.js'

const CONTENT_PROCESS = new Set([...SUBPOENA_LIKE, 'court_order_2703d', 'search_warrant', 'other'])

export const US_SCA_RULES: readonly Rule[] = [
  {
    id: 'US.SCA.CONTENT_NEEDS_WARRANT',
    family: 'US',
    kind: 'law',
    title: 'Content needs a search warrant',
    citation:
      '18 U.S.C. § 2703(a)–(b); United States v. Warshak, 631 F.3d 266 (6th Cir. 2010); warrant-for-content practice of every anchor',
    confidence: 'confirmed',
    severity: 'critical',
    effect: 'narrow',
    appliesTo: (f) => requests(f, 'content') && CONTENT_PROCESS.has(f.instrument_type) && isUsProcess(f),
    check: (f, policy) => {
      const instrument = instrumentPhrase(f)
      if (f.instrument_type === 'search_warrant') return { outcome: 'pass', values: { instrument } }
      if (!policy.warrant_for_content && f.instrument_type !== 'other') {
        return { outcome: 'needs_review', values: { instrument } }
      }
      return { outcome: 'fail', values: { instrument }, excluded_categories: ['content'] }
    },
    explanation: {
      pass: 'Contents of communications are sought by a search warrant, the process the law and the anchors require.',
      fail: 'Contents of communications are sought by {instrument}. Content is produced only on a search warrant issued on probable cause by a court of competent jurisdiction.',
      needs_review:
        'Contents are sought by {instrument}. The statute lets a subpoena or 2703(d) order reach content held over 180 days if the user gets prior notice, and the operator has switched off the warrant-for-content policy: counsel must check the age of each item and the notice.',
    },
    action: {
      pass: 'None.',
      fail: 'Do not produce content. Tell the requester that content needs a search warrant; answer only for what the process reaches.',
      needs_review: 'Counsel decides, item by item, whether content may go out under this process.',
    },
  },
  {
    id: 'US.SCA.JUDICIAL_ISSUER',
    family: 'US',
    kind: 'law',
    title: 'Warrants and court orders come from a court',
    citation:
      '18 U.S.C. § 2703(a), (d) (court of competent jurisdiction); 18 U.S.C. § 3123 (pen/trap orders)',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'object',
    appliesTo: (f) => JUDICIAL_INSTRUMENTS.has(f.instrument_type) && isUsProcess(f),
    check: (f) => {
      const values = { instrument: instrumentPhrase(f), authority: f.issuing_authority.name }
      return f.issuing_authority.kind === 'court'
        ? { outcome: 'pass', values }
        : { outcome: 'needs_review', values }
    },
    explanation: {
      pass: 'The process ({instrument}) was issued by a court ({authority}).',
      fail: 'The process ({instrument}) was not issued by a court.',
      needs_review:
        'Such process ({instrument}) must be issued by a judge, but the issuing authority is recorded as {authority}, which is not a court.',
    },
    action: {
      pass: 'None.',
      fail: 'Object: ask for the order signed by the court.',
      needs_review:
        "Check the judge's signature and the court on the document; correct the issuing authority if the agency was recorded instead.",
    },
  },
  {
    id: 'US.SCA.SUBPOENA_REACHES_BSI_ONLY',
    family: 'US',
    kind: 'law',
    title: 'A subpoena or summons reaches only basic subscriber information',
    citation:
      '18 U.S.C. § 2703(c)(2) (name, address, session records, length and type of service, subscriber number or identity, means of payment)',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'narrow',
    appliesTo: (f) => SUBPOENA_LIKE.has(f.instrument_type) && isUsProcess(f),
    check: (f) => {
      const instrument = instrumentPhrase(f)
      const beyond = requested(f, BEYOND_BSI)
      const problems: string[] = []
      if (beyond.length > 0) problems.push(`it asks for ${listCategories(beyond)}`)
      if (f.all_records_phrasing === true)
        problems.push('it is phrased as "all records regarding" the account')
      if (problems.length > 0) {
        return {
          outcome: 'fail',
          values: { instrument, problems: problems.join(', and ') },
          excluded_categories: beyond,
        }
      }
      if (requests(f, 'device'))
        return { outcome: 'needs_review', severity: 'medium', values: { instrument } }
      return { outcome: 'pass', values: { instrument } }
    },
    explanation: {
      pass: 'The demand ({instrument}) asks only for items on the § 2703(c)(2) list.',
      fail: 'Process of this kind ({instrument}) reaches only the six § 2703(c)(2) items, but {problems}. Other non-content records need a 2703(d) order or a warrant.',
      needs_review:
        'The demand ({instrument}) asks for device identifiers; only an "instrument number or other subscriber number or identity" is on the § 2703(c)(2) list.',
    },
    action: {
      pass: 'None.',
      fail: 'Narrow the answer to the § 2703(c)(2) items, or object to the rest; say that other records need a 2703(d) order or a warrant.',
      needs_review:
        'Counsel decides whether the device identifiers asked for are subscriber numbers or other records.',
    },
  },
  {
    id: 'US.SCA.NON_CONTENT_NEEDS_2703D_ORDER',
    family: 'US',
    kind: 'law',
    title: 'Non-content records need a 2703(d) order or a warrant',
    citation:
      '18 U.S.C. § 2703(c)(1), (d) (specific and articulable facts, relevant and material to an ongoing criminal investigation)',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'narrow',
    appliesTo: (f) =>
      (f.instrument_type === 'other' || f.instrument_type === 'court_order_2703d') &&
      isUsProcess(f) &&
      f.data_categories_requested.some((c) => c !== 'content'),
    check: (f) => {
      if (f.instrument_type === 'court_order_2703d') {
        return requests(f, 'location')
          ? {
              outcome: 'needs_review',
              values: {
                detail:
                  'it asks for location records; counsel confirms which process the court of this circuit requires for them',
              },
            }
          : { outcome: 'pass' }
      }
      const nonContent = f.data_categories_requested.filter((c) => c !== 'content')
      return {
        outcome: 'fail',
        values: { detail: `an informal request or unnamed process asks for ${listCategories(nonContent)}` },
        excluded_categories: nonContent,
      }
    },
    explanation: {
      pass: 'A 2703(d) order reaches the non-content records asked for.',
      fail: 'No recognised compulsory process stands behind this demand: {detail}. Basic subscriber information needs at least a subpoena; other records need a 2703(d) order or a warrant.',
      needs_review: 'The 2703(d) order reaches non-content records, but {detail}.',
    },
    action: {
      pass: 'None.',
      fail: 'Do not produce. Ask for the legal process the statute requires.',
      needs_review: 'Counsel reviews the location request before production.',
    },
  },
  {
    id: 'US.SCA.IP_LOGS_SPECIFIED_TIMES',
    family: 'US',
    kind: 'policy',
    title: 'A subpoena reaches IP addresses for specified times, not IP logs',
    citation:
      'GitHub guidelines for legal requests of user data (subpoena: IP at a specified time or event; access logs need a 2703(d) order or warrant)',
    confidence: 'confirmed',
    severity: 'medium',
    effect: 'narrow',
    appliesTo: (f) => SUBPOENA_LIKE.has(f.instrument_type) && isUsProcess(f) && requests(f, 'ip_logs'),
    check: (f) => {
      if (f.ip_request_scope === 'specified_times') return { outcome: 'pass' }
      if (f.ip_request_scope === 'longitudinal') return { outcome: 'fail', excluded_categories: ['ip_logs'] }
      return { outcome: 'needs_review' }
    },
    explanation: {
      pass: 'IP addresses are asked for at specified times or events, which a subpoena reaches.',
      fail: 'IP addresses are asked for as logs over a period; longitudinal access logs need a 2703(d) order or a warrant.',
      needs_review:
        'IP addresses are asked for, but it is not recorded whether for specified times (subpoena) or as logs over time (2703(d) order).',
    },
    action: {
      pass: 'None.',
      fail: 'Leave IP logs out; offer the registration IP and IPs for specified times only.',
      needs_review: 'Read the request and record whether it names times or events for the IP addresses.',
    },
  },
  {
    id: 'US.SCA.CIVIL_NO_CONTENT',
    family: 'US',
    kind: 'law',
    title: 'Civil process never reaches content',
    citation: '18 U.S.C. § 2702(a) (no divulging of contents to any person or entity)',
    confidence: 'confirmed',
    severity: 'critical',
    effect: 'narrow',
    appliesTo: (f) => f.instrument_type === 'civil_subpoena' && requests(f, 'content'),
    check: () => ({ outcome: 'fail', excluded_categories: ['content'] }),
    explanation: {
      pass: 'No content is sought.',
      fail: 'A civil subpoena asks for contents of communications. The Stored Communications Act forbids divulging contents to a private litigant; no civil process reaches them.',
      needs_review: 'Contents are sought by a civil subpoena.',
    },
    action: {
      pass: 'None.',
      fail: 'Do not produce content; object, and point the party to the account holder, who may hold and produce their own content.',
      needs_review: 'Counsel reviews.',
    },
  },
  {
    id: 'US.CIVIL.NON_CONTENT_AFTER_REVIEW',
    family: 'US',
    kind: 'policy',
    title: 'Civil non-content only after speech review and user notice',
    citation:
      "18 U.S.C. § 2702(c)(6) (non-content to non-government persons); anchors' practice of subpoena, anonymous-speech review and user notice",
    confidence: 'confirmed',
    severity: 'high',
    effect: 'object',
    appliesTo: (f) =>
      f.instrument_type === 'civil_subpoena' && f.data_categories_requested.some((c) => c !== 'content'),
    check: (f) => {
      const speakers = pseudonymousTargets(f)
      if (speakers.length > 0)
        return { outcome: 'needs_review', values: { speakers: speakers.map((t) => t.identifier).join(', ') } }
      return { outcome: 'pass' }
    },
    explanation: {
      pass: 'The civil subpoena seeks non-content records of accounts that are not anonymous; they may be produced after the user has been notified and had time to object.',
      fail: 'The civil subpoena seeks non-content records without the review the policy requires.',
      needs_review:
        'The civil subpoena would identify anonymous speakers ({speakers}): the anonymous-speech review must come first.',
    },
    action: {
      pass: 'Notify the user with a copy of the subpoena and wait for the time to move to quash before producing.',
      fail: 'Object until the review is done.',
      needs_review:
        'Notify the speaker, give time to move to quash, and have counsel work through the unmasking checklist.',
    },
  },
]

export const US_RULES: readonly Rule[] = [...US_SCA_RULES, ...US_PROCESS_RULES]
