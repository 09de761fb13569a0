/**
 * User notices as the timeline tells them: each `user_notice_queued` event is one notice, sent
 * once a `user_notified` event carries its notice_key (with the Message-ID of the mail). Notices
 * recorded by hand (a letter by post, a call) are `user_notified` events without a notice_key.
 */
import type { Assessment, DemandDetail, TimelineEvent } from '../../api/types'

/** How long a notice due now may wait for the worker before the page says something is wrong. */
export const STALLED_AFTER_MS = 5 * 60_000

export type NoticeStatus =
  | { kind: 'sent'; at: string; message_id: string | null }
  /** Waiting, lawfully, for a date: the end of a gag with an end date. */
  | { kind: 'scheduled'; until: string; reason: string | null }
  /** A binding gag recorded after the notice was queued holds it back, with no end date. */
  | { kind: 'held'; reason: string }
  /** Due now; the worker sends it within seconds. */
  | { kind: 'sending' }
  /** Due for minutes and still not sent: the mail server refuses, or no worker runs. */
  | { kind: 'stalled'; since: string }

export type QueuedNotice = {
  seq: number
  notice_key: string
  recipient: string
  language: string
  respond_on: string | null
  subject: string
  text: string
  send_at: string | null
  delay_reason: string | null
  queued_at: string
  queued_by: string
  status: NoticeStatus
}

export const NOTICE_LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Spanish (español)' },
] as const

export function languageLabel(code: string): string {
  return NOTICE_LANGUAGES.find((l) => l.value === code)?.label ?? code
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null)

/** The notices Custodian queued on this demand, oldest first, each with where it stands. */
export function queuedNotices(
  timeline: readonly TimelineEvent[],
  assessment: Assessment | undefined,
  now: Date = new Date(),
): QueuedNotice[] {
  const ordered = [...timeline].sort((a, b) => a.seq - b.seq)
  const sent = new Map<string, TimelineEvent>()
  for (const e of ordered) {
    const key = str(e.payload.notice_key)
    if (e.type === 'user_notified' && key && !sent.has(key)) sent.set(key, e)
    // A notice sent after the matter was closed is recorded as a note naming it (see deliver-user-notice).
    if (e.type === 'note_added') {
      const text = str(e.payload.text) ?? ''
      const match = /^User notice (\S+) was sent to .+\(Message-ID (.+)\)\.$/.exec(text)
      if (match?.[1] && !sent.has(match[1]))
        sent.set(match[1], { ...e, payload: { notice_key: match[1], message_id: match[2] } })
    }
  }
  return ordered
    .filter((e) => e.type === 'user_notice_queued')
    .map((e) => {
      const p = e.payload
      const key = str(p.notice_key) ?? `#${e.seq}`
      const done = sent.get(key)
      const base = {
        seq: e.seq,
        notice_key: key,
        recipient: str(p.recipient) ?? '',
        language: str(p.language) ?? 'en',
        respond_on: str(p.respond_on),
        subject: str(p.subject) ?? '',
        text: str(p.text) ?? '',
        send_at: str(p.send_at),
        delay_reason: str(p.delay_reason),
        queued_at: e.recorded_at || e.occurred_at,
        queued_by: e.actor_name ?? e.actor,
      }
      return { ...base, status: statusOf(base, done, assessment, now) }
    })
}

function statusOf(
  n: { send_at: string | null; delay_reason: string | null; queued_at: string },
  done: TimelineEvent | undefined,
  assessment: Assessment | undefined,
  now: Date,
): NoticeStatus {
  if (done) return { kind: 'sent', at: done.occurred_at, message_id: str(done.payload.message_id) }
  const notice = assessment?.notice
  // The worker judges the demand again before sending: what the assessment says now is what it will do.
  if (notice?.decision === 'no_notice') return { kind: 'held', reason: notice.explanation }
  const today = now.toISOString().slice(0, 10)
  if (notice?.decision === 'delay_until' && notice.until && notice.until > today)
    return { kind: 'scheduled', until: notice.until, reason: notice.explanation }
  const due = n.send_at ? Date.parse(n.send_at) : Date.parse(n.queued_at)
  if (Number.isFinite(due) && due > now.getTime())
    return { kind: 'scheduled', until: n.send_at ?? '', reason: n.delay_reason }
  const since = Number.isFinite(due) ? due : now.getTime()
  if (now.getTime() - since > STALLED_AFTER_MS)
    return { kind: 'stalled', since: new Date(since).toISOString() }
  return { kind: 'sending' }
}

/** Notices recorded by hand ("Record user notified"), not sent by Custodian. */
export function recordedNotices(timeline: readonly TimelineEvent[]): TimelineEvent[] {
  return timeline.filter((e) => e.type === 'user_notified' && !str(e.payload.notice_key))
}

/** True while a notice due now waits for the worker: the page then reads the demand again. */
export function awaitingDelivery(demand: DemandDetail, now: Date = new Date()): boolean {
  return queuedNotices(demand.timeline, demand.assessment, now).some((n) => n.status.kind === 'sending')
}

/** The date the user is told the operator will respond on or after: the due date, as the server does. */
export function defaultRespondOn(dueAt: string | null): string {
  return dueAt && /^\d{4}-\d{2}-\d{2}/.test(dueAt) ? dueAt.slice(0, 10) : ''
}

/** Today's date where the reader is (YYYY-MM-DD). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** A plausible e-mail address (the server checks it properly). */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
}
