/**
 * clocksFor(view, now): the clocks running on a demand, computed from its current view and the
 * table in table.ts. Pure: `now` only sets each clock's status, never its dates, so the dates can
 * be recomputed identically at any later time.
 *
 * Periods are added to the service instant as exact durations (14 days = 14 × 24 hours): for a
 * deadline to act by, that is never later than the end of the calendar day.
 */
import { toMillis } from '../rules/dates.js'
import { factsFromFields, type DemandFacts } from '../rules/facts.js'
import { SETTLED_STATES } from '../workflow/states.js'
import type { DemandView } from '../workflow/fold.js'
import { CLOCK_RULES, serviceOf, type ClockRule, type StopCondition } from './table.js'
import { durationMs, type ClockFlag, type ClockStatus, type DemandClock } from './types.js'

type Dates = { starts_at: number; due_at: number; flags: ClockFlag[] }

function iso(ms: number): string {
  return new Date(ms).toISOString()
}

function datesFor(rule: ClockRule, facts: DemandFacts, view: DemandView): Dates | null {
  const service = serviceOf(facts, view)
  const start = toMillis(service.at)
  if (start === null) return null
  const flags: ClockFlag[] = service.from_receipt ? ['counted_from_receipt'] : []
  switch (rule.due.from) {
    case 'demand_due_at': {
      const due = toMillis(facts.due_at)
      if (due === null) return null
      if (facts.served_at && due < start) flags.push('due_before_service')
      else if (due < (toMillis(view.received_at) ?? due)) flags.push('due_before_receipt')
      return { starts_at: start, due_at: due, flags }
    }
    case 'gag_expiry': {
      // A calendar date: the secrecy ends at the start of that day (UTC), when notice may go out.
      const due = toMillis(facts.nondisclosure?.expires_on)
      return due === null ? null : { starts_at: start, due_at: due, flags }
    }
    case 'service': {
      const { period, renewal } = rule.due
      let ms = durationMs(period)
      if (renewal) {
        const renewals = Math.max(0, facts.preservation_renewal_count ?? 0)
        if (renewals > renewal.max) flags.push('renewal_beyond_statute')
        ms += Math.min(renewals, renewal.max) * durationMs(renewal.period)
      }
      return { starts_at: start, due_at: start + ms, flags }
    }
  }
}

/**
 * Reminder instants: each offset before the due instant that falls after the start. A deadline
 * shorter than every offset still gets one reminder, at its start; one already impossible at its
 * start (due before start) gets none, its flag and status say enough.
 */
function reminders(rule: ClockRule, dates: Dates): number[] {
  if (dates.due_at <= dates.starts_at) return []
  const at = rule.remind_before
    .map((d) => dates.due_at - durationMs(d))
    .filter((ms) => ms > dates.starts_at && ms <= dates.due_at)
  const unique = [...new Set(at)].sort((a, b) => a - b)
  return unique.length > 0 ? unique : [dates.starts_at]
}

export function isStopped(condition: StopCondition, view: DemandView): boolean {
  switch (condition) {
    case 'settled':
      return SETTLED_STATES.has(view.state)
    case 'settled_or_litigation':
      return SETTLED_STATES.has(view.state) || view.litigation.length > 0
    case 'withdrawn':
      // A withdrawn matter may be closed afterwards; its outcome keeps saying "withdrawn".
      return view.state === 'withdrawn' || view.outcome === 'withdrawn'
    case 'user_notified':
      return view.user_notified_at !== null
  }
}

function statusOf(stopped: boolean, due: number, remind: readonly number[], now: number): ClockStatus {
  if (stopped) return 'stopped'
  if (now >= due) return 'overdue'
  const first = remind[0]
  if (first !== undefined && now >= first) return 'due_soon'
  return 'running'
}

/** Every clock on the demand, ordered by due date. `now` must be an ISO instant. */
export function clocksFor(view: DemandView, now: string): DemandClock[] {
  const nowMs = toMillis(now)
  if (nowMs === null)
    throw new RangeError(`clocksFor: now must be an ISO 8601 instant, got ${JSON.stringify(now)}`)
  const facts = factsFromFields(view.fields, view.extras)
  const clocks: DemandClock[] = []
  for (const rule of CLOCK_RULES) {
    if (!rule.applies(facts, view)) continue
    const dates = datesFor(rule, facts, view)
    if (!dates) continue
    const flags = rule.conditional?.(facts) ? [...dates.flags, 'conditional' as const] : dates.flags
    const remind = reminders(rule, dates)
    clocks.push({
      id: rule.kind,
      kind: rule.kind,
      label: rule.label,
      citation: rule.citation,
      confidence: rule.confidence,
      starts_at: iso(dates.starts_at),
      due_at: iso(dates.due_at),
      remind_at: remind.map(iso),
      status: statusOf(isStopped(rule.stops_when, view), dates.due_at, remind, nowMs),
      flags,
      note: rule.note,
    })
  }
  return clocks.sort((a, b) => a.due_at.localeCompare(b.due_at) || a.id.localeCompare(b.id))
}
