/**
 * Schedule the reminders of every open demand. The worker runs it at start and then periodically,
 * so reminders exist even for demands changed by a path that did not queue them (an import, a
 * crash between a commit and its scheduling). Idempotent, like every reminder write.
 */
import type { Clock, DemandStore, JobQueue } from '../ports.js'
import { openDemands } from './open-demands.js'
import { reminderJobs } from './schedule-reminders.js'

export async function sweepReminders(deps: {
  store: DemandStore
  jobs: JobQueue
  clock: Clock
}): Promise<{ demands: number; queued: number }> {
  const now = deps.clock.now()
  let demands = 0
  let queued = 0
  for await (const record of openDemands(deps.store)) {
    demands += 1
    const jobs = reminderJobs(record.id, record.view, now).map((j) => ({ ...j, demand_id: record.id }))
    queued += await deps.jobs.enqueue(jobs, now)
  }
  return { demands, queued }
}
