/**
 * The durable job queue and its worker on a real database: claims that never overlap, retries
 * with backoff, failure after the last try, leases that run out (a crashed worker) and are taken
 * again, deferrals, kinds nobody handles, and a stop() that waits for the job in hand.
 */
import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { asc, eq } from 'drizzle-orm'
import type { ClaimedJob, Clock, QueuedJob } from '../../src/app/ports.js'
import { job } from '../../src/storage/schema/index.js'
import { createWorker, PermanentJobError, type JobHandler } from '../../src/worker/worker.js'
import { createTestContext } from '../_util/test-app.js'

class TestClock implements Clock {
  constructor(private ms: number) {}
  now() {
    return new Date(this.ms)
  }
  advance(ms: number) {
    this.ms += ms
  }
}

const T0 = Date.parse('2026-11-01T09:00:00.000Z')
let t: Awaited<ReturnType<typeof createTestContext>>
let clock: TestClock

before(async () => {
  clock = new TestClock(T0)
  t = await createTestContext({ clock })
})
after(() => t.close())
beforeEach(async () => {
  await t.ctx.database.db.delete(job)
})

const queued = (key: string, kind = 'test', runAt = new Date(T0)): QueuedJob => ({
  kind,
  key,
  payload: { key },
  run_at: runAt.toISOString(),
})
const rows = () => t.ctx.database.db.select().from(job).orderBy(asc(job.key))
const row = async (key: string) => (await t.ctx.database.db.select().from(job).where(eq(job.key, key)))[0]!

function worker(
  handlers: Record<string, JobHandler>,
  options: Partial<Parameters<typeof createWorker>[0]> = {},
) {
  return createWorker({
    queue: t.ctx.jobs,
    handlers,
    clock,
    maxAttempts: 3,
    backoffMs: () => 60_000,
    leaseMs: 30_000,
    ...options,
  })
}

