/**
 * The transition table: every (state, event) pair Custodian allows, and where it leads. Anything
 * not listed is refused with INVALID_TRANSITION. Record events appear too, leading back to the
 * state they were recorded in, so that this one table answers "may this happen now?".
 */
import { domainError, type DomainError } from '../errors.js'
import { err, ok, type Result } from '../result.js'
import type { DemandEventType } from './events.js'
import { DEMAND_STATES, type DemandState } from './states.js'

type Moves = Partial<Record<DemandEventType, DemandState>>

const WORKFLOW: Record<DemandState, Moves> = {
  received: {
    triage_started: 'triage',
    demand_withdrawn: 'withdrawn',
  },
  triage: {
    sent_to_legal_review: 'legal_review',
    clarification_requested: 'awaiting_clarification',
    demand_rejected: 'rejected',
    demand_withdrawn: 'withdrawn',
  },
  legal_review: {
    clarification_requested: 'awaiting_clarification',
    objection_sent: 'objected',
    litigation_filed: 'in_litigation',
    production_approved: 'approved',
    demand_rejected: 'rejected',
    demand_withdrawn: 'withdrawn',
  },
  awaiting_clarification: {
    clarification_received: 'legal_review',
    objection_sent: 'objected',
    demand_rejected: 'rejected',
    demand_withdrawn: 'withdrawn',
  },
  objected: {
    sent_to_legal_review: 'legal_review',
    litigation_filed: 'in_litigation',
    demand_rejected: 'rejected',
    demand_withdrawn: 'withdrawn',
  },
  in_litigation: {
    court_enforced: 'legal_review',
    court_modified: 'legal_review',
    court_quashed: 'rejected',
    demand_withdrawn: 'withdrawn',
  },
  approved: {
    production_started: 'producing',
    litigation_filed: 'in_litigation',
    demand_withdrawn: 'withdrawn',
  },
  producing: {
    production_delivered: 'produced',
  },
  produced: {
    demand_closed: 'closed',
  },
  rejected: {
    litigation_filed: 'in_litigation',
    demand_closed: 'closed',
  },
  withdrawn: {
    demand_closed: 'closed',
    demand_reopened: 'triage',
  },
  closed: {
    demand_reopened: 'triage',
  },
}

/** Record events and the states in which they may be recorded. */
const RECORDS: Partial<Record<DemandEventType, readonly DemandState[]>> = {
  note_added: DEMAND_STATES,
  demand_assigned: DEMAND_STATES.filter((s) => s !== 'closed'),
  production_prepared: ['legal_review'],
  document_attached: DEMAND_STATES,
  fields_corrected: DEMAND_STATES,
  fields_read: DEMAND_STATES,
  facts_recorded: DEMAND_STATES,
  user_notified: DEMAND_STATES.filter((s) => s !== 'closed'),
  user_notice_queued: DEMAND_STATES.filter((s) => s !== 'closed'),
  litigation_dismissed: ['in_litigation', 'withdrawn', 'rejected', 'approved', 'legal_review'],
  // A letter may be drafted at any stage, a closed matter included (a reply to an issuer who writes again).
  letter_drafted: DEMAND_STATES,
}

function buildTable(): Record<DemandState, Moves> {
  const table = Object.fromEntries(DEMAND_STATES.map((s) => [s, { ...WORKFLOW[s] }])) as Record<DemandState, Moves>
  for (const [event, states] of Object.entries(RECORDS) as [DemandEventType, readonly DemandState[]][]) {
    for (const state of states) table[state][event] = state
  }
  return table
}

export const TRANSITIONS: Readonly<Record<DemandState, Readonly<Moves>>> = buildTable()

/** The state a demand moves to when `event` happens in `state`, or a typed refusal. */
export function nextState(state: DemandState, event: DemandEventType): Result<DemandState, DomainError> {
  const to = TRANSITIONS[state][event]
  if (to === undefined) {
    return err(
      domainError('INVALID_TRANSITION', `A demand in state "${state}" cannot take the event "${event}".`, {
        state,
        event,
        allowed: allowedEvents(state),
      }),
    )
  }
  return ok(to)
}

/**
 * Events only Custodian itself records, each through its own use case (upload, letter drafting,
 * notice queueing), because they point at documents or jobs it created. The generic "record an
 * event" path refuses them, so nobody can forge a document or a letter version by hand.
 */
export const SYSTEM_RECORDED_EVENTS: ReadonlySet<DemandEventType> = new Set([
  'demand_received',
  'document_attached',
  'fields_read',
  'letter_drafted',
  'user_notice_queued',
])

/** The events a person may record by hand now: what the UI offers as actions. */
export function userActions(state: DemandState): DemandEventType[] {
  return allowedEvents(state).filter((e) => !SYSTEM_RECORDED_EVENTS.has(e))
}

/** The events that may happen next, including those only Custodian records. */
export function allowedEvents(state: DemandState): DemandEventType[] {
  return Object.keys(TRANSITIONS[state]) as DemandEventType[]
}

/** Events that change the state (as opposed to records that annotate it). */
export function isTransitionEvent(event: DemandEventType): boolean {
  return DEMAND_STATES.some((s) => WORKFLOW[s][event] !== undefined)
}
