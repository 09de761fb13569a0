/**
 * EDR: emergency disclosure requests. Disclosure in an emergency is voluntary: the provider may
 * disclose if it believes in good faith that a danger of death or serious physical injury
 * requires it without delay. Fake EDRs are common, so the request must state its facts and be
 * verified out of band (AUTH.VERIFY.OUT_OF_BAND), and the verification must be logged.
 */
import { addDays } from '../dates.js'
import type { DemandFacts, EmergencyFacts } from '../facts.js'
import { isEmergency } from '../scope.js'
import type { Rule } from '../types.js'

type Element = {
  label: string
  state: (f: DemandFacts, e: EmergencyFacts) => 'present' | 'missing' | 'unknown'
}

function text(value: string | null | undefined): 'present' | 'missing' | 'unknown' {
  if (value === undefined) return 'unknown'
  return value && value.trim().length > 0 ? 'present' : 'missing'
}

function flag(value: boolean | null | undefined): 'present' | 'missing' | 'unknown' {
  if (value === true) return 'present'
  return value === false ? 'missing' : 'unknown'
}

const REQUIRED: readonly Element[] = [
  { label: 'the person at risk', state: (_f, e) => text(e.person_at_risk) },
  { label: 'the nature of the emergency', state: (_f, e) => text(e.nature_of_emergency) },
  { label: 'the accounts concerned', state: (f) => (f.targets.length > 0 ? 'present' : 'missing') },
  {
    label: 'the specific data needed',
    state: (f) => (f.data_categories_requested.length > 0 ? 'present' : 'missing'),
  },
  {
    label: 'why the data is needed without delay to prevent the harm',
    state: (_f, e) => text(e.why_without_delay),
  },
  { label: "an officer's signature", state: (f) => flag(f.document_signed) },
  { label: 'a written certification of the emergency', state: (_f, e) => flag(e.certified_in_writing) },
]