describe('job queue', () => {
  it('queues each key once', async () => {
    assert.equal(await t.ctx.jobs.enqueue([queued('a'), queued('b')], clock.now()), 2)
    assert.equal(await t.ctx.jobs.enqueue([queued('a'), queued('c')], clock.now()), 1)
    assert.deepEqual(
      (await rows()).map((r) => r.key),
      ['a', 'b', 'c'],
    )
  })

  it('claims due jobs only, each by one claimer, under a lease', async () => {
    const due = Array.from({ length: 20 }, (_, i) => queued(`due-${String(i).padStart(2, '0')}`))
    const later = [queued('later', 'test', new Date(T0 + 60_000))]
    await t.ctx.jobs.enqueue([...due, ...later], clock.now())
    const claim = () =>
      t.ctx.jobs.claim({ kinds: ['test'], limit: 8, leaseMs: 30_000, maxAttempts: 3, now: clock.now() })
    const batches = await Promise.all([claim(), claim(), claim(), claim()])
    const keys = batches.flat().map((j) => j.key)
    assert.equal(new Set(keys).size, keys.length, 'a job was claimed twice')
    assert.deepEqual([...keys].sort(), due.map((j) => j.key).sort())
    const r = await row('due-00')
    assert.equal(r.state, 'running')
    assert.equal(r.attempts, 1)
    assert.equal(new Date(r.lockedUntil!).getTime(), T0 + 30_000)
    assert.equal((await row('later')).state, 'pending')
  })

  it('runs a job and marks it done', async () => {
    await t.ctx.jobs.enqueue([queued('one')], clock.now())
    const seen: string[] = []
    const report = await worker({ test: async (j) => void seen.push(j.key) }).pollOnce()
    assert.deepEqual(seen, ['one'])
    assert.equal(report.done, 1)
    const r = await row('one')
    assert.equal(r.state, 'done')
    assert.equal(r.lockedUntil, null)
    assert.ok(r.doneAt)
  })

  it('retries a failing job with backoff, then fails it after the last try with its error', async () => {
    await t.ctx.jobs.enqueue([queued('flaky')], clock.now())
    let calls = 0
    const w = worker({
      test: async () => {
        calls += 1
        throw new Error(`SMTP down (${calls})`)
      },
    })
    assert.equal((await w.pollOnce()).retried, 1)
    let r = await row('flaky')
    assert.equal(r.state, 'pending')
    assert.equal(new Date(r.runAt).getTime(), T0 + 60_000)
    assert.equal(r.lastError, 'SMTP down (1)')
    assert.equal((await w.pollOnce()).claimed, 0, 'not before its backoff')
    clock.advance(60_000)
    assert.equal((await w.pollOnce()).retried, 1)
    clock.advance(60_000)
    assert.equal((await w.pollOnce()).failed, 1)
    r = await row('flaky')
    assert.equal(r.state, 'failed')
    assert.equal(r.attempts, 3)
    assert.equal(r.lastError, 'SMTP down (3)')
    clock.advance(600_000)
    assert.equal((await w.pollOnce()).claimed, 0)
    assert.equal(calls, 3)
  })

  it('fails a job at once on a permanent error', async () => {
    await t.ctx.jobs.enqueue([queued('bad')], clock.now())
    const report = await worker({
      test: async () => Promise.reject(new PermanentJobError('550 no such mailbox')),
    }).pollOnce()
    assert.equal(report.failed, 1)
    assert.equal((await row('bad')).state, 'failed')
  })

  it('takes a job again when its lease runs out (its worker died), and fences the dead worker out', async () => {
    await t.ctx.jobs.enqueue([queued('orphan')], clock.now())
    const [held] = await t.ctx.jobs.claim({
      kinds: ['test'],
      limit: 1,
      leaseMs: 30_000,
      maxAttempts: 3,
      now: clock.now(),
    })
    const seen: ClaimedJob[] = []
    const w = worker({ test: async (j) => void seen.push(j) })
    assert.equal((await w.pollOnce()).claimed, 0, 'not while the lease holds')
    clock.advance(30_001)
    assert.equal((await w.pollOnce()).done, 1)
    assert.equal(seen[0]?.attempts, 2)
    assert.equal(await t.ctx.jobs.complete(held!, clock.now()), false, 'the first worker lost its lease')
    assert.equal((await row('orphan')).state, 'done')
  })

  it('renews the lease as each job starts, and skips one another worker took while it waited in the batch', async () => {
    await t.ctx.jobs.enqueue(
      [queued('a', 'test', new Date(T0 - 2000)), queued('b', 'test', new Date(T0 - 1000)), queued('c')],
      clock.now(),
    )
    const ran: string[] = []
    let taken: ClaimedJob[] = []
    const w = worker(
      {
        test: async (j) => {
          ran.push(j.key)
          clock.advance(20_000) // each job is slow; the batch's lease (30 s) runs out during the second
          if (j.key === 'b')
            taken = await t.ctx.jobs.claim({
              kinds: ['test'],
              limit: 5,
              leaseMs: 30_000,
              maxAttempts: 3,
              now: clock.now(),
            })
        },
      },
      { batchSize: 3 },
    )
    await w.pollOnce()
    assert.deepEqual(
      taken.map((j) => j.key),
      ['c'],
      'b was renewed when it started; c was not, and was taken',
    )
    assert.deepEqual(ran, ['a', 'b'], 'c, taken by the other worker, is not run here too')
  })

  it('fails a job whose worker died during every try', async () => {
    await t.ctx.jobs.enqueue([queued('poison')], clock.now())
    for (let i = 0; i < 3; i++) {
      assert.equal(
        (
          await t.ctx.jobs.claim({
            kinds: ['test'],
            limit: 1,
            leaseMs: 1000,
            maxAttempts: 3,
            now: clock.now(),
          })
        ).length,
        1,
      )
      clock.advance(1001)
    }
    await worker({ test: async () => {} }).pollOnce()
    const r = await row('poison')
    assert.equal(r.state, 'failed')
    assert.match(r.lastError ?? '', /stopped .* during each of its 3 attempts/)
  })

  it('a deferral waits until its date without using up a try', async () => {
    await t.ctx.jobs.enqueue([queued('later')], clock.now())
    const until = new Date(T0 + 86_400_000)
    let runs = 0
    const w = worker({ test: async () => (++runs === 1 ? { status: 'deferred', until } : undefined) })
    assert.equal((await w.pollOnce()).deferred, 1)
    let r = await row('later')
    assert.equal(r.state, 'pending')
    assert.equal(r.attempts, 0)
    assert.equal(new Date(r.runAt).getTime(), until.getTime())
    clock.advance(86_400_000)
    assert.equal((await w.pollOnce()).done, 1)
    r = await row('later')
    assert.equal(r.attempts, 1)
  })

  it('leaves kinds it has no handler for pending', async () => {
    await t.ctx.jobs.enqueue([queued('mail', 'email'), queued('mine')], clock.now())
    const report = await worker({ test: async () => {} }).pollOnce()
    assert.equal(report.claimed, 1)
    assert.equal((await row('mail')).state, 'pending')
  })

  it('on a database it owns alone, releases the leases a crashed run left at start', async () => {
    await t.ctx.jobs.enqueue([queued('left-running')], clock.now())
    await t.ctx.jobs.claim({
      kinds: ['test'],
      limit: 1,
      leaseMs: 3_600_000,
      maxAttempts: 3,
      now: clock.now(),
    })
    const report = await worker({ test: async () => {} }, { exclusiveDatabase: true }).pollOnce()
    assert.equal(report.done, 1, 'taken at once, without waiting an hour for the lease')
  })

  it('stop() waits for the job in hand and hands back the ones not started', async () => {
    await t.ctx.jobs.enqueue([queued('slow-1', 'test', new Date(T0 - 1000)), queued('slow-2')], clock.now())
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    let started!: () => void
    const inHandler = new Promise<void>((r) => (started = r))
    const w = worker({
      test: async () => {
        started()
        await gate
      },
    })
    w.start()
    await inHandler
    let stopped = false
    const stopping = w.stop().then(() => (stopped = true))
    await new Promise((r) => setTimeout(r, 50))
    assert.equal(stopped, false, 'stop() returned while a job was running')
    release()
    await stopping
    assert.deepEqual(
      (await rows()).map((r) => [r.key, r.state, r.attempts]),
      [
        ['slow-1', 'done', 1],
        ['slow-2', 'pending', 0],
      ],
    )
  })
})
