/**
 * Reminders end to end on a real database and a real SMTP server: a demand's clocks are scheduled
 * as keyed jobs; when one falls due the worker tells every admin and legal staff member in the app
 * and by e-mail (the Message-ID derived from the job key); running it again writes and sends
 * nothing twice; a reminder whose date moved or whose clock stopped does nothing.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { and, eq } from 'drizzle-orm'
import { scheduleReminders } from '../../src/app/clocks/schedule-reminders.js'
import { sweepReminders } from '../../src/app/clocks/sweep-reminders.js'
import { deliverReminder } from '../../src/app/notifications/deliver-reminder.js'
import type { Clock, Mailer } from '../../src/app/ports.js'
import { createSmtpMailer, messageIdFor } from '../../src/notifications/smtp-mailer.js'
import { job, notification } from '../../src/storage/schema/index.js'
import { createJobHandlers } from '../../src/worker/handlers.js'
import { createWorker } from '../../src/worker/worker.js'
import { demandFields } from '../_util/builders.js'
import { startSmtpSink, type SmtpSink } from '../_util/smtp-sink.js'
import { createTestApp, type TestApp } from '../_util/test-app.js'

class TestClock implements Clock {
  constructor(private ms: number) {}
  now() {
    return new Date(this.ms)
  }
  set(iso: string) {
    this.ms = Date.parse(iso)
  }
}

const clock = new TestClock(Date.parse('2026-11-01T09:00:00.000Z'))
let t: TestApp
let sink: SmtpSink
let mailer: ReturnType<typeof createSmtpMailer>

before(async () => {
  sink = await startSmtpSink()
  mailer = createSmtpMailer({ url: sink.url, from: 'Custodian <legal@example.test>' })
  t = await createTestApp({ clock })
})
after(async () => {
  await t.close()
  mailer.close()
  await sink.close()
})

function workerWith(m: Mailer | null) {
  return createWorker({
    queue: t.ctx.jobs,
    handlers: createJobHandlers({ ...t.ctx, mailer: m }),
    clock,
    backoffMs: () => 60_000,
    maxAttempts: 3,
  })
}

async function newDemand(overrides: Record<string, unknown> = {}) {
  clock.set('2026-11-01T09:00:00.000Z')
  const { cookie } = await t.as('legal')
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/demands',
    headers: { cookie },
    payload: {
      fields: demandFields({
        served_at: '2026-11-01T08:00:00Z',
        due_at: '2026-11-10T17:00:00Z',
        ...overrides,
      }),
    },
  })
  assert.equal(res.statusCode, 201, res.body)
  return res.json() as { id: string; reference: string }
}

// Every API call happens at the demand's receipt time (newDemand sets the clock), while the session lives.
async function record(id: string, type: string, payload: object) {
  const { cookie } = await t.as('legal')
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/demands/${id}/events`,
    headers: { cookie },
    payload: { type, payload },
  })
  assert.ok(res.statusCode === 200 || res.statusCode === 201, res.body)
}

const jobsOf = (demandId: string, kind: string) =>
  t.ctx.database.db
    .select()
    .from(job)
    .where(and(eq(job.demandId, demandId), eq(job.kind, kind)))
const notificationsOf = (demandId: string) =>
  t.ctx.database.db.select().from(notification).where(eq(notification.demandId, demandId))
const staffByRole = async () => Object.fromEntries((await t.ctx.staff.list()).map((u) => [u.role, u]))

describe('reminders', () => {
  it('schedules each reminder of a demand once, at its instant', async () => {
    const d = await newDemand()
    // The commit that recorded the demand queued its reminders in the same transaction, so
    // scheduling them again (the sweep does) queues nothing new.
    assert.equal((await jobsOf(d.id, 'reminder')).length, 2)
    const again = await scheduleReminders(t.ctx, d.id)
    assert.deepEqual(again, { ok: true, value: { planned: 2, queued: 0 } })
    const jobs = (await jobsOf(d.id, 'reminder')).sort((a, b) => a.key.localeCompare(b.key))
    assert.deepEqual(
      jobs.map((j) => [j.key, new Date(j.runAt).toISOString()]),
      [
        [`reminder:${d.id}:response:2026-11-07T17:00:00.000Z`, '2026-11-07T17:00:00.000Z'],
        [`reminder:${d.id}:response:2026-11-09T17:00:00.000Z`, '2026-11-09T17:00:00.000Z'],
      ],
    )
  })

  it('tells admins and legal staff in the app and by e-mail, never twice, never the viewer', async () => {
    const d = await newDemand()
    await scheduleReminders(t.ctx, d.id)
    const worker = workerWith(mailer)
    clock.set('2026-11-07T17:00:00.000Z')
    const before = sink.messages.length
    await worker.pollOnce() // the reminder: notifications, and one e-mail job per recipient
    await worker.pollOnce() // the e-mails
    const staff = await staffByRole()

    const notes = await notificationsOf(d.id)
    assert.deepEqual(notes.map((n) => n.userId).sort(), [staff.admin!.id, staff.legal!.id].sort())
    assert.match(notes[0]!.title, new RegExp(`^${d.reference}: Response due`))
    assert.match(notes[0]!.body, /2026-11-10 17:00 UTC/)

    // Other tests' demands have reminders due too: look at this demand's mail only.
    const mine = () => sink.messages.slice(before).filter((m) => m.subject?.startsWith(`${d.reference}:`))
    await sink.waitFor(before + 2)
    const mails = mine()
    assert.equal(mails.length, 2)
    const reminderKey = `reminder:${d.id}:response:2026-11-07T17:00:00.000Z`
    assert.deepEqual(
      mails.map((m) => m.messageId).sort(),
      [staff.admin!.id, staff.legal!.id]
        .map((uid) => messageIdFor(`email:${reminderKey}:${uid}`, 'example.test'))
        .sort(),
    )
    assert.deepEqual(mails.map((m) => (m.to && 'text' in m.to ? m.to.text : '')).sort(), [
      'admin@example.test',
      'legal@example.test',
    ])

    // The same reminder run again (a worker that crashed after delivering it) adds nothing.
    const again = await deliverReminder(
      t.ctx,
      {
        key: reminderKey,
        payload: { demand_id: d.id, clock_id: 'response', remind_at: '2026-11-07T17:00:00.000Z' },
      },
      { email: true },
    )
    assert.deepEqual(again, { status: 'delivered', recipients: 2, notifications_added: 0, emails_queued: 0 })
    await worker.pollOnce()
    assert.equal((await notificationsOf(d.id)).length, 2)
    assert.equal(mine().length, 2)
    assert.ok((await jobsOf(d.id, 'email')).every((j) => j.state === 'done'))
  })

  it('does nothing for a reminder whose date moved, or whose clock stopped', async () => {
    const moved = await newDemand()
    await scheduleReminders(t.ctx, moved.id)
    await record(moved.id, 'fields_corrected', {
      changes: { due_at: '2026-11-20T17:00:00Z' },
      reason: 'misread the date',
    })
    const stopped = await newDemand()
    await scheduleReminders(t.ctx, stopped.id)
    await record(stopped.id, 'demand_withdrawn', { note: null })

    clock.set('2026-11-07T17:00:00.000Z')
    for (const d of [moved, stopped]) {
      const outcome = await deliverReminder(
        t.ctx,
        {
          key: 'k',
          payload: { demand_id: d.id, clock_id: 'response', remind_at: '2026-11-07T17:00:00.000Z' },
        },
        { email: true },
      )
      assert.equal(outcome.status, 'superseded')
    }
    await workerWith(mailer).pollOnce()
    assert.equal((await notificationsOf(moved.id)).length, 0)
    assert.equal((await notificationsOf(stopped.id)).length, 0)
    assert.ok(
      (await jobsOf(moved.id, 'reminder')).every(
        (j) => j.state === 'done' || new Date(j.runAt) > clock.now(),
      ),
    )

    // The corrected date got reminders of its own, queued by the correction's commit.
    const keys = (await jobsOf(moved.id, 'reminder')).map((j) => j.key)
    assert.ok(keys.includes(`reminder:${moved.id}:response:2026-11-17T17:00:00.000Z`), keys.join(', '))
    assert.deepEqual(await scheduleReminders(t.ctx, moved.id), { ok: true, value: { planned: 2, queued: 0 } })
  })

  it('without a mailer, reminds in the app only and queues no e-mail', async () => {
    const d = await newDemand()
    await scheduleReminders(t.ctx, d.id)
    clock.set('2026-11-07T17:00:00.000Z')
    await workerWith(null).pollOnce()
    assert.equal((await notificationsOf(d.id)).length, 2)
    assert.equal((await jobsOf(d.id, 'email')).length, 0)
  })

  it('fails an e-mail the server refuses for good (5xx) at once, and retries one refused for now (4xx)', async () => {
    const d = await newDemand()
    await scheduleReminders(t.ctx, d.id)
    clock.set('2026-11-07T17:00:00.000Z')
    let code = 550
    const refusing: Mailer = {
      send: async () => Promise.reject(Object.assign(new Error(`${code} refused`), { responseCode: code })),
    }
    const worker = workerWith(refusing)
    await worker.pollOnce()
    await worker.pollOnce()
    assert.deepEqual(
      (await jobsOf(d.id, 'email')).map((j) => [j.state, j.attempts]),
      [
        ['failed', 1],
        ['failed', 1],
      ],
    )

    const other = await newDemand()
    await scheduleReminders(t.ctx, other.id)
    clock.set('2026-11-07T17:00:00.000Z')
    code = 421
    await worker.pollOnce()
    await worker.pollOnce()
    assert.deepEqual(
      (await jobsOf(other.id, 'email')).map((j) => [j.state, j.attempts]),
      [
        ['pending', 1],
        ['pending', 1],
      ],
    )
  })

  it('the sweep schedules the reminders of every open demand, and only once', async () => {
    const d = await newDemand({ due_at: '2026-12-01T17:00:00Z' })
    const first = await sweepReminders(t.ctx)
    assert.ok(first.demands >= 1)
    assert.equal((await jobsOf(d.id, 'reminder')).length, 2)
    const second = await sweepReminders(t.ctx)
    assert.equal(second.queued, 0)
  })
})
