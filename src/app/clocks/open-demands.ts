/**
 * Every open demand (one not settled), page by page. Clocks and reminder sweeps read them; a
 * settled demand's clocks are stopped, except a gag's end and a preservation period, whose
 * reminders were queued while the demand was open and stay queued.
 */
import { DEMAND_STATES, SETTLED_STATES } from '../../core/workflow/index.js'
import type { DemandRecord, DemandStore } from '../ports.js'

const OPEN_STATES = DEMAND_STATES.filter((s) => !SETTLED_STATES.has(s))
const PAGE = 200

export async function* openDemands(store: DemandStore): AsyncGenerator<DemandRecord> {
  let cursor: string | undefined
  for (;;) {
    const page = await store.list({
      states: OPEN_STATES,
      sort: 'due_at',
      limit: PAGE,
      ...(cursor ? { cursor } : {}),
    })
    if (!page.ok) throw new Error(`listing open demands failed: ${page.error.message}`)
    for (const summary of page.value.items) {
      const record = await store.get(summary.id)
      if (record) yield record
    }
    if (!page.value.next) return
    cursor = page.value.next
  }
}
