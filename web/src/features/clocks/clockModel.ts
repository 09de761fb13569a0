/** Words for clock statuses and flags. The words carry the meaning; tones only group them. */
import type { ClockStatus, DemandClock } from '../../api/types'
import type { Tone } from '../../components/tones'
import { daysUntil, describeDaysLeft, humanize } from '../../components/format'

export const STATUS_LABELS: Record<ClockStatus, string> = {
  running: 'Running',
  due_soon: 'Due soon',
  overdue: 'Overdue',
  stopped: 'Stopped',
}

export const STATUS_TONES: Record<ClockStatus, Tone> = {
  running: 'blue',
  due_soon: 'orange',
  overdue: 'red',
  stopped: 'gray',
}

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as ClockStatus] ?? humanize(status)
}

export function statusTone(status: string): Tone {
  return STATUS_TONES[status as ClockStatus] ?? 'gray'
}

const FLAG_LABELS: Record<string, string> = {
  due_before_service: 'Due before it was served: impossible to meet (a defect)',
  due_before_receipt: 'Already past due when the demand was logged',
  counted_from_receipt: 'No service date recorded: counted from when the demand was logged',
  renewal_beyond_statute: 'More renewals recorded than the statute allows: the statutory end is shown',
  conditional: 'Applies only if a fact still unknown turns out true',
}

export function flagLabel(flag: string): string {
  return FLAG_LABELS[flag] ?? humanize(flag)
}

/** "12 days left", "Due today", "2 days overdue"; "Clock stopped" once nothing binds anyone. */
export function daysLeftText(clock: Pick<DemandClock, 'due_at' | 'status'>, now?: Date): string {
  if (clock.status === 'stopped') return 'Clock stopped'
  const days = daysUntil(clock.due_at, now)
  return days === null ? '—' : describeDaysLeft(days)
}

/** Soonest first; a stable order for equal dates. */
export function byDueDate<T extends { due_at: string; id: string }>(a: T, b: T): number {
  return a.due_at.localeCompare(b.due_at) || a.id.localeCompare(b.id)
}

/** Flags that say the date itself is defective (a warning), rather than a caveat about it. */
export function flagIsDefect(flag: string): boolean {
  return flag === 'due_before_service' || flag === 'due_before_receipt' || flag === 'renewal_beyond_statute'
}
