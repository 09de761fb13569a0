/**
 * The handlers the worker runs, by job kind. Each is idempotent by the job's key (see the use
 * case each one calls), because a job can run more than once: after a crash, or when a lease ran
 * out. Kinds whose handler is not registered are left pending (the worker claims only the kinds it
 * knows), so mail jobs wait, rather than fail, while no SMTP server is configured.
 */
import { deliverUserNotice } from '../app/notices/deliver-user-notice.js'
import { REMINDER_JOB } from '../app/clocks/schedule-reminders.js'
import { deliverReminder, EMAIL_JOB } from '../app/notifications/deliver-reminder.js'
import { sendEmail } from '../app/notifications/send-email.js'
import type {
  Clock,
  DemandStore,
  JobQueue,
  Mailer,
  NotificationStore,
  PolicyStore,
  StaffStore,
} from '../app/ports.js'
import { PermanentJobError, type JobHandler } from './worker.js'

export const USER_NOTICE_JOB = 'user_notice'

export type HandlerDeps = {
  store: DemandStore
  staff: StaffStore
  policies: PolicyStore
  notifications: NotificationStore
  jobs: JobQueue
  clock: Clock
  mailer: Mailer | null
}

export function createJobHandlers(deps: HandlerDeps): Record<string, JobHandler> {
  const handlers: Record<string, JobHandler> = {
    [REMINDER_JOB]: async (job) => {
      const outcome = await deliverReminder(deps, job, { email: deps.mailer !== null })
      return {
        status: 'done',
        detail: outcome.status === 'delivered' ? `${outcome.recipients} recipient(s)` : outcome.reason,
      }
    },
  }
  const mailer = deps.mailer
  if (!mailer) return handlers

  handlers[EMAIL_JOB] = async (job) => {
    try {
      const sent = await sendEmail({ mailer }, job)
      if (!sent.ok) throw new PermanentJobError(sent.error.message)
      return { status: 'done', detail: sent.value.message_id }
    } catch (error) {
      throw permanentIfRejected(error)
    }
  }

  handlers[USER_NOTICE_JOB] = async (job) => {
    const { demand_id, notice_key } = job.payload
    if (typeof demand_id !== 'string' || typeof notice_key !== 'string')
      throw new PermanentJobError('The notice job names no demand or notice.')
    try {
      const outcome = await deliverUserNotice({ ...deps, mailer }, { demand_id, notice_key })
      // A gag with an end holds the notice until then; one without an end leaves it to a person.
      if (outcome.status === 'held' && outcome.until)
        return { status: 'deferred', until: new Date(`${outcome.until}T00:00:00Z`), detail: outcome.reason }
      return { status: 'done', detail: outcome.status }
    } catch (error) {
      throw permanentIfRejected(error)
    }
  }
  return handlers
}

/** SMTP 5xx replies are final (unknown mailbox, policy refusal): retrying would only repeat them. */
function permanentIfRejected(error: unknown): unknown {
  const code = (error as { responseCode?: unknown } | null)?.responseCode
  if (typeof code === 'number' && code >= 500 && code < 600)
    return new PermanentJobError(error instanceof Error ? error.message : String(error))
  return error
}
