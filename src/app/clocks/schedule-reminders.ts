/**
 * Schedule the reminders of a demand's clocks as durable jobs (kind `reminder`). Idempotent: each
 * reminder's key names the demand, the clock and the instant, so scheduling again after any change
 * queues only what is new; a reminder whose date moved away finds so when it runs, and does nothing.
 *
 * Two ways in, both safe to combine:
 * - `reminderJobs(id, view, now)` gives the jobs to pass as `effects` of the commit that changed the
 *   demand, so they exist if and only if the change does (the preferred wiring);
 * - `scheduleReminders(deps, id)` queues them after the fact, from the demand as stored.
 */
import { clocksFor, plannedReminders } from '../../core/deadlines/index.js'
import { domainError, type DomainError } from '../../core/errors.js'
import { err, ok, type Result } from '../../core/result.js'
import type { DemandView } from '../../core/workflow/index.js'
import type { Clock, DemandStore, JobQueue, NewJob } from '../ports.js'

export const REMINDER_JOB = 'reminder'

export type ReminderPayload = { demand_id: string; clock_id: string; remind_at: string }

export function reminderJobs(demandId: string, view: DemandView, now: Date): NewJob[] {
  const at = now.toISOString()
  return plannedReminders(demandId, clocksFor(view, at), at).map((r) => ({
    kind: REMINDER_JOB,
    key: r.key,
    payload: { demand_id: demandId, clock_id: r.clock_id, remind_at: r.remind_at } satisfies ReminderPayload,
    // A caught-up reminder (its instant already passed) goes out now.
    run_at: r.remind_at > at ? r.remind_at : at,
  }))
}

export async function scheduleReminders(
  deps: { store: DemandStore; jobs: JobQueue; clock: Clock },
  demandId: string,
): Promise<Result<{ planned: number; queued: number }, DomainError>> {
  const record = await deps.store.get(demandId)
  if (!record)
    return err(domainError('DEMAND_NOT_FOUND', `No demand has the id "${demandId}".`, { id: demandId }))
  const now = deps.clock.now()
  const jobs = reminderJobs(record.id, record.view, now)
  const queued = await deps.jobs.enqueue(
    jobs.map((j) => ({ ...j, demand_id: record.id })),
    now,
  )
  return ok({ planned: jobs.length, queued })
}
