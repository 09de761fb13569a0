/**
 * The worker's handler for a `reminder` job: tell every admin and legal staff member that a clock
 * on a demand is running out, in the app and (when mail is configured) by e-mail.
 *
 * It judges the demand again first: a reminder queued for a date that has since moved, or for a
 * clock that has stopped (the matter settled, the user was notified), does nothing. Every write is
 * keyed by the reminder's key and the recipient, so a reminder run twice (a worker crashed after
 * delivering it) writes nothing twice; e-mails go out as jobs of their own (`email`), each marked
 * done as soon as the SMTP server accepts it, which keeps the window for a duplicate to one message.
 */
import { clocksFor, type DemandClock } from '../../core/deadlines/index.js'
import { INSTRUMENT_LABELS, type InstrumentType } from '../../core/demand/index.js'
import type {
  Clock,
  DemandRecord,
  DemandStore,
  JobQueue,
  NotificationStore,
  StaffStore,
  StaffUser,
} from '../ports.js'
import type { ReminderPayload } from '../clocks/schedule-reminders.js'

export const EMAIL_JOB = 'email'
export const REMINDER_NOTIFICATION = 'clock_reminder'

export type ReminderOutcome =
  | { status: 'delivered'; recipients: number; notifications_added: number; emails_queued: number }
  | { status: 'superseded'; reason: string }

export type EmailPayload = { to: string; subject: string; text: string }

export type DeliverReminderDeps = {
  store: DemandStore
  staff: StaffStore
  notifications: NotificationStore
  jobs: JobQueue
  clock: Clock
}

export function readReminderPayload(payload: Record<string, unknown>): ReminderPayload | null {
  const { demand_id, clock_id, remind_at } = payload
  if (typeof demand_id !== 'string' || typeof clock_id !== 'string' || typeof remind_at !== 'string')
    return null
  return { demand_id, clock_id, remind_at }
}

export async function deliverReminder(
  deps: DeliverReminderDeps,
  job: { key: string; payload: Record<string, unknown> },
  options: { email: boolean },
): Promise<ReminderOutcome> {
  const reminder = readReminderPayload(job.payload)
  if (!reminder) return { status: 'superseded', reason: 'the reminder names no demand, clock and date' }
  const record = await deps.store.get(reminder.demand_id)
  if (!record) return { status: 'superseded', reason: 'the demand no longer exists' }
  const now = deps.clock.now()
  const clock = clocksFor(record.view, now.toISOString()).find((c) => c.id === reminder.clock_id)
  if (!clock)
    return { status: 'superseded', reason: `the clock "${reminder.clock_id}" no longer runs on this demand` }
  if (clock.status === 'stopped')
    return { status: 'superseded', reason: `the clock "${clock.label}" has stopped` }
  if (!clock.remind_at.includes(reminder.remind_at))
    return { status: 'superseded', reason: 'the clock has moved since this reminder was queued' }

  const recipients = (await deps.staff.list()).filter(
    (u) => !u.disabled && (u.role === 'admin' || u.role === 'legal'),
  )
  const { title, body } = reminderText(record, clock)
  const created_at = now.toISOString()
  const notifications_added = await deps.notifications.add(
    recipients.map((u) => ({
      key: `${job.key}:${u.id}`,
      user_id: u.id,
      demand_id: record.id,
      kind: REMINDER_NOTIFICATION,
      title,
      body,
      created_at,
    })),
  )
  const emails_queued = options.email
    ? await deps.jobs.enqueue(
        recipients.map((u) => emailJob(job.key, record.id, u, title, body, created_at)),
        now,
      )
    : 0
  return { status: 'delivered', recipients: recipients.length, notifications_added, emails_queued }
}

function emailJob(
  reminderKey: string,
  demandId: string,
  user: StaffUser,
  subject: string,
  text: string,
  runAt: string,
) {
  const payload: EmailPayload = { to: user.email, subject, text: `${user.name},\n\n${text}\n\n-- Custodian` }
  return {
    kind: EMAIL_JOB,
    key: `email:${reminderKey}:${user.id}`,
    demand_id: demandId,
    payload,
    run_at: runAt,
  }
}

const STATUS_WORDS: Record<DemandClock['status'], string> = {
  running: 'running',
  due_soon: 'due soon',
  overdue: 'overdue',
  stopped: 'stopped',
}

const FLAG_WORDS: Record<DemandClock['flags'][number], string> = {
  due_before_service:
    'The due date falls before the demand was served: it cannot be met as written (a defect to raise).',
  due_before_receipt: 'The due date had already passed when the demand was logged.',
  counted_from_receipt: 'No service time is recorded; the clock counts from when the demand was logged.',
  renewal_beyond_statute:
    'More renewals are recorded than the statute allows; the date shown is the statutory end.',
  conditional: 'This window applies only if the condition in the note holds; counsel should confirm it.',
}

export function formatInstant(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`
}

export function reminderText(record: DemandRecord, clock: DemandClock): { title: string; body: string } {
  const f = record.view.fields
  const instrument = INSTRUMENT_LABELS[f.instrument_type as InstrumentType] ?? f.instrument_type
  const title = `${record.reference}: ${clock.label}, ${formatInstant(clock.due_at)}`
  const lines = [
    `${clock.label} on ${record.reference} (${instrument} from ${f.issuing_authority.name}) falls on ${formatInstant(clock.due_at)}; the clock is ${STATUS_WORDS[clock.status]}.`,
    clock.note,
    ...clock.flags.map((flag) => FLAG_WORDS[flag]),
    `Source: ${clock.citation}${clock.confidence === 'secondary' ? ' (secondary source: confirm before relying on it)' : ''}.`,
  ]
  return { title, body: lines.join('\n\n') }
}
