/**
 * The "Record facts for review" form as data: the facts the rules need beyond the fields, read
 * back from earlier facts_recorded events, and turned into a payload carrying only what changed
 * (a fact left unknown is omitted; a known fact set back to unknown is sent as null).
 */
import type { DemandExtras, TimelineEvent, VerificationStatus } from '../../api/types'

export type Tri = 'unknown' | 'yes' | 'no'

export const TRI_FACTS = [
  'document_signed',
  'on_letterhead',
  'all_records_phrasing',
  'requested_data_public',
  'purpose_within_statute',
  'issuer_rank_sufficient',
] as const
export type TriFact = (typeof TRI_FACTS)[number]

export type FactsValues = Record<TriFact, Tri> & {
  sender_email_domain: string
  verification_status: '' | VerificationStatus
  verification_method: string
  verification_by: string
  ip_request_scope: '' | 'specified_times' | 'longitudinal'
  evident_purpose: string
  notice_exception: string
}

/** The facts recorded so far: each facts_recorded event merged over the earlier ones (as the server does). */
export function currentFacts(timeline: readonly TimelineEvent[]): DemandExtras {
  const facts: DemandExtras = {}
  for (const e of [...timeline].sort((a, b) => a.seq - b.seq)) {
    if (e.type !== 'facts_recorded') continue
    const recorded = e.payload.facts
    if (!recorded || typeof recorded !== 'object') continue
    for (const [k, v] of Object.entries(recorded)) if (v !== undefined) facts[k] = v
  }
  return facts
}

const tri = (v: unknown): Tri => (v === true ? 'yes' : v === false ? 'no' : 'unknown')
const str = (v: unknown): string => (typeof v === 'string' ? v : '')

export function valuesFrom(facts: DemandExtras, userName: string): FactsValues {
  const v = facts.verification ?? null
  return {
    ...(Object.fromEntries(TRI_FACTS.map((k) => [k, tri(facts[k])])) as Record<TriFact, Tri>),
    sender_email_domain: str(facts.sender_email_domain),
    verification_status: v?.status ?? '',
    verification_method: str(v?.method),
    verification_by: str(v?.by) || userName,
    ip_request_scope: facts.ip_request_scope ?? '',
    evident_purpose: str(facts.evident_purpose),
    notice_exception: str(facts.notice_exception),
  }
}

export type FactsProblem = { field: 'verification_status'; message: string }

export function checkFacts(v: FactsValues): FactsProblem | null {
  if (!v.verification_status && v.verification_method.trim())
    return { field: 'verification_status', message: 'Choose whether the verification succeeded' }
  return null
}

const fromTri = (t: Tri): boolean | null => (t === 'yes' ? true : t === 'no' ? false : null)
const orNull = (s: string): string | null => (s.trim() ? s.trim() : null)

/** What to send: only the facts that differ from what is recorded. */
export function changedFacts(v: FactsValues, initial: FactsValues): DemandExtras {
  const out: DemandExtras = {}
  for (const k of TRI_FACTS) if (v[k] !== initial[k]) out[k] = fromTri(v[k])
  const text = ['sender_email_domain', 'evident_purpose', 'notice_exception', 'ip_request_scope'] as const
  for (const k of text)
    if (v[k].trim() !== initial[k].trim()) (out as Record<string, unknown>)[k] = orNull(v[k])
  const verificationChanged =
    v.verification_status !== initial.verification_status ||
    (v.verification_status !== '' &&
      (v.verification_method.trim() !== initial.verification_method.trim() ||
        v.verification_by.trim() !== initial.verification_by.trim()))
  if (verificationChanged) {
    out.verification = v.verification_status
      ? {
          status: v.verification_status,
          method: orNull(v.verification_method),
          by: orNull(v.verification_by),
        }
      : null
  }
  return out
}

export const VERIFICATION_OPTIONS = [
  { value: 'verified', label: 'Verified: the authority confirmed it' },
  { value: 'failed', label: 'Failed: the authority did not confirm it' },
  { value: 'not_attempted', label: 'Not attempted' },
]

export const IP_SCOPE_OPTIONS = [
  { value: 'specified_times', label: 'For specified times or events' },
  { value: 'longitudinal', label: 'As logs over a period' },
]

export const NOTICE_EXCEPTION_OPTIONS = [
  { value: 'child_sexual_exploitation', label: 'Child sexual exploitation' },
  { value: 'account_compromised', label: 'The account is compromised' },
  { value: 'no_contact_info', label: 'No contact details for the user' },
  { value: 'no_data_disclosed', label: 'No data will be disclosed' },
  { value: 'real_world_harm', label: 'Notice would risk real-world harm' },
]
