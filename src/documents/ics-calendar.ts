/**
 * The desk's clocks as an iCalendar feed (RFC 5545) for calendar apps: one event per clock at its
 * due instant, with an alarm at each reminder. The UID names the demand and the clock, so when a
 * date moves the calendar app updates the event instead of adding a second one.
 */
import { createEvents, type EventAttributes } from 'ics'
import type { ClockEntry } from '../app/clocks/list-clocks.js'

export type CalendarFeed = { ok: true; text: string } | { ok: false; error: string }

const PRODUCT_ID = '-//Custodian//Clocks//EN'

export function clocksCalendar(
  entries: readonly ClockEntry[],
  options: { name?: string; host?: string } = {},
): CalendarFeed {
  const host = options.host ?? 'custodian.invalid'
  const events: EventAttributes[] = entries.map(({ demand, clock }) => {
    const due = Date.parse(clock.due_at)
    return {
      uid: `${demand.id}.${clock.id}@${host}`,
      productId: PRODUCT_ID,
      title: `${demand.reference}: ${clock.label}`,
      description: [
        `${demand.reference}, ${demand.instrument_type.replaceAll('_', ' ')} from ${demand.issuing_authority} (${demand.state.replaceAll('_', ' ')}).`,
        clock.note,
        `Source: ${clock.citation}`,
        clock.flags.length > 0 ? `Flags: ${clock.flags.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
      start: due,
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: 30 },
      status: 'CONFIRMED',
      busyStatus: 'FREE',
      categories: ['Custodian', clock.kind],
      alarms: clock.remind_at.map((at) => ({
        action: 'display' as const,
        description: clock.label,
        trigger: Date.parse(at),
      })),
    }
  })
  const { error, value } = createEvents(events, {
    productId: PRODUCT_ID,
    calName: options.name ?? 'Custodian clocks',
  })
  if (error || !value) return { ok: false, error: error?.message ?? 'the calendar could not be written' }
  return { ok: true, text: value }
}
