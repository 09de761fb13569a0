/**
 * AUTH: is the demand what it claims to be? Sender domain, out-of-band verification, signature
 * and letterhead, citations that fit the instrument, and a deadline that makes sense. Forged
 * emergency requests from hacked police mailboxes are the main operational threat.
 */
import type { InstrumentType } from '../../demand/index.js'
import { citesUsc, citesUscRange, parseCitations, type ParsedCitation } from '../citations.js'
import { localDate, toMillis } from '../dates.js'
import type { DemandFacts } from '../facts.js'
import { instrumentPhrase, isEmergency } from '../scope.js'
import type { Rule } from '../types.js'

const PAPER_CHANNELS = new Set(['fax', 'mail', 'in_person'])

function onPaper(facts: DemandFacts): boolean {
  return facts.channel != null && PAPER_CHANNELS.has(facts.channel)
}

/** Citations that belong to one kind of instrument only; citing one on another is a forgery signal. */
const SIGNATURE_CITATIONS: ReadonlyArray<{
  label: string
  test: (c: readonly ParsedCitation[]) => boolean
  fits: ReadonlySet<InstrumentType>
}> = [
  {
    label: '19 U.S.C. § 1509',
    test: (c) => citesUsc(c, '19', '1509'),
    fits: new Set(['administrative_summons', 'administrative_subpoena']),
  },
  {
    label: '26 U.S.C. § 7602/7609',
    test: (c) => citesUsc(c, '26', '7602') || citesUsc(c, '26', '7609'),
    fits: new Set(['administrative_summons', 'administrative_subpoena']),
  },
  {
    label: '21 U.S.C. § 876',
    test: (c) => citesUsc(c, '21', '876'),
    fits: new Set(['administrative_subpoena', 'administrative_summons']),
  },
  {
    label: '18 U.S.C. § 2709',
    test: (c) => citesUsc(c, '18', '2709'),
    fits: new Set(['national_security_letter']),
  },
  {
    label: '18 U.S.C. §§ 3121–3127',
    test: (c) => citesUscRange(c, '18', 3121, 3127),
    fits: new Set(['pen_register_order']),
  },
  {
    label: '18 U.S.C. § 2703(d)',
    test: (c) => citesUsc(c, '18', '2703', '(d)'),
    fits: new Set(['court_order_2703d', 'search_warrant']),
  },
  {
    label: '18 U.S.C. § 2703(f)',
    test: (c) => citesUsc(c, '18', '2703', '(f)'),
    fits: new Set(['preservation_request']),
  },
  {
    label: '18 U.S.C. § 2702(b)(8)/(c)(4)',
    test: (c) => citesUsc(c, '18', '2702', '(b)(8)') || citesUsc(c, '18', '2702', '(c)(4)'),
    fits: new Set(['emergency_disclosure_request']),
  },
  {
    label: 'Fed. R. Crim. P. 41',
    test: (c) => c.some((x) => x.kind === 'frcrp' && x.rule === '41'),
    fits: new Set(['search_warrant']),
  },
  {
    label: 'Fed. R. Crim. P. 17',
    test: (c) => c.some((x) => x.kind === 'frcrp' && x.rule === '17'),
    fits: new Set(['grand_jury_subpoena', 'trial_subpoena']),
  },
  {
    label: 'Fed. R. Civ. P. 45',
    test: (c) => c.some((x) => x.kind === 'frcp' && x.rule === '45'),
    fits: new Set(['civil_subpoena']),
  },
  {
    label: 'Regulation (EU) 2022/2065',
    test: (c) => c.some((x) => x.kind === 'eu' && x.act === 'dsa'),
    fits: new Set(['eu_dsa_order', 'takedown_demand']),
  },
  {
    label: 'Regulation (EU) 2023/1543',
    test: (c) => c.some((x) => x.kind === 'eu' && x.act === 'e_evidence'),
    fits: new Set(['foreign_order', 'preservation_request']),
  },
]

