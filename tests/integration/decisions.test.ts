/** Decisions through the API: two people for any production, findings behind every objection, assignment. */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { demandFields } from '../_util/builders.js'
import { createTestApp, type TestApp } from '../_util/test-app.js'

let t: TestApp
before(async () => {
  t = await createTestApp()
})
after(() => t.close())

async function act(role: 'admin' | 'legal', id: string, type: string, payload: object = {}) {
  const { cookie } = await t.as(role)
  return t.app.inject({ method: 'POST', url: `/api/demands/${id}/events`, headers: { cookie }, payload: { type, payload } })
}

async function demandInReview() {
  const { cookie } = await t.as('legal')
  const id = (await t.app.inject({ method: 'POST', url: '/api/demands', headers: { cookie }, payload: { fields: demandFields() } })).json().id as string
  await act('legal', id, 'triage_started')
  await act('legal', id, 'sent_to_legal_review')
  return id
}

describe('decisions', () => {
  it('a production needs a second person: the preparer cannot approve it', async () => {
    const id = await demandInReview()
    const early = await act('legal', id, 'production_approved')
    assert.equal(early.statusCode, 409)
    assert.equal(early.json().code, 'TWO_PERSON_RULE')

    const prepared = await act('legal', id, 'production_prepared', { categories: ['subscriber_identity'], finding_ids: ['US.SCA.SUBPOENA_REACHES_BSI_ONLY'] })
    assert.equal(prepared.statusCode, 201, prepared.body)
    const self = await act('legal', id, 'production_approved')
    assert.equal(self.statusCode, 409)
    assert.match(self.json().detail, /cannot also approve/)

    const second = await act('admin', id, 'production_approved')
    assert.equal(second.statusCode, 201, second.body)
    const d = second.json()
    assert.equal(d.state, 'approved')
    assert.deepEqual(d.production.categories, ['subscriber_identity'])
    assert.notEqual(d.production.prepared_by, d.production.approved_by)
  })

  it('an objection and a rejection must name the findings they rest on', async () => {
    const id = await demandInReview()
    const bare = await act('legal', id, 'objection_sent', { grounds: 'Too broad' })
    assert.equal(bare.statusCode, 400)
    assert.match(bare.json().detail, /finding_ids/)
    const grounded = await act('legal', id, 'objection_sent', { grounds: 'Too broad', finding_ids: ['US.PARTICULARITY.SPECIFIC_REQUEST'] })
    assert.equal(grounded.statusCode, 201)
    const rejected = await act('legal', id, 'demand_rejected', { reason: 'No reply to the objection', finding_ids: [] })
    assert.equal(rejected.statusCode, 400)
  })

  it('assigns a demand to a staff member listed by /api/staff', async () => {
    const id = await demandInReview()
    const { cookie } = await t.as('viewer')
    const staff = (await t.app.inject({ method: 'GET', url: '/api/staff', headers: { cookie } })).json().items as { id: string; name: string }[]
    const admin = staff.find((s) => s.name === 'Test admin')!
    assert.ok(admin && !('email' in admin))
    const res = await act('legal', id, 'demand_assigned', { assignee_id: admin.id, note: 'Counsel to review' })
    assert.equal(res.statusCode, 201, res.body)
    assert.equal(res.json().assignee_id, admin.id)
  })
})

describe('corrections', () => {
  it('a correction changes only the fields it names, and is an event in the timeline', async () => {
    const id = await demandInReview()
    const res = await act('legal', id, 'fields_corrected', { changes: { reference: 'GJ-2026-17' }, reason: 'Read from the caption' })
    assert.equal(res.statusCode, 201, res.body)
    const d = res.json()
    assert.equal(d.fields.reference, 'GJ-2026-17')
    assert.equal(d.fields.targets.length, 1, 'targets survive a correction of another field')
    assert.deepEqual(d.fields.data_categories_requested, ['subscriber_identity'])
    assert.equal(d.fields.due_at, '2026-12-01T17:00:00Z')
    const event = d.timeline.at(-1)
    assert.equal(event.type, 'fields_corrected')
    assert.deepEqual(event.payload.changes, { reference: 'GJ-2026-17' })
    assert.ok(d.assessment, 'writes answer with the assessment too')
  })
})
