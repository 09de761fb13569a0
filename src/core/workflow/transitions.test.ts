import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEMAND_EVENT_TYPES } from './events.js'
import { DEMAND_STATES } from './states.js'
import { allowedEvents, isTransitionEvent, nextState, TRANSITIONS } from './transitions.js'

describe('transition table', () => {
  const listed = DEMAND_STATES.flatMap((state) =>
    Object.entries(TRANSITIONS[state]).map(([event, to]) => ({ state, event: event as (typeof DEMAND_EVENT_TYPES)[number], to })),
  )

  it('lists the workflow the foundation requires', () => {
    const expected: [string, string, string][] = [
      ['received', 'triage_started', 'triage'],
      ['triage', 'sent_to_legal_review', 'legal_review'],
      ['legal_review', 'clarification_requested', 'awaiting_clarification'],
      ['awaiting_clarification', 'clarification_received', 'legal_review'],
      ['legal_review', 'objection_sent', 'objected'],
      ['objected', 'litigation_filed', 'in_litigation'],
      ['legal_review', 'production_approved', 'approved'],
      ['approved', 'production_started', 'producing'],
      ['producing', 'production_delivered', 'produced'],
      ['legal_review', 'demand_rejected', 'rejected'],
      ['in_litigation', 'demand_withdrawn', 'withdrawn'],
      ['withdrawn', 'demand_closed', 'closed'],
      ['closed', 'demand_reopened', 'triage'],
      ['withdrawn', 'demand_reopened', 'triage'],
    ]
    for (const [state, event, to] of expected) {
      assert.ok(listed.some((t) => t.state === state && t.event === event && t.to === to), `${state} --${event}--> ${to} is missing`)
    }
  })

  for (const { state, event, to } of listed) {
    it(`allows ${state} --${event}--> ${to}`, () => {
      assert.deepEqual(nextState(state, event), { ok: true, value: to })
      assert.ok(allowedEvents(state).includes(event))
    })
  }

  it('refuses every unlisted (state, event) pair with a typed INVALID_TRANSITION error', () => {
    let refused = 0
    for (const state of DEMAND_STATES) {
      for (const event of DEMAND_EVENT_TYPES) {
        if (TRANSITIONS[state][event] !== undefined) continue
        const result = nextState(state, event)
        assert.equal(result.ok, false, `${state} + ${event} should be refused`)
        if (!result.ok) {
          assert.equal(result.error.code, 'INVALID_TRANSITION')
          assert.deepEqual(result.error.details?.state, state)
          assert.deepEqual(result.error.details?.event, event)
          assert.match(result.error.message, new RegExp(`"${state}".*"${event}"`))
        }
        refused += 1
      }
    }
    assert.ok(refused > 150, `expected many refused pairs, got ${refused}`)
  })

  it('never lets a closed demand be produced, objected or approved', () => {
    for (const event of ['production_approved', 'production_delivered', 'objection_sent', 'user_notified'] as const) {
      assert.equal(nextState('closed', event).ok, false)
    }
  })

  it('records do not move the demand; transitions do', () => {
    assert.equal(isTransitionEvent('note_added'), false)
    assert.equal(isTransitionEvent('litigation_filed'), true)
    assert.deepEqual(nextState('legal_review', 'note_added'), { ok: true, value: 'legal_review' })
  })
})
