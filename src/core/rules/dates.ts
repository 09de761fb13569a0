/**
 * Date arithmetic for rules, on ISO strings, without a clock: every "now" is an argument.
 * Calendar dates (`YYYY-MM-DD`) are read as midnight UTC.
 */
export const DAY_MS = 86_400_000

/** Milliseconds since the epoch, or null for a missing or unreadable value. */
export function toMillis(value: string | null | undefined): number | null {
  if (!value) return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : ms
}

/** The calendar date (UTC) of an instant in milliseconds. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** The calendar date `days` after the date or instant `value` (UTC), or null when unreadable. */
export function addDays(value: string | null | undefined, days: number): string | null {
  const ms = toMillis(value)
  return ms === null ? null : isoDate(ms + days * DAY_MS)
}

/** Whole days from `from` to `to` (negative when `to` is earlier), or null when either is unreadable. */
export function daysBetween(from: string | null | undefined, to: string | null | undefined): number | null {
  const a = toMillis(from)
  const b = toMillis(to)
  if (a === null || b === null) return null
  return Math.floor((b - a) / DAY_MS)
}

/** The local calendar date printed in an ISO instant (its first ten characters). */
export function localDate(instant: string): string {
  return instant.slice(0, 10)
}

/** Throws when `now` is not an ISO date or instant: a caller bug, not an expected failure. */
export function assertNow(now: string): number {
  const ms = toMillis(now)
  if (ms === null)
    throw new RangeError(`evaluate: now must be an ISO 8601 date or instant, got ${JSON.stringify(now)}`)
  return ms
}
