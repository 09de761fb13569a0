/**
 * The user-notice decision. Notice by default, before disclosure; a binding gag delays it to its
 * end (or holds it while it has none); an emergency defers it until the emergency has passed;
 * under the e-Evidence Regulation the issuing authority informs the person; a recorded exception
 * or the operator's policy can withhold it. A secrecy *request* changes nothing.
 */
import { toMillis } from './dates.js'
import type { DemandFacts } from './facts.js'
import { assessGag, isBinding } from './gag.js'
import type { OperatorPolicy } from './policy.js'
import { isEmergency } from './scope.js'

export const NOTICE_REASONS = [
  'binding_nondisclosure',
  'emergency',
  'issuing_authority_informs',
  'no_disclosure',
  'notice_exception',
  'operator_policy',
] as const
export type NoticeReason = (typeof NOTICE_REASONS)[number]

export type NoticeDecision =
  | { decision: 'notify_now'; explanation: string }
  | { decision: 'delay_until'; until: string; reason: NoticeReason; explanation: string }
  | { decision: 'no_notice'; reason: NoticeReason; explanation: string }

function future(date: string | null | undefined, nowMs: number): boolean {
  const ms = toMillis(date)
  return ms !== null && ms > nowMs
}

export function decideNotice(facts: DemandFacts, policy: OperatorPolicy, now: string): NoticeDecision {
  const nowMs = toMillis(now) ?? 0
  if (facts.e_evidence) {
    return {
      decision: 'no_notice',
      reason: 'issuing_authority_informs',
      explanation:
        'Under the e-Evidence Regulation the issuing authority informs the person; the provider keeps the order confidential.',
    }
  }
  const gag = assessGag(facts)
  if (isBinding(gag)) {
    const source =
      gag.kind === 'statute_unconfirmed'
        ? 'a statutory secrecy duty not yet confirmed by counsel'
        : 'a binding nondisclosure obligation'
    if (gag.expires_on === null) {
      return {
        decision: 'no_notice',
        reason: 'binding_nondisclosure',
        explanation: `Notice is barred by ${source} with no end date; revisit when it is lifted or successfully challenged.`,
      }
    }
    if (future(gag.expires_on, nowMs)) {
      return {
        decision: 'delay_until',
        until: gag.expires_on,
        reason: 'binding_nondisclosure',
        explanation: `Notice is barred by ${source} until ${gag.expires_on}; it goes out then.`,
      }
    }
  }
  if (facts.instrument_type === 'preservation_request') {
    return {
      decision: 'no_notice',
      reason: 'no_disclosure',
      explanation: 'Preservation discloses nothing; notice follows any later demand for production.',
    }
  }
  if (isEmergency(facts)) {
    const ended = facts.emergency_facts?.ended_on
    if (ended && future(ended, nowMs)) {
      return {
        decision: 'delay_until',
        until: ended,
        reason: 'emergency',
        explanation: `Notice waits until the emergency has passed (${ended}).`,
      }
    }
    if (!ended) {
      return {
        decision: 'no_notice',
        reason: 'emergency',
        explanation: 'Notice is deferred while the emergency lasts; record when it ends and notify then.',
      }
    }
  }
  if (facts.notice_exception) {
    return {
      decision: 'no_notice',
      reason: 'notice_exception',
      explanation: `Notice is withheld under the exception "${facts.notice_exception.replaceAll('_', ' ')}".`,
    }
  }
  if (!policy.notice_by_default) {
    return {
      decision: 'no_notice',
      reason: 'operator_policy',
      explanation: 'The operator policy does not notify users by default.',
    }
  }
  const ignored =
    gag.kind === 'request' ? ' The request for secrecy in the demand does not bind the provider.' : ''
  return {
    decision: 'notify_now',
    explanation: `Notify the user now, before any disclosure, with a copy of the demand and time to seek counsel and move to quash.${ignored}`,
  }
}
