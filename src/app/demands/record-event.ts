/**
 * Record an event on a demand: a transition (send to legal review, object, file suit...) or a
 * record (a note, a notice). The payload is validated against the event's schema; the store
 * re-checks the transition table inside its transaction.
 */
import { domainError, type DomainError } from '../../core/errors.js'
import { err, type Result } from '../../core/result.js'
import { EVENT_PAYLOAD_SCHEMAS, isDemandEventType, SYSTEM_RECORDED_EVENTS, type DemandEvent } from '../../core/workflow/index.js'
import { isoInstantSchema } from '../../core/demand/schema.js'
import type { Clock, DemandRecord, DemandStore } from '../ports.js'
import { validate } from '../validation.js'

export type RecordEventInput = {
  demand_id: string
  type: unknown
  payload?: unknown
  occurred_at?: string | null
  expected_version?: number
  actor: string
}

export async function recordEvent(
  deps: { store: DemandStore; clock: Clock },
  input: RecordEventInput,
): Promise<Result<DemandRecord, DomainError>> {
  const { type } = input
  if (!isDemandEventType(type) || SYSTEM_RECORDED_EVENTS.has(type)) {
    return err(domainError('VALIDATION_FAILED', `"${String(type)}" is not an event that can be recorded on a demand.`, { event: type }))
  }
  const payload = validate(EVENT_PAYLOAD_SCHEMAS[type], input.payload ?? {}, `"${type}" event`)
  if (!payload.ok) return payload
  const now = deps.clock.now().toISOString()
  let occurredAt = now
  if (input.occurred_at) {
    const when = validate(isoInstantSchema, input.occurred_at, 'occurred_at date')
    if (!when.ok) return when
    occurredAt = when.value
  }
  return deps.store.commit({
    demandId: input.demand_id,
    events: [{ type, payload: payload.value, occurred_at: occurredAt, actor: input.actor } as DemandEvent],
    recordedAt: now,
    ...(input.expected_version !== undefined ? { expectedVersion: input.expected_version } : {}),
  })
}
