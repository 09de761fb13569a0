import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { DemandFields } from '../demand/index.js'
import type { DemandEvent } from './events.js'
import { foldDemand } from './fold.js'

const fields: DemandFields = {
  instrument_type: 'administrative_summons',
  issuing_authority: { name: 'U.S. Customs and Border Protection', kind: 'federal_agency', jurisdiction: 'US-federal' },
  reference: null,
  statutes_cited: ['19 U.S.C. 1509'],
  targets: [{ identifier: '@ALT_uscis', kind: 'handle', speech_profile: 'political', pseudonymous: true }],
  data_categories_requested: ['subscriber_identity'],
  date_range: null,
  date_issued: '2017-03-14',
  served_at: null,
  due_at: null,
  stated_purpose: null,
  nondisclosure: null,
  emergency: false,
  summary: null,
}

const ev = (type: DemandEvent['type'], payload: object = { note: null }, at = '2017-03-14T12:00:00.000Z'): DemandEvent =>
  ({ type, payload, occurred_at: at, actor: 'test' }) as DemandEvent

const flagshipHistory: DemandEvent[] = [
  ev('demand_received', { fields, channel: 'fax' }),
  ev('triage_started'),
  ev('sent_to_legal_review'),
  ev('user_notified', { channel: 'email', recipient: null, note: null }, '2017-03-17T12:00:00.000Z'),
  ev('objection_sent', { grounds: 'Outside 19 U.S.C. 1509', finding_ids: [] }),
  ev('litigation_filed', { court: 'N.D. Cal.', case_number: '3:17-cv-01916', filed_on: '2017-04-06', posture: 'platform_challenge', note: null }),
  ev('demand_withdrawn'),
  ev('litigation_dismissed', { case_number: '3:17-cv-01916', with_prejudice: false, note: null }),
  ev('demand_closed', { outcome: 'withdrawn', note: null }, '2017-04-07T12:00:00.000Z'),
]

describe('foldDemand', () => {
  it('folds the flagship history to a closed, withdrawn matter with its litigation dismissed without prejudice', () => {
    const r = foldDemand(flagshipHistory)
    assert.ok(r.ok)
    assert.equal(r.value.state, 'closed')
    assert.equal(r.value.outcome, 'withdrawn')
    assert.equal(r.value.user_notified_at, '2017-03-17T12:00:00.000Z')
    assert.equal(r.value.closed_at, '2017-04-07T12:00:00.000Z')
    assert.deepEqual(r.value.litigation[0]?.dismissed, { with_prejudice: false })
    assert.equal(r.value.event_count, flagshipHistory.length)
  })

  it('reopens a closed matter when it is served again', () => {
    const r = foldDemand([...flagshipHistory, ev('demand_reopened', { reason: 'Served again' })])
    assert.ok(r.ok)
    assert.equal(r.value.state, 'triage')
    assert.equal(r.value.outcome, null)
    assert.equal(r.value.closed_at, null)
    assert.equal(r.value.reopened_count, 1)
  })

  it('applies field corrections over the received fields', () => {
    const r = foldDemand([
      ev('demand_received', { fields, channel: 'fax' }),
      ev('fields_corrected', { changes: { due_at: '2017-03-24T17:00:00Z' }, reason: null }),
    ])
    assert.ok(r.ok)
    assert.equal(r.value.fields.due_at, '2017-03-24T17:00:00Z')
    assert.equal(r.value.fields.instrument_type, 'administrative_summons')
  })

  it('names the position of the first event that breaks the workflow', () => {
    const r = foldDemand([ev('demand_received', { fields, channel: 'fax' }), ev('triage_started'), ev('production_delivered')])
    assert.equal(r.ok, false)
    if (!r.ok) {
      assert.equal(r.error.code, 'INVALID_TRANSITION')
      assert.equal(r.error.index, 2)
    }
  })

  it('requires a history to begin with demand_received, and only once', () => {
    assert.equal(foldDemand([ev('triage_started')]).ok, false)
    assert.equal(foldDemand([]).ok, false)
    const twice = foldDemand([ev('demand_received', { fields, channel: 'fax' }), ev('demand_received', { fields, channel: 'fax' })])
    assert.equal(twice.ok, false)
  })
})

describe('two-person approval of a production', () => {
  const inReview: DemandEvent[] = [ev('demand_received', { fields, channel: 'fax' }), ev('triage_started'), ev('sent_to_legal_review')]
  const prepared = (actor: string): DemandEvent =>
    ({ type: 'production_prepared', payload: { categories: ['subscriber_identity'], finding_ids: [], note: null }, occurred_at: '2017-03-20T12:00:00.000Z', actor }) as DemandEvent
  const approved = (actor: string): DemandEvent =>
    ({ type: 'production_approved', payload: { note: null }, occurred_at: '2017-03-21T12:00:00.000Z', actor }) as DemandEvent

  it('refuses approval before a production is prepared', () => {
    const r = foldDemand([...inReview, approved('bob')])
    assert.equal(r.ok, false)
    if (!r.ok) assert.equal(r.error.code, 'TWO_PERSON_RULE')
  })

  it('refuses approval by the person who prepared it', () => {
    const r = foldDemand([...inReview, prepared('alice'), approved('alice')])
    assert.equal(r.ok, false)
    if (!r.ok) {
      assert.equal(r.error.code, 'TWO_PERSON_RULE')
      assert.match(r.error.message, /cannot also approve/)
    }
  })

  it('approves with a second person, keeping who prepared, who approved and the scope', () => {
    const r = foldDemand([...inReview, prepared('alice'), approved('bob')])
    assert.ok(r.ok)
    assert.equal(r.value.state, 'approved')
    assert.deepEqual(r.value.production, {
      categories: ['subscriber_identity'],
      finding_ids: [],
      prepared_by: 'alice',
      prepared_at: '2017-03-20T12:00:00.000Z',
      approved_by: 'bob',
      approved_at: '2017-03-21T12:00:00.000Z',
    })
  })

  it('a court enforcing the demand sends it back to legal review, where two people must still approve', () => {
    const r = foldDemand([
      ...inReview,
      ev('litigation_filed', { court: 'N.D. Cal.', case_number: '1', filed_on: '2017-04-06', posture: 'motion_to_quash', note: null }),
      ev('court_enforced'),
    ])
    assert.ok(r.ok)
    assert.equal(r.value.state, 'legal_review')
    assert.equal(r.value.outcome, 'enforced')
    assert.equal(r.value.production, null)
  })

  it('records the assignee', () => {
    const r = foldDemand([...inReview, ev('demand_assigned', { assignee_id: '7f1b5f3e-1c1a-4c1e-9a55-1d2b3c4d5e6f', note: null })])
    assert.ok(r.ok)
    assert.equal(r.value.assignee_id, '7f1b5f3e-1c1a-4c1e-9a55-1d2b3c4d5e6f')
  })
})
