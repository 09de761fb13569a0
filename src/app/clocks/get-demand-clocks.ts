/** Every clock on one demand, stopped ones included (the demand page shows what ran and why). */
import { clocksFor, type DemandClock } from '../../core/deadlines/index.js'
import { domainError, type DomainError } from '../../core/errors.js'
import { err, ok, type Result } from '../../core/result.js'
import { isUuid } from '../demands/get-demand.js'
import type { Clock, DemandStore } from '../ports.js'
import { demandRef, type DemandRef } from './list-clocks.js'

export async function getDemandClocks(
  deps: { store: DemandStore; clock: Clock },
  id: string,
): Promise<Result<{ now: string; demand: DemandRef; clocks: DemandClock[] }, DomainError>> {
  const record = isUuid(id) ? await deps.store.get(id) : null
  if (!record) return err(domainError('DEMAND_NOT_FOUND', `No demand has the id "${id}".`, { id }))
  const now = deps.clock.now().toISOString()
  return ok({ now, demand: demandRef(record), clocks: clocksFor(record.view, now) })
}
