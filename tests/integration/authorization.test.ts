/**
 * Every API route, every role. The table below must list each route the server registers, so a
 * new route cannot ship without a decision about who may call it.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { StaffRole } from '../../src/app/ports.js'
import { ROLE_PERMISSIONS, type RouteAccess } from '../../src/server/policies/permissions.js'
import { createTestApp, type TestApp } from '../_util/test-app.js'

const EXPECTED: Record<string, RouteAccess> = {
  'GET /api/health': 'public',
  'POST /api/session': 'public',
  'GET /api/session': 'signed_in',
  'DELETE /api/session': 'signed_in',
  'GET /api/meta': 'demand:read',
  'GET /api/demands': 'demand:read',
  'GET /api/demands/:id': 'demand:read',
  'POST /api/demands': 'demand:create',
  'POST /api/demands/import': 'demand:create',
  'POST /api/demands/:id/events': 'demand:act',
  'GET /api/documents/:id/content': 'document:download',
  'GET /api/policy': 'demand:read',
  'GET /api/policy/history': 'demand:read',
  'PUT /api/policy': 'policy:manage',
  'GET /api/rules': 'demand:read',
  'GET /api/rules/:family/docs': 'demand:read',
  'GET /api/staff': 'demand:read',
  'POST /api/calendar/token': 'demand:read',
  'GET /api/calendar/:token': 'public',
  'POST /api/demands/:id/notices': 'demand:act',
  'GET /api/notice-templates': 'demand:read',
  'PUT /api/notice-templates/:language': 'policy:manage',
  'GET /api/demands/:id/letters': 'demand:read',
  'POST /api/demands/:id/letters': 'demand:act',
  'PUT /api/demands/:id/letters/:letterId': 'demand:act',
  'GET /api/clocks': 'demand:read',
  'GET /api/demands/:id/clocks': 'demand:read',
  'GET /api/calendar.ics': 'demand:read',
  'GET /api/notifications': 'signed_in',
  'POST /api/notifications/:id/read': 'signed_in',
}

let t: TestApp
before(async () => {
  t = await createTestApp()
})
after(() => t.close())

const ROLES: StaffRole[] = ['admin', 'legal', 'viewer']
const sample = (url: string) => url.replace(':id', '00000000-0000-4000-8000-000000000000').replace(':family', 'us').replace(':language', 'en')

describe('authorization', () => {
  it('the table covers exactly the routes the server registers (docs excepted)', () => {
    const registered = t.app.custodianRoutes.filter((r) => !r.url.startsWith('/api/docs'))
    const actual = Object.fromEntries(registered.map((r) => [`${r.method} ${r.url}`, r.access]))
    assert.deepEqual(actual, EXPECTED)
  })

  for (const [route, access] of Object.entries(EXPECTED)) {
    const [method, url] = route.split(' ') as ['GET' | 'POST' | 'PUT' | 'DELETE', string]
    if (access === 'public') continue

    it(`${route} refuses anyone not signed in (401)`, async () => {
      const res = await t.app.inject({ method, url: sample(url), payload: method === 'POST' || method === 'PUT' ? {} : undefined })
      assert.equal(res.statusCode, 401)
      assert.equal(res.json().code, 'NOT_AUTHENTICATED')
    })

    it(`${route} refuses a forged session cookie (401)`, async () => {
      const res = await t.app.inject({ method, url: sample(url), headers: { cookie: 'custodian_session=forged-token' } })
      assert.equal(res.statusCode, 401)
    })

    for (const role of ROLES) {
      const allowed = access === 'signed_in' || ROLE_PERMISSIONS[role].includes(access)
      it(`${route} ${allowed ? 'admits' : 'refuses (403)'} ${role}`, async () => {
        // Signing out ends the session, so that route gets a session of its own.
        const { cookie } = await t.as(role, { fresh: route === 'DELETE /api/session' })
        const res = await t.app.inject({ method, url: sample(url), headers: { cookie }, payload: method === 'POST' || method === 'PUT' ? {} : undefined })
        if (allowed) assert.notEqual(res.statusCode, 403, `${role} should pass the policy: ${res.body}`)
        else {
          assert.equal(res.statusCode, 403, res.body)
          assert.equal(res.json().code, 'NOT_AUTHORIZED')
        }
        assert.notEqual(res.statusCode, 401)
      })
    }
  }

  it('a viewer can read the queue but cannot create a demand', async () => {
    const { cookie } = await t.as('viewer')
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/demands', headers: { cookie } })).statusCode, 200)
    const res = await t.app.inject({ method: 'POST', url: '/api/demands', headers: { cookie }, payload: {} })
    assert.equal(res.statusCode, 403)
  })

  it('sign-in gives the same answer for an unknown email and a wrong password', async () => {
    const unknown = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'nobody@example.test', password: 'whatever-long-pass' } })
    const wrong = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'legal@example.test', password: 'wrong-password-here' } })
    assert.equal(unknown.statusCode, 401)
    assert.equal(wrong.statusCode, 401)
    assert.equal(unknown.json().detail, wrong.json().detail)
  })

  it('the session cookie is httpOnly and SameSite=Strict, and sign-out ends the session', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/session', payload: { email: 'admin@example.test', password: 'correct horse battery staple' } })
    const c = res.cookies.find((x) => x.name === 'custodian_session')!
    assert.equal(c.httpOnly, true)
    assert.equal(c.sameSite, 'Strict')
    const cookie = `custodian_session=${c.value}`
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).statusCode, 200)
    assert.equal((await t.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie } })).statusCode, 204)
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).statusCode, 401)
  })

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' })
    assert.match(String(res.headers['content-security-policy']), /default-src 'self'/)
    assert.equal(res.headers['x-content-type-options'], 'nosniff')
  })
})
