/**
 * The engine's vocabulary in words a lawyer reads: outcomes, severities, the recommended answer
 * and the notice decision. Every tone comes with text (and a symbol): colour is never the only signal.
 */
import type { FindingOutcome, NoticeDecision, RecommendedAction, RuleKind, Severity } from '../../api/types'
import type { Tone } from '../../components/tones'

export const OUTCOMES: Record<FindingOutcome, { label: string; symbol: string; tone: Tone }> = {
  fail: { label: 'Fails', symbol: '✕', tone: 'red' },
  needs_review: { label: 'Needs review', symbol: '?', tone: 'amber' },
  pass: { label: 'Passes', symbol: '✓', tone: 'green' },
}

export const SEVERITIES: Record<Severity, { label: string; rank: number }> = {
  critical: { label: 'Critical', rank: 0 },
  high: { label: 'High', rank: 1 },
  medium: { label: 'Medium', rank: 2 },
  low: { label: 'Low', rank: 3 },
  info: { label: 'Information', rank: 4 },
}

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info']

export const KINDS: Record<RuleKind, { label: string; hint: string; tone: Tone }> = {
  law: {
    label: 'Law',
    hint: 'A legal minimum: statute, regulation or case. It cannot be switched off.',
    tone: 'indigo',
  },
  policy: { label: 'Policy', hint: 'Protective practice the operator policy may switch off.', tone: 'gray' },
}

export const ACTIONS: Record<RecommendedAction, { label: string; description: string; tone: Tone }> = {
  comply: {
    label: 'Comply',
    description: 'No check that applies stands in the way: produce what the demand asks for.',
    tone: 'green',
  },
  comply_narrowed: {
    label: 'Comply, narrowed',
    description: 'Produce only the categories below; object to the rest.',
    tone: 'teal',
  },
  request_clarification: {
    label: 'Ask the issuer to clarify',
    description: 'The demand is unclear or too broad to answer as it stands; produce nothing yet.',
    tone: 'amber',
  },
  object: {
    label: 'Object',
    description: 'Object in writing and produce nothing until the defects are cured or a court orders it.',
    tone: 'orange',
  },
  challenge_in_court: {
    label: 'Challenge in court',
    description: 'A court issued this process, so the objection is made by motion to quash or modify it.',
    tone: 'purple',
  },
  decline: {
    label: 'Decline',
    description: 'The demand cannot lawfully be answered: refuse it.',
    tone: 'red',
  },
}

export function actionLabel(action: string): string {
  return ACTIONS[action as RecommendedAction]?.label ?? action.replace(/_/g, ' ')
}

const NOTICE_REASONS: Record<string, string> = {
  binding_nondisclosure: 'a binding nondisclosure obligation',
  emergency: 'an emergency',
  issuing_authority_informs: 'the issuing authority informs the person',
  no_disclosure: 'nothing is disclosed',
  notice_exception: 'a recorded exception',
  operator_policy: 'the operator policy',
}

/** "Notify the user now", "Delay notice until 1 Jun 2027", "No notice to the user". */
export function noticeHeadline(notice: NoticeDecision, formatDate: (d: string) => string): string {
  if (notice.decision === 'notify_now') return 'Notify the user now'
  if (notice.decision === 'delay_until')
    return notice.until ? `Delay notice until ${formatDate(notice.until)}` : 'Delay notice'
  return 'No notice to the user'
}

export function noticeReason(notice: NoticeDecision): string | null {
  if (!notice.reason) return null
  return `Because of ${NOTICE_REASONS[notice.reason] ?? notice.reason.replace(/_/g, ' ')}.`
}

export const NOTICE_TONES: Record<NoticeDecision['decision'], Tone> = {
  notify_now: 'blue',
  delay_until: 'amber',
  no_notice: 'gray',
}

/** Where a rule is explained in the UI: its family's page, scrolled to its row. */
export function ruleHref(ruleId: string, family?: string): string {
  const fam = (family ?? ruleId.split('.')[0] ?? '').toLowerCase()
  return `/rules/${encodeURIComponent(fam)}#${ruleId}`
}

/** The id of a finding's card on the demand page. */
export function findingAnchor(ruleId: string): string {
  return `finding-${ruleId}`
}
