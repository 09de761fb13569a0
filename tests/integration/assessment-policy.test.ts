/**
 * The rules engine through the API: a demand's assessment on its page, the flagship's six
 * problems, and the operator policy (read by all staff, changed by administrators, recorded).
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'drizzle-orm'
import { loadFlagshipDemo } from '../../src/app/demo/load-flagship-demo.js'
import { demandFields } from '../_util/builders.js'
import { createTestApp, type TestApp } from '../_util/test-app.js'

let t: TestApp
let flagshipId: string
before(async () => {
  t = await createTestApp()
  flagshipId = (await loadFlagshipDemo(t.ctx)).id!
})
after(() => t.close())

type Finding = { rule_id: string; outcome: string; citation: string; explanation: string; title: string; family: string }

async function demand(id: string) {
  const { cookie } = await t.as('viewer')
  const res = await t.app.inject({ method: 'GET', url: `/api/demands/${id}`, headers: { cookie } })
  assert.equal(res.statusCode, 200, res.body)
  return res.json()
}

describe('assessment on the demand page', () => {
  it('finds the six problems of the flagship summons, each with a rule id and citation', async () => {
    const { assessment } = await demand(flagshipId)
    const failing = (assessment.findings as Finding[]).filter((f) => f.outcome !== 'pass')
    const ids = failing.map((f) => f.rule_id)
    for (const expected of [
      'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE',
      'US.SCA.SUBPOENA_REACHES_BSI_ONLY',
      'SPEECH.POLITICAL.NON_JUDICIAL_PROCESS',
      'ADM.SUMMONS.SECRECY_NOT_BINDING',
      'AUTH.DEADLINE.BEFORE_SERVICE',
      'ADM.SUMMONS.NOT_SELF_EXECUTING',
    ]) {
      assert.ok(ids.includes(expected), `${expected} missing from ${ids.join(', ')}`)
    }
    for (const f of failing) {
      assert.ok(f.citation.length > 5, `${f.rule_id} has a citation`)
      assert.ok(f.title && f.explanation, `${f.rule_id} has a title and an explanation`)
    }
    assert.ok(['object', 'challenge_in_court'].includes(assessment.recommendation.action), assessment.recommendation.action)
    assert.equal(assessment.notice.decision, 'notify_now')
    assert.ok(assessment.checklist, 'a counsel checklist for unmasking an anonymous speaker')
    assert.equal(assessment.policy_version, 0)
  })

  it('judges a demand entered by hand: a trial subpoena for posts needs a warrant', async () => {
    const { cookie } = await t.as('legal')
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/demands',
      headers: { cookie },
      payload: { fields: demandFields({ instrument_type: 'trial_subpoena', data_categories_requested: ['content'] }) },
    })
    const d = await demand(res.json().id)
    const content = (d.assessment.findings as Finding[]).find((f) => f.rule_id.startsWith('US.SCA.CONTENT'))
    assert.equal(content?.outcome, 'fail')
    assert.notEqual(d.assessment.recommendation.action, 'comply')
  })

  it('records facts for the rules as an event, and the assessment follows them', async () => {
    const { cookie } = await t.as('legal')
    const created = await t.app.inject({ method: 'POST', url: '/api/demands', headers: { cookie }, payload: { fields: demandFields() } })
    const id = created.json().id
    const before = (await demand(id)).assessment.findings as Finding[]
    assert.equal(before.find((f) => f.rule_id === 'AUTH.VERIFY.OUT_OF_BAND')?.outcome, 'needs_review')
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/demands/${id}/events`,
      headers: { cookie },
      payload: { type: 'facts_recorded', payload: { facts: { verification: { status: 'verified', method: 'called the court clerk from its public website' } } } },
    })
    assert.equal(res.statusCode, 201, res.body)
    const after = (await demand(id)).assessment.findings as Finding[]
    assert.equal(after.find((f) => f.rule_id === 'AUTH.VERIFY.OUT_OF_BAND')?.outcome, 'pass')
    const bad = await t.app.inject({ method: 'POST', url: `/api/demands/${id}/events`, headers: { cookie }, payload: { type: 'facts_recorded', payload: { facts: { target_country: 'Germany' } } } })
    assert.equal(bad.statusCode, 400)
  })
})

describe('operator policy', () => {
  it('starts at the defaults, changes only through an administrator, and keeps every version', async () => {
    const viewer = (await t.as('viewer')).cookie
    const admin = (await t.as('admin')).cookie
    const current = (await t.app.inject({ method: 'GET', url: '/api/policy', headers: { cookie: viewer } })).json()
    assert.equal(current.version, 0)
    assert.equal(current.policy.notice_by_default, true)
    assert.equal(current.policy.gag_challenge_threshold_days, 365)

    const change = { policy: { ...current.policy, gag_challenge_threshold_days: 180 }, note: 'Stricter gag review' }
    const refused = await t.app.inject({ method: 'PUT', url: '/api/policy', headers: { cookie: (await t.as('legal')).cookie }, payload: change })
    assert.equal(refused.statusCode, 403)
    const changed = await t.app.inject({ method: 'PUT', url: '/api/policy', headers: { cookie: admin }, payload: change })
    assert.equal(changed.statusCode, 200, changed.body)
    assert.equal(changed.json().policy.gag_challenge_threshold_days, 180)
    assert.ok(changed.json().version > 0)

    const history = (await t.app.inject({ method: 'GET', url: '/api/policy/history', headers: { cookie: viewer } })).json()
    assert.equal(history.items.length, 1)
    assert.equal(history.items[0].note, 'Stricter gag review')
    assert.equal((await demand(flagshipId)).assessment.policy_version, changed.json().version)
  })

  it('refuses to switch off a rule that states the law', async () => {
    const admin = (await t.as('admin')).cookie
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/policy',
      headers: { cookie: admin },
      payload: { policy: { rules: { 'US.SCA.CONTENT_NEEDS_WARRANT': false } } },
    })
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /law|no rule has the id/)
  })

  it('keeps the policy history append-only in the database', async () => {
    await assert.rejects(t.ctx.database.db.execute(sql`DELETE FROM operator_policy_change`), (e: Error & { cause?: Error }) => {
      assert.match(`${e.message} ${e.cause?.message}`, /operator_policy_change is append-only: DELETE/)
      return true
    })
  })
})

describe('rule catalogue', () => {
  it('lists every rule with its citation, and serves each family page', async () => {
    const { cookie } = await t.as('viewer')
    const cat = (await t.app.inject({ method: 'GET', url: '/api/rules', headers: { cookie } })).json()
    assert.ok(cat.rules.length >= 50)
    assert.ok(cat.rules.every((r: { citation: string }) => r.citation.length > 0))
    const page = await t.app.inject({ method: 'GET', url: '/api/rules/adm/docs', headers: { cookie } })
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /ADM\.SUMMONS\.PURPOSE_OUTSIDE_STATUTE/)
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/rules/xyz/docs', headers: { cookie } })).statusCode, 400)
  })
})
