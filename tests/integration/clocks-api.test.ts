/**
 * The clocks and notifications API: a demand's clocks, the desk's running clocks, the calendar
 * feed, and each staff member's own notifications (read, unread, someone else's).
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Clock } from '../../src/app/ports.js'
import { demandFields } from '../_util/builders.js'
import { createTestApp, type TestApp } from '../_util/test-app.js'

class TestClock implements Clock {
  constructor(private ms: number) {}
  now() {
    return new Date(this.ms)
  }
  advance(ms: number) {
    this.ms += ms
  }
}

const clock = new TestClock(Date.parse('2026-11-01T09:00:00.000Z'))
let t: TestApp

before(async () => {
  t = await createTestApp({ clock })
})
after(() => t.close())

async function get(role: 'admin' | 'legal' | 'viewer', url: string) {
  const { cookie } = await t.as(role)
  return t.app.inject({ method: 'GET', url, headers: { cookie } })
}

async function newDemand(overrides: Record<string, unknown> = {}) {
  const { cookie } = await t.as('legal')
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/demands',
    headers: { cookie },
    payload: { fields: demandFields(overrides) },
  })
  assert.equal(res.statusCode, 201, res.body)
  return res.json() as { id: string; reference: string }
}

describe('clocks API', () => {
  let soon: { id: string; reference: string }
  let gagged: { id: string; reference: string }
  let closed: { id: string; reference: string }

  before(async () => {
    soon = await newDemand({ served_at: '2026-11-01T08:00:00Z', due_at: '2026-11-01T20:00:00Z' })
    gagged = await newDemand({
      instrument_type: 'court_order_2703d',
      served_at: '2026-10-30T08:00:00Z',
      due_at: '2026-11-20T17:00:00Z',
      nondisclosure: { basis: 'court_order', expires_on: '2027-01-15', citation: '18 U.S.C. 2705(b)' },
    })
    closed = await newDemand({ served_at: '2026-10-01T08:00:00Z', due_at: '2026-10-20T17:00:00Z' })
    const { cookie } = await t.as('legal')
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/demands/${closed.id}/events`,
      headers: { cookie },
      payload: { type: 'demand_withdrawn', payload: {} },
    })
    assert.ok(res.statusCode < 300, res.body)
  })

  it("lists a demand's clocks with dates, reminders, status and citation", async () => {
    const res = await get('viewer', `/api/demands/${gagged.id}/clocks`)
    assert.equal(res.statusCode, 200, res.body)
    const body = res.json()
    assert.equal(body.demand.reference, gagged.reference)
    assert.deepEqual(
      body.clocks.map((c: { id: string; due_at: string; status: string }) => [c.id, c.due_at, c.status]),
      [
        ['response', '2026-11-20T17:00:00.000Z', 'running'],
        ['gag_expiry', '2027-01-15T00:00:00.000Z', 'running'],
      ],
    )
    assert.deepEqual(body.clocks[1].remind_at, ['2027-01-08T00:00:00.000Z', '2027-01-15T00:00:00.000Z'])
    assert.match(body.clocks[1].citation, /2705\(b\)/)
  })

  it('answers 404 for an unknown demand', async () => {
    const res = await get('legal', '/api/demands/00000000-0000-4000-8000-000000000000/clocks')
    assert.equal(res.statusCode, 404)
    assert.equal(res.json().code, 'DEMAND_NOT_FOUND')
  })

  it('lists the running clocks of open demands, soonest first, without settled ones', async () => {
    const res = await get('viewer', '/api/clocks')
    assert.equal(res.statusCode, 200, res.body)
    const items = res.json().items as {
      demand: { id: string; reference: string }
      clock: { id: string; status: string; due_at: string }
    }[]
    const mine = items.filter((i) => [soon.id, gagged.id, closed.id].includes(i.demand.id))
    assert.deepEqual(
      mine.map((i) => [i.demand.reference, i.clock.id, i.clock.status]),
      [
        [soon.reference, 'response', 'due_soon'],
        [gagged.reference, 'response', 'running'],
        [gagged.reference, 'gag_expiry', 'running'],
      ],
    )
    const dues = items.map((i) => i.clock.due_at)
    assert.deepEqual(dues, [...dues].sort())
  })

  it('serves the clocks as an iCalendar feed with an alarm per reminder', async () => {
    const res = await get('viewer', '/api/calendar.ics')
    assert.equal(res.statusCode, 200, res.body)
    assert.match(String(res.headers['content-type']), /^text\/calendar/)
    const ics = res.body.replace(/\r\n[ \t]/g, '')
    assert.match(ics, /^BEGIN:VCALENDAR/)
    assert.ok(ics.includes(`UID:${gagged.id}.gag_expiry@`), 'stable UID per demand and clock')
    assert.ok(ics.includes(`SUMMARY:${soon.reference}: Response due`))
    assert.ok(ics.includes('DTSTART:20270115T000000Z'))
    assert.ok(ics.includes('TRIGGER;VALUE=DATE-TIME:20270108T000000Z'))
    assert.ok(!ics.includes(closed.id), 'a withdrawn demand has no running clock')
  })
})

describe('notifications API', () => {
  let admin: string
  let legal: string

  before(async () => {
    const staff = Object.fromEntries((await t.ctx.staff.list()).map((u) => [u.role, u.id]))
    admin = staff.admin!
    legal = staff.legal!
    const at = (m: number) => new Date(Date.parse('2026-11-01T08:00:00Z') + m * 60_000).toISOString()
    await t.ctx.notifications.add([
      {
        key: 'n1',
        user_id: admin,
        demand_id: null,
        kind: 'clock_reminder',
        title: 'older',
        body: 'b',
        created_at: at(1),
      },
      {
        key: 'n2',
        user_id: admin,
        demand_id: null,
        kind: 'clock_reminder',
        title: 'newer',
        body: 'b',
        created_at: at(2),
      },
      {
        key: 'n3',
        user_id: legal,
        demand_id: null,
        kind: 'clock_reminder',
        title: 'for legal',
        body: 'b',
        created_at: at(3),
      },
    ])
  })

  it('lists my own notifications, newest first, with the unread count', async () => {
    const res = await get('admin', '/api/notifications')
    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(
      res.json().items.map((n: { title: string }) => n.title),
      ['newer', 'older'],
    )
    assert.equal(res.json().unread, 2)
    assert.deepEqual((await get('viewer', '/api/notifications')).json(), { items: [], unread: 0 })
  })

  it("marks one read, keeps the first reading time, and hides someone else's", async () => {
    const { cookie } = await t.as('admin')
    const [newer] = (await get('admin', '/api/notifications')).json().items
    const first = await t.app.inject({
      method: 'POST',
      url: `/api/notifications/${newer.id}/read`,
      headers: { cookie },
    })
    assert.equal(first.statusCode, 200, first.body)
    assert.equal(first.json().read_at, '2026-11-01T09:00:00.000Z')
    clock.advance(60_000)
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/notifications/${newer.id}/read`,
      headers: { cookie },
    })
    assert.equal(again.json().read_at, '2026-11-01T09:00:00.000Z')
    assert.equal((await get('admin', '/api/notifications')).json().unread, 1)
    assert.deepEqual(
      (await get('admin', '/api/notifications?unread=true'))
        .json()
        .items.map((n: { title: string }) => n.title),
      ['older'],
    )

    const [legals] = (await get('legal', '/api/notifications')).json().items
    const theirs = await t.app.inject({
      method: 'POST',
      url: `/api/notifications/${legals.id}/read`,
      headers: { cookie },
    })
    assert.equal(theirs.statusCode, 404)
    assert.equal(theirs.json().code, 'NOTIFICATION_NOT_FOUND')
    assert.equal(
      (await get('legal', '/api/notifications')).json().unread,
      1,
      "the admin did not read legal's notification",
    )
    const junk = await t.app.inject({
      method: 'POST',
      url: '/api/notifications/not-a-uuid/read',
      headers: { cookie },
    })
    assert.equal(junk.statusCode, 404)
  })

  it('refuses a limit out of range', async () => {
    assert.equal((await get('admin', '/api/notifications?limit=0')).statusCode, 400)
  })
})
