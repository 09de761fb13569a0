/**
 * The vocabulary of clocks: a deadline that runs on a demand (the response date, a preservation
 * period, a window to move to quash, a gag's end), with the reminders that go out before it.
 * A clock is always computed from the demand's view and `now`; it is never stored, so a correction
 * to a date moves the clock at once and an audit can recompute it years later.
 */

export const CLOCK_KINDS = [
  'response',
  'preservation_us',
  'preservation_eu',
  'eu_production',
  'cloud_act_quash',
  'irs_petition',
  'gag_expiry',
] as const
export type ClockKind = (typeof CLOCK_KINDS)[number]

/**
 * `due_soon`: the first reminder has passed. `overdue`: the due instant has passed.
 * `stopped`: the clock no longer binds anyone (the matter settled, the user was notified...).
 */
export const CLOCK_STATUSES = ['running', 'due_soon', 'overdue', 'stopped'] as const
export type ClockStatus = (typeof CLOCK_STATUSES)[number]

/** Defects and caveats a person must see next to the date. */
export const CLOCK_FLAGS = [
  /** The demand's due date falls before it was served: impossible to meet (a defect, AUTH-4). */
  'due_before_service',
  /** The due date had already passed when the platform logged the demand. */
  'due_before_receipt',
  /** No service instant is recorded: the clock counts from when the demand was logged. */
  'counted_from_receipt',
  /** More renewals are recorded than the statute provides: the date shown is the statutory end. */
  'renewal_beyond_statute',
  /** The clock applies only if a fact still unknown turns out true (e.g. a CLOUD Act agreement). */
  'conditional',
] as const
export type ClockFlag = (typeof CLOCK_FLAGS)[number]

/** Same sense as rules: `confirmed` read in the primary source, `secondary` in a secondary one. */
export type ClockConfidence = 'confirmed' | 'secondary'

/**
 * One clock on one demand. The issue calls this shape `Clock`; it is named `DemandClock` so it
 * does not collide with the app's time-source port `Clock` (src/app/ports.ts).
 */
export type DemandClock = {
  /** Stable within a demand (one clock per kind), so reminder keys survive recomputation. */
  id: string
  kind: ClockKind
  label: string
  citation: string
  confidence: ClockConfidence
  starts_at: string
  due_at: string
  /** When reminders go out, ascending, within [`starts_at`, `due_at`]. */
  remind_at: string[]
  status: ClockStatus
  flags: ClockFlag[]
  /** What the date means and what to do, for a legal-ops reader. */
  note: string
}

export type Duration = { days?: number; hours?: number }

export const HOUR_MS = 3_600_000

export function durationMs(d: Duration): number {
  return ((d.days ?? 0) * 24 + (d.hours ?? 0)) * HOUR_MS
}
