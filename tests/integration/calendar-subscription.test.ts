/** The secret calendar URL: issued to a signed-in member, readable without a cookie, revoked by a new one. */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { demandFields } from '../_util/builders.js'
import { createTestApp, type TestApp } from '../_util/test-app.js'

let t: TestApp
before(async () => {
  t = await createTestApp()
})
after(() => t.close())

describe('calendar subscription', () => {
  it('serves the clocks to whoever holds the live secret URL, and stops when it is replaced', async () => {
    const { cookie } = await t.as('legal')
    const due = new Date(Date.now() + 10 * 86_400_000).toISOString()
    await t.app.inject({ method: 'POST', url: '/api/demands', headers: { cookie }, payload: { fields: demandFields({ due_at: due }) } })

    const issued = await t.app.inject({ method: 'POST', url: '/api/calendar/token', headers: { cookie } })
    assert.equal(issued.statusCode, 201, issued.body)
    const first = issued.json().path as string
    assert.match(first, /^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/)

    const feed = await t.app.inject({ method: 'GET', url: first })
    assert.equal(feed.statusCode, 200, feed.body)
    assert.match(feed.headers['content-type'] as string, /text\/calendar/)
    assert.match(feed.body, /BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT/)

    const second = (await t.app.inject({ method: 'POST', url: '/api/calendar/token', headers: { cookie } })).json().path as string
    assert.notEqual(second, first)
    assert.equal((await t.app.inject({ method: 'GET', url: first })).statusCode, 401, 'the old address is revoked')
    assert.equal((await t.app.inject({ method: 'GET', url: second })).statusCode, 200)
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/calendar/guessed-token.ics' })).statusCode, 401)
  })
})
