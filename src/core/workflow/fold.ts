/**
 * The fold: a demand's current view, computed from its events in order. Pure and total: every
 * event is checked against the transition table, so a log that breaks the rules is reported,
 * never silently accepted.
 */
import type { DataCategory } from '../demand/data-category.js'
import type { Channel, DemandFields, Litigation, Outcome } from '../demand/demand.js'
import type { DemandExtras } from '../rules/facts.js'
import { domainError, type DomainError } from '../errors.js'
import { err, ok, type Result } from '../result.js'
import type { DemandEvent } from './events.js'
import type { DemandState } from './states.js'
import { nextState } from './transitions.js'

export type LitigationRecord = Litigation & { dismissed: null | { with_prejudice: boolean } }

/** A production awaiting or holding approval: who prepared it, who approved it, and its scope. */
export type ProductionRecord = {
  categories: DataCategory[]
  finding_ids: string[]
  prepared_by: string
  prepared_at: string
  approved_by: string | null
  approved_at: string | null
}

export type DemandView = {
  state: DemandState
  fields: DemandFields
  /** Facts recorded for the rules beyond the fields; later records override earlier ones. */
  extras: DemandExtras
  received_at: string
  channel: Channel
  litigation: LitigationRecord[]
  production: ProductionRecord | null
  assignee_id: string | null
  user_notified_at: string | null
  outcome: Outcome | null
  closed_at: string | null
  reopened_count: number
  event_count: number
}

/** Start a view from the first event, which must be `demand_received`. */
export function startDemand(event: DemandEvent): Result<DemandView, DomainError> {
  if (event.type !== 'demand_received') {
    return err(domainError('INVALID_TRANSITION', `A demand's history must begin with "demand_received", not "${event.type}".`, { event: event.type }))
  }
  return ok({
    state: 'received',
    fields: event.payload.fields,
    extras: {},
    received_at: event.occurred_at,
    channel: event.payload.channel,
    litigation: [],
    production: null,
    assignee_id: null,
    user_notified_at: null,
    outcome: null,
    closed_at: null,
    reopened_count: 0,
    event_count: 1,
  })
}

/** Apply one more event to a view, or refuse it with the reason. */
export function applyEvent(view: DemandView, event: DemandEvent): Result<DemandView, DomainError> {
  if (event.type === 'demand_received') {
    return err(domainError('INVALID_TRANSITION', 'A demand is received only once; serve it again by reopening.', { state: view.state, event: event.type }))
  }
  const moved = nextState(view.state, event.type)
  if (!moved.ok) return moved
  const next: DemandView = { ...view, state: moved.value, event_count: view.event_count + 1 }

  switch (event.type) {
    case 'fields_corrected':
      next.fields = { ...view.fields, ...stripUndefined(event.payload.changes) }
      break
    case 'facts_recorded':
      next.extras = { ...view.extras, ...stripUndefined(event.payload.facts) }
      break
    case 'demand_assigned':
      next.assignee_id = event.payload.assignee_id
      break
    case 'production_prepared':
      next.production = {
        categories: event.payload.categories,
        finding_ids: event.payload.finding_ids,
        prepared_by: event.actor,
        prepared_at: event.occurred_at,
        approved_by: null,
        approved_at: null,
      }
      break
    case 'production_approved': {
      // Two people for any disclosure: one prepares the scope, a different one approves it.
      if (!view.production) {
        return err(domainError('TWO_PERSON_RULE', 'Prepare the production (its data categories) before approving it.', { state: view.state, event: event.type }))
      }
      if (view.production.prepared_by === event.actor) {
        return err(
          domainError('TWO_PERSON_RULE', 'The person who prepared a production cannot also approve it: ask a second person.', {
            prepared_by: view.production.prepared_by,
          }),
        )
      }
      next.production = { ...view.production, approved_by: event.actor, approved_at: event.occurred_at }
      break
    }
    case 'user_notified':
      next.user_notified_at ??= event.occurred_at
      break
    case 'litigation_filed': {
      const { court, case_number, filed_on, posture } = event.payload
      next.litigation = [...view.litigation, { court, case_number, filed_on, posture, dismissed: null }]
      break
    }
    case 'litigation_dismissed':
      next.litigation = view.litigation.map((l) =>
        l.case_number === event.payload.case_number ? { ...l, dismissed: { with_prejudice: event.payload.with_prejudice } } : l,
      )
      break
    case 'demand_withdrawn':
      next.outcome = 'withdrawn'
      break
    case 'court_quashed':
      next.outcome = 'quashed'
      break
    case 'court_modified':
      next.outcome = 'modified'
      next.production = null
      break
    case 'court_enforced':
      next.outcome = 'enforced'
      next.production = null
      break
    case 'demand_rejected':
      next.outcome = 'rejected'
      break
    case 'production_delivered':
      next.outcome ??= 'complied'
      break
    case 'demand_closed':
      next.outcome = event.payload.outcome
      next.closed_at = event.occurred_at
      break
    case 'demand_reopened':
      next.outcome = null
      next.closed_at = null
      next.reopened_count = view.reopened_count + 1
      next.production = null
      break
    default:
      break
  }
  return ok(next)
}

/** Fold a whole history. The error names the position of the first event that does not fit. */
export function foldDemand(events: readonly DemandEvent[]): Result<DemandView, DomainError & { index?: number }> {
  const [first, ...rest] = events
  if (!first) return err(domainError('DEMAND_NOT_FOUND', 'A demand needs at least its "demand_received" event.'))
  let view = startDemand(first)
  if (!view.ok) return err({ ...view.error, index: 0 })
  for (const [i, event] of rest.entries()) {
    const applied = applyEvent(view.value, event)
    if (!applied.ok) return err({ ...applied.error, index: i + 1 })
    view = applied
  }
  return view
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
