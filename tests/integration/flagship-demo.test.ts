import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { loadFlagshipDemo } from '../../src/app/demo/load-flagship-demo.js'
import { verifyEventLog } from '../../src/app/audit/verify-event-log.js'
import { createTestApp, type TestApp } from '../_util/test-app.js'

let t: TestApp
let id: string
before(async () => {
  t = await createTestApp()
  const loaded = await loadFlagshipDemo(t.ctx)
  assert.ok(loaded.loaded && loaded.id)
  id = loaded.id
})
after(() => t.close())

describe('the flagship demo', () => {
  it('carries the whole @ALT_uscis history, from fax to closure without prejudice', async () => {
    const { cookie } = await t.as('viewer')
    const d = (await t.app.inject({ method: 'GET', url: `/api/demands/${id}`, headers: { cookie } })).json()
    assert.equal(d.state, 'closed')
    assert.equal(d.outcome, 'withdrawn')
    assert.equal(d.fields.instrument_type, 'administrative_summons')
    assert.deepEqual(d.fields.statutes_cited, ['19 U.S.C. 1509'])
    assert.equal(d.fields.targets[0].identifier, '@ALT_uscis')
    assert.ok(new Date(d.fields.due_at) < new Date(d.fields.served_at), 'the deadline falls before service')
    assert.equal(d.fields.nondisclosure.basis, 'request')
    assert.deepEqual(
      d.timeline.map((e: { type: string }) => e.type),
      [
        'demand_received', 'document_attached', 'fields_read', 'triage_started', 'sent_to_legal_review', 'note_added', 'facts_recorded', 'user_notified',
        'objection_sent', 'litigation_filed', 'demand_withdrawn', 'litigation_dismissed', 'demand_closed',
      ],
    )
    assert.deepEqual(d.litigation[0], {
      court: 'U.S. District Court for the Northern District of California',
      case_number: '3:17-cv-01916',
      filed_on: '2017-04-06',
      posture: 'platform_challenge',
      dismissed: { with_prejudice: false },
    })
    assert.match(d.documents[0].text, /all records regarding the Twitter account @ALT_USCIS/i)
    assert.deepEqual(d.allowed_events.sort(), ['demand_reopened', 'facts_recorded', 'fields_corrected', 'note_added'])
  })

  it('shows what was read from the summons, each value with passages that point into its text', async () => {
    const { cookie } = await t.as('viewer')
    const d = (await t.app.inject({ method: 'GET', url: `/api/demands/${id}`, headers: { cookie } })).json()
    const text: string = d.documents[0].text
    assert.equal(d.reading.fields.instrument_type.value, 'administrative_summons')
    assert.deepEqual(d.reading.fields.statutes_cited.value, ['19 U.S.C. 1509'])
    let passages = 0
    for (const [name, field] of Object.entries(d.reading.fields) as [string, { passages: { document_id: string; start: number; end: number; text: string }[] }][]) {
      for (const p of field.passages) {
        assert.equal(p.document_id, d.documents[0].id, name)
        assert.equal(text.slice(p.start, p.end), p.text, `${name}: the passage is where it says it is`)
        passages++
      }
    }
    assert.ok(passages >= 8, `expected passages for most fields, got ${passages}`)
    const timelineEntry = d.timeline.find((e: { type: string }) => e.type === 'fields_read')
    assert.equal(timelineEntry.actor_name, 'Custodian')
  })

  it('is loaded only into an empty installation', async () => {
    assert.deepEqual(await loadFlagshipDemo(t.ctx), { loaded: false })
    assert.equal(await t.ctx.store.count(), 1)
  })

  it('can be reopened when the summons is served again', async () => {
    const { cookie } = await t.as('legal')
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/demands/${id}/events`,
      headers: { cookie },
      payload: { type: 'demand_reopened', payload: { reason: 'CBP served the summons again' } },
    })
    assert.equal(res.statusCode, 201, res.body)
    assert.equal(res.json().state, 'triage')
    assert.equal(res.json().reopened_count, 1)
    assert.deepEqual((await verifyEventLog(t.ctx)).breaks, [])
  })
})
