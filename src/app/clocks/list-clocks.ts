/** The clocks still running across open demands, soonest first: the desk's calendar. */
import { clocksFor, type DemandClock } from '../../core/deadlines/index.js'
import type { DemandState } from '../../core/workflow/index.js'
import type { Clock, DemandRecord, DemandStore } from '../ports.js'
import { openDemands } from './open-demands.js'

export type DemandRef = {
  id: string
  reference: string
  state: DemandState
  instrument_type: string
  issuing_authority: string
}

export type ClockEntry = { demand: DemandRef; clock: DemandClock }

export function demandRef(record: DemandRecord): DemandRef {
  return {
    id: record.id,
    reference: record.reference,
    state: record.view.state,
    instrument_type: record.view.fields.instrument_type,
    issuing_authority: record.view.fields.issuing_authority.name,
  }
}

export async function listClocks(deps: {
  store: DemandStore
  clock: Clock
}): Promise<{ now: string; items: ClockEntry[] }> {
  const now = deps.clock.now().toISOString()
  const items: ClockEntry[] = []
  for await (const record of openDemands(deps.store)) {
    for (const clock of clocksFor(record.view, now)) {
      if (clock.status !== 'stopped') items.push({ demand: demandRef(record), clock })
    }
  }
  items.sort(
    (a, b) =>
      a.clock.due_at.localeCompare(b.clock.due_at) || a.demand.reference.localeCompare(b.demand.reference),
  )
  return { now, items }
}