export const EDR_RULES: readonly Rule[] = [
  {
    id: 'EDR.REQUEST.REQUIRED_FACTS',
    family: 'EDR',
    kind: 'policy',
    title: 'The emergency request states the facts it must',
    citation:
      'X, Mozilla and GitHub law-enforcement guidelines (EDR cover sheet, facts of the emergency, officer certification)',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'clarify',
    appliesTo: isEmergency,
    check: (f) => {
      if (!f.emergency_facts)
        return { outcome: 'needs_review', values: { unknown: 'the emergency facts have not been recorded' } }
      const e = f.emergency_facts
      const states = REQUIRED.map((el) => ({ label: el.label, state: el.state(f, e) }))
      const missing = states.filter((s) => s.state === 'missing').map((s) => s.label)
      const unknown = states.filter((s) => s.state === 'unknown').map((s) => s.label)
      if (missing.length > 0) return { outcome: 'fail', values: { missing: missing.join('; ') } }
      if (unknown.length > 0)
        return { outcome: 'needs_review', values: { unknown: `not yet checked: ${unknown.join('; ')}` } }
      return { outcome: 'pass' }
    },
    explanation: {
      pass: 'The request states who is at risk, the emergency, the accounts and data, why it cannot wait, and carries a signed certification.',
      fail: 'The emergency request does not state: {missing}.',
      needs_review: 'The emergency request has not been fully read: {unknown}.',
    },
    action: {
      pass: 'None.',
      fail: 'Ask the requesting officer, through the verified contact, for the missing facts and a signed certification; disclose nothing meanwhile.',
      needs_review: 'Read the request against the EDR checklist.',
    },
  },
  {
    id: 'EDR.STANDARD.DANGER_WITHOUT_DELAY',
    family: 'EDR',
    kind: 'law',
    title: 'Danger of death or serious physical injury requiring disclosure without delay',
    citation:
      '18 U.S.C. § 2702(b)(8) (contents) and § 2702(c)(4) (records): voluntary disclosure in good faith',
    confidence: 'confirmed',
    severity: 'critical',
    effect: 'decline',
    appliesTo: isEmergency,
    check: (f) => {
      const danger = f.emergency_facts?.danger_of_death_or_serious_injury
      if (danger === false) return { outcome: 'fail' }
      if (danger === true && text(f.emergency_facts?.why_without_delay) === 'present')
        return { outcome: 'pass' }
      return { outcome: 'needs_review', severity: 'high' }
    },
    explanation: {
      pass: 'The request describes a danger of death or serious physical injury that cannot wait for legal process. Disclosure remains voluntary.',
      fail: 'The request does not describe a danger of death or serious physical injury; the emergency exception does not apply.',
      needs_review:
        'It is not established that a danger of death or serious physical injury requires disclosure without delay.',
    },
    action: {
      pass: 'Disclose only if the provider itself believes the emergency in good faith; record why.',
      fail: 'Decline the emergency request; ordinary legal process is needed.',
      needs_review: 'Ask the officer to describe the danger and why normal process cannot wait.',
    },
  },
  {
    id: 'EDR.SCOPE.RELATED_TO_EMERGENCY',
    family: 'EDR',
    kind: 'law',
    title: 'Only information relating to the emergency',
    citation:
      '18 U.S.C. § 2702(b)(8), (c)(4) ("relating to the emergency"); GitHub guidelines (limited information matching the circumstances)',
    confidence: 'confirmed',
    severity: 'medium',
    effect: 'clarify',
    appliesTo: isEmergency,
    check: (f) => {
      const limited = f.emergency_facts?.scope_limited_to_emergency
      if (limited === true) return { outcome: 'pass' }
      if (limited === false) return { outcome: 'fail' }
      return { outcome: 'needs_review' }
    },
    explanation: {
      pass: 'The data asked for is limited to what the emergency needs.',
      fail: 'The request asks for more than the emergency needs.',
      needs_review: 'Nobody has checked that every item asked for relates to the emergency.',
    },
    action: {
      pass: 'None.',
      fail: 'Disclose only the items that relate to the emergency; ask for legal process for the rest.',
      needs_review: 'Check each requested item against the emergency described.',
    },
  },
  {
    id: 'EDR.VERIFY.LOGGED',
    family: 'EDR',
    kind: 'policy',
    title: 'Who verified the emergency, how and when, is logged',
    citation:
      'FBI PIN of 4 Nov 2024 (fraudulent EDRs); Kodex figures reported by Krebs (485 of 1,597 EDRs failed secondary verification)',
    confidence: 'secondary',
    severity: 'low',
    effect: 'note',
    appliesTo: (f) => isEmergency(f) && f.verification?.status === 'verified',
    check: (f) => {
      const v = f.verification
      const missing = [v?.by ? null : 'who', v?.method ? null : 'how', v?.at ? null : 'when'].filter(
        (x) => x !== null,
      )
      return missing.length === 0
        ? { outcome: 'pass' }
        : { outcome: 'needs_review', values: { missing: missing.join(', ') } }
    },
    explanation: {
      pass: 'The verification log says who verified the request, how and when.',
      fail: 'The verification is not logged.',
      needs_review: 'The request was verified, but the log does not say {missing}.',
    },
    action: {
      pass: 'None.',
      fail: 'Log the verification.',
      needs_review: 'Complete the verification log.',
    },
  },
  {
    id: 'EDR.NOTICE.AFTER_EMERGENCY',
    family: 'EDR',
    kind: 'policy',
    title: 'Notice is deferred until the emergency has passed',
    citation: 'Google and Mozilla user-notice policies (notice once the emergency is over)',
    confidence: 'confirmed',
    severity: 'info',
    effect: 'note',
    appliesTo: isEmergency,
    check: (f) => {
      const ended = f.emergency_facts?.ended_on
      return {
        outcome: 'pass',
        values: { when: ended ? `on ${addDays(ended, 0) ?? ended}` : 'as soon as it is over' },
      }
    },
    explanation: {
      pass: 'Notice to the user may wait while the emergency lasts; it is due {when}.',
      fail: 'Not applicable.',
      needs_review: 'Not applicable.',
    },
    action: {
      pass: 'Schedule the user notice for when the emergency has passed.',
      fail: 'None.',
      needs_review: 'None.',
    },
  },
]
