/**
 * Which reminders to queue for a demand's clocks, and the key that makes each one unique. The
 * key names the demand, the clock and the reminder instant: queuing the same reminder again is a
 * no-op, and a reminder whose date moved (a corrected due date) gets a new key while the old one
 * finds, when it runs, that its instant is no longer on the clock and does nothing.
 */
import { toMillis } from '../rules/dates.js'
import type { DemandClock } from './types.js'

export type PlannedReminder = { clock_id: string; remind_at: string; key: string }

export function reminderKey(demandId: string, clockId: string, remindAt: string): string {
  return `reminder:${demandId}:${clockId}:${remindAt}`
}

/**
 * The reminders still worth sending at `now`: every future one, plus the latest one already due
 * if the clock has not run out (a demand logged late, or a worker that was down, still gets one
 * reminder, not a burst of stale ones). Stopped and overdue clocks get none.
 */
export function plannedReminders(
  demandId: string,
  clocks: readonly DemandClock[],
  now: string,
): PlannedReminder[] {
  const nowMs = toMillis(now)
  if (nowMs === null)
    throw new RangeError(`plannedReminders: now must be an ISO 8601 instant, got ${JSON.stringify(now)}`)
  const planned: PlannedReminder[] = []
  for (const clock of clocks) {
    if (clock.status === 'stopped' || clock.status === 'overdue') continue
    const past = clock.remind_at.filter((at) => (toMillis(at) ?? 0) <= nowMs)
    const future = clock.remind_at.filter((at) => (toMillis(at) ?? 0) > nowMs)
    const latestPast = past[past.length - 1]
    for (const at of latestPast ? [latestPast, ...future] : future) {
      planned.push({ clock_id: clock.id, remind_at: at, key: reminderKey(demandId, clock.id, at) })
    }
  }
  return planned
}