export const AUTH_RULES: readonly Rule[] = [
  {
    id: 'AUTH.SENDER.DOMAIN_MATCHES_AUTHORITY',
    family: 'AUTH',
    kind: 'policy',
    title: 'Sent from an official domain of the issuing authority',
    citation:
      'Meta, X and Discord law-enforcement guidelines (official government e-mail required); FBI PIN of 4 Nov 2024 on hacked police mailboxes',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'clarify',
    appliesTo: (f) => !onPaper(f),
    check: (f) => {
      const domain = f.sender_email_domain ?? 'an unrecorded domain'
      const authority = f.issuing_authority.name
      if (f.sender_domain_is_government === false) {
        return { outcome: 'fail', values: { domain, authority, problem: 'it is not a government domain' } }
      }
      if (f.sender_domain_matches_authority === false) {
        return {
          outcome: 'fail',
          values: { domain, authority, problem: `it does not belong to ${authority}` },
        }
      }
      if (f.sender_domain_is_government === true && f.sender_domain_matches_authority === true) {
        return { outcome: 'pass', values: { domain, authority } }
      }
      return { outcome: 'needs_review', values: { domain, authority } }
    },
    explanation: {
      pass: 'Sent from {domain}, a government domain that belongs to {authority}.',
      fail: 'Sent from {domain}, but {problem}. Demands are accepted only from an official address of the issuing authority.',
      needs_review: 'Nobody has recorded whether {domain} is a government domain belonging to {authority}.',
    },
    action: {
      pass: 'None.',
      fail: 'Hold. Verify the requester out of band through an independently sourced contact and ask for the demand to be resent from an official address.',
      needs_review: "Check the sender domain against the authority's published domains before acting.",
    },
  },
  {
    id: 'AUTH.VERIFY.OUT_OF_BAND',
    family: 'AUTH',
    kind: 'policy',
    title: 'Verified out of band (emergencies and first-seen requesters)',
    citation:
      'FBI PIN of 4 Nov 2024 (fraudulent emergency data requests); "verify then trust", never the contact data in the request (securityinfowatch); Kodex and Discord requester verification',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'decline',
    appliesTo: (f) => isEmergency(f) || f.first_seen_requester !== false,
    check: (f) => {
      const why = isEmergency(f)
        ? 'an emergency request'
        : f.first_seen_requester === true
          ? 'a requester not seen before'
          : 'a requester with no recorded history with the provider'
      const status = f.verification?.status
      if (status === 'verified')
        return { outcome: 'pass', values: { why, method: f.verification?.method ?? 'a method not recorded' } }
      if (status === 'failed') return { outcome: 'fail', severity: 'critical', values: { why } }
      return { outcome: 'needs_review', severity: isEmergency(f) ? 'critical' : 'high', values: { why } }
    },
    explanation: {
      pass: 'This is {why}; it was verified out of band ({method}).',
      fail: 'This is {why}, and out-of-band verification failed: the issuing authority does not confirm it.',
      needs_review: 'This is {why} and it has not been verified out of band yet.',
    },
    action: {
      pass: 'None.',
      fail: 'Decline. Treat the demand as a likely forgery; report it to the authority it impersonates.',
      needs_review:
        'Before any disclosure, call the authority on a number taken from an independent directory (never one in the request) and record who confirmed it.',
    },
  },
  {
    id: 'AUTH.DOCUMENT.SIGNED',
    family: 'AUTH',
    kind: 'policy',
    title: 'Signed by the issuing official',
    citation:
      'Google: requests must be in writing and signed by an authorized official; Apple: only the body of the signed process counts',
    confidence: 'confirmed',
    severity: 'medium',
    effect: 'clarify',
    appliesTo: () => true,
    check: (f) => {
      if (f.document_signed === true) return { outcome: 'pass' }
      if (f.document_signed === false) return { outcome: 'fail' }
      return { outcome: 'needs_review', severity: 'low' }
    },
    explanation: {
      pass: 'The document is signed by the issuing official.',
      fail: 'The document is not signed by an official of the issuing authority.',
      needs_review: 'Whether the document is signed has not been recorded.',
    },
    action: {
      pass: 'None.',
      fail: 'Ask for a signed copy of the process before acting on it.',
      needs_review: 'Look at the document and record whether an authorized official signed it.',
    },
  },
  {
    id: 'AUTH.DOCUMENT.LETTERHEAD',
    family: 'AUTH',
    kind: 'policy',
    title: 'On letterhead, in a non-editable format',
    citation:
      'X law-enforcement guidelines (letterhead, non-editable format); FBI PIN of 4 Nov 2024 (scrutinise documents for forgery)',
    confidence: 'confirmed',
    severity: 'medium',
    effect: 'clarify',
    appliesTo: () => true,
    check: (f) => {
      if (f.on_letterhead === false)
        return { outcome: 'fail', values: { problem: "it is not on the authority's letterhead" } }
      if (f.non_editable_format === false)
        return { outcome: 'fail', values: { problem: 'it arrived in an editable format' } }
      if (f.on_letterhead === true && (f.non_editable_format === true || onPaper(f)))
        return { outcome: 'pass' }
      return { outcome: 'needs_review', severity: 'low' }
    },
    explanation: {
      pass: "The document is on the authority's letterhead in a format that cannot be edited.",
      fail: 'The document fails a forgery check: {problem}.',
      needs_review: 'Letterhead and file format have not been recorded.',
    },
    action: {
      pass: 'None.',
      fail: 'Ask for the demand on letterhead in a non-editable format (signed PDF), and verify the requester out of band.',
      needs_review: 'Record whether the document is on letterhead and in a non-editable format.',
    },
  },
  {
    id: 'AUTH.CITATIONS.FIT_INSTRUMENT',
    family: 'AUTH',
    kind: 'policy',
    title: 'Cited law fits the instrument',
    citation:
      'FBI PIN of 4 Nov 2024: inconsistencies in legal codes mark forged requests (as summarised by secondary sources)',
    confidence: 'secondary',
    severity: 'medium',
    effect: 'clarify',
    appliesTo: (f) => f.instrument_type !== 'other',
    check: (f) => {
      const instrument = instrumentPhrase(f)
      if (f.statutes_cited.length === 0)
        return { outcome: 'needs_review', severity: 'low', values: { instrument, cited: 'nothing' } }
      const cited = parseCitations(f.statutes_cited)
      const recognised = SIGNATURE_CITATIONS.filter((s) => s.test(cited))
      const misfits = recognised.filter((s) => !s.fits.has(f.instrument_type))
      const list = f.statutes_cited.join('; ')
      if (misfits.length > 0) {
        return {
          outcome: 'fail',
          values: { instrument, cited: list, misfit: misfits.map((m) => m.label).join(', ') },
        }
      }
      if (recognised.length > 0) return { outcome: 'pass', values: { instrument, cited: list } }
      return { outcome: 'needs_review', severity: 'low', values: { instrument, cited: list } }
    },
    explanation: {
      pass: 'The law cited ({cited}) is the law {instrument} rests on.',
      fail: 'The demand presents itself as {instrument} but cites {misfit}, which belongs to a different kind of process. Inconsistent legal codes are a known sign of forgery.',
      needs_review:
        'The demand presents itself as {instrument} and cites {cited}; the engine cannot tell whether that fits.',
    },
    action: {
      pass: 'None.',
      fail: 'Hold. Verify the requester out of band and ask the issuer to state the authority it relies on.',
      needs_review: 'Counsel checks that the cited authority matches the instrument and the issuing body.',
    },
  },
  {
    id: 'AUTH.DEADLINE.BEFORE_SERVICE',
    family: 'AUTH',
    kind: 'policy',
    title: 'Deadline falls after issue and service',
    citation:
      'Twitter v. DHS, N.D. Cal. 3:17-cv-01916 (the CBP summons demanded production the day before it was faxed)',
    confidence: 'confirmed',
    severity: 'medium',
    effect: 'note',
    appliesTo: (f) => f.due_at !== null,
    check: (f) => {
      const dueAt = f.due_at ?? ''
      const due = toMillis(dueAt)
      const served = toMillis(f.served_at)
      if (due !== null && served !== null && due < served) {
        return { outcome: 'fail', values: { due: dueAt, relation: `before it was served (${f.served_at})` } }
      }
      if (due !== null && f.date_issued !== null && localDate(dueAt) < f.date_issued) {
        return {
          outcome: 'fail',
          values: { due: dueAt, relation: `before the date it was issued (${f.date_issued})` },
        }
      }
      if (due === null || (served === null && f.date_issued === null))
        return { outcome: 'needs_review', severity: 'low', values: { due: dueAt } }
      return { outcome: 'pass', values: { due: dueAt } }
    },
    explanation: {
      pass: 'The response date ({due}) falls after the demand was issued and served.',
      fail: 'The demand asks for a response by {due}, {relation}. The deadline is impossible to meet and the demand is defective on its face.',
      needs_review:
        'The response date ({due}) cannot be compared with the issue or service date: one of them is missing or unreadable.',
    },
    action: {
      pass: 'None.',
      fail: 'Record the deadline as defective and do not treat it as binding; state a reasonable response date in the reply.',
      needs_review: 'Record when the demand was issued and served.',
    },
  },
]
