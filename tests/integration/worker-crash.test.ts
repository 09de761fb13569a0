/**
 * Crash test: the worker runs in a child process (tests/_util/worker-child.ts) on a PGlite folder
 * or a PostgreSQL database, sending reminder e-mail to a real SMTP server in this process. The
 * child is killed with SIGKILL part-way through delivery and a new one started, until every job is
 * done. Then: every reminder reached every admin and legal staff member, in the app exactly once,
 * and by e-mail at least once; and duplicates are counted.
 *
 * Two kinds of crash, because they differ in what can be promised (docs/adr/0006-durable-jobs.md):
 * - killed while the SMTP server holds a message unanswered: that message was never accepted, and
 *   every accepted one was already marked done (jobs run one at a time), so no Message-ID may
 *   arrive twice;
 * - killed at arbitrary moments: a kill that lands between the server's "250 accepted" and the
 *   job's "done" makes that one message go again. At most one per kill, since one is in flight.
 */
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { after, describe, it, type TestContext } from 'node:test'
import { SMTPServer } from 'smtp-server'
import { receiveDemand } from '../../src/app/demands/receive-demand.js'
import type { PasswordHasher } from '../../src/app/ports.js'
import { reminderKey } from '../../src/core/deadlines/index.js'
import { createDemandStore } from '../../src/storage/demand-store.js'
import { createContext } from '../../src/context.js'
import { messageIdFor } from '../../src/notifications/smtp-mailer.js'
import type { DatabaseTarget } from '../../src/storage/db.js'
import { notification } from '../../src/storage/schema/index.js'
import { demandFields } from '../_util/builders.js'
import { createTestDbTarget, testDbKind } from '../_util/test-db.js'
import { testConfig } from '../_util/test-app.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const CHILD = path.join(ROOT, 'tests', '_util', 'worker-child.ts')
const DEMANDS = 20
const REMINDERS = DEMANDS * 2
const LEASE_MS = 1500
const DAY = 86_400_000

/** Password hashing is not under test here; argon2 would only slow the setup down. */
const plainHasher: PasswordHasher = {
  hash: async (p) => `plain:${p}`,
  verify: async (h, p) => h === `plain:${p}`,
}

const cleanups: (() => Promise<void>)[] = []
after(async () => {
  for (const c of cleanups.reverse()) await c()
})

async function freshTarget(): Promise<DatabaseTarget> {
  if (testDbKind === 'pglite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'custodian-crash-'))
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }))
    return { kind: 'pglite', dataDir: dir }
  }
  const db = await createTestDbTarget()
  cleanups.push(() => db.drop())
  return db.target
}

type Seeded = { expectedNotifications: Set<string>; expectedMessageIds: Set<string>; viewerId: string }

/** 20 demands, each with its two response reminders queued as due now: 40 reminder jobs. */
async function seed(target: DatabaseTarget): Promise<Seeded> {
  const { config, secrets } = testConfig()
  const ctx = await createContext(config, secrets, { target, hasher: plainHasher })
  try {
    const staff = []
    for (const role of ['admin', 'legal', 'viewer'] as const) {
      staff.push(
        await ctx.staff.create({
          email: `${role}@example.test`,
          name: `Test ${role}`,
          role,
          password_hash: 'x',
        }),
      )
    }
    const recipients = staff.filter((u) => u.role !== 'viewer')
    const now = Date.now()
    const expectedNotifications = new Set<string>()
    const expectedMessageIds = new Set<string>()
    for (let i = 0; i < DEMANDS; i++) {
      const fields = demandFields({
        served_at: new Date(now - 10 * DAY).toISOString(),
        due_at: new Date(now + 2 * DAY).toISOString(),
      })
      // A store without derived reminders: the test queues exactly the jobs it wants, all due now.
      const received = await receiveDemand({ ...ctx, store: createDemandStore(ctx.database.db) }, { fields, actor: 'test' })
      assert.ok(received.ok)
      const id = received.value.record.id
      const due = now + 2 * DAY
      const jobs = [due - 3 * DAY, due - DAY].map((ms, k) => {
        const remindAt = new Date(ms).toISOString()
        const key = reminderKey(id, 'response', remindAt)
        for (const u of recipients) {
          expectedNotifications.add(`${key}:${u.id}`)
          expectedMessageIds.add(messageIdFor(`email:${key}:${u.id}`, 'example.test'))
        }
        return {
          kind: 'reminder',
          key,
          demand_id: id,
          payload: { demand_id: id, clock_id: 'response', remind_at: remindAt },
          run_at: new Date(now + i * 2 + k).toISOString(),
        }
      })
      await ctx.jobs.enqueue(jobs, new Date(now))
    }
    return { expectedNotifications, expectedMessageIds, viewerId: staff.find((u) => u.role === 'viewer')!.id }
  } finally {
    await ctx.database.close()
  }
}

type Plan = {
  /** Kill when the SMTP server has received message number n, before answering it. */
  holdAndKill: number[]
  /** Kill 0–3 ms after the child reports the n-th settled job of that kind. */
  killAfter: { kind: 'reminder' | 'email'; n: number }[]
}

type Run = { kills: number; children: number; accepted: string[]; refused: string[] }

async function runUntilDone(target: DatabaseTarget, plan: Plan): Promise<Run> {
  const accepted: string[] = []
  const refused: string[] = []
  let current: ChildProcess | null = null
  let exited: Promise<unknown> = Promise.resolve()
  let kills = 0
  let received = 0
  const settled = { reminder: 0, email: 0 }

  async function kill(): Promise<void> {
    const child = current
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    kills += 1
    child.kill('SIGKILL')
    await exited
  }

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const id = /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(raw)?.[1] ?? '(no Message-ID)'
        received += 1
        if (plan.holdAndKill.includes(received)) {
          refused.push(id)
          void kill().then(() => callback(new Error('connection lost')))
          return
        }
        accepted.push(id)
        callback()
      })
    },
  })
  server.on('error', () => {}) // writes to the socket of a killed child
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as { port: number }).port
  const config = JSON.stringify({
    target,
    smtp_url: `smtp://127.0.0.1:${port}`,
    lease_ms: LEASE_MS,
    poll_ms: 50,
  })

  const deadline = Date.now() + 240_000
  let children = 0
  try {
    for (;;) {
      assert.ok(Date.now() < deadline, 'the jobs were not all done within 4 minutes')
      assert.ok(children < 10, 'too many restarts')
      // The previous child is dead (we saw it exit), so its folder lock is stale; proper-lockfile
      // would take 15 s to notice. A supervisor restarting Custodian waits that out instead.
      if (target.kind === 'pglite')
        rmSync(path.join(target.dataDir, 'custodian.lock'), { recursive: true, force: true })
      const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
        cwd: ROOT,
        env: { ...process.env, CUSTODIAN_WORKER_CHILD: config },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      children += 1
      current = child
      exited = once(child, 'exit')
      let stderr = ''
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const [result, kind] = line.split(' ')
        if (result !== 'done' || (kind !== 'reminder' && kind !== 'email')) return
        settled[kind] += 1
        if (plan.killAfter.some((k) => k.kind === kind && k.n === settled[kind]))
          setTimeout(() => void kill(), Math.floor(Math.random() * 4))
      })
      const timer = setTimeout(() => child.kill('SIGKILL'), Math.max(1, deadline - Date.now()))
      const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null]
      clearTimeout(timer)
      if (code === 0) break
      assert.equal(signal, 'SIGKILL', `the worker child failed on its own (code ${code}):\n${stderr}`)
    }
  } finally {
    current?.kill('SIGKILL')
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  return { kills, children, accepted, refused }
}

async function verify(t: TestContext, name: string, target: DatabaseTarget, seeded: Seeded, run: Run) {
  const { config, secrets } = testConfig()
  if (target.kind === 'pglite')
    rmSync(path.join(target.dataDir, 'custodian.lock'), { recursive: true, force: true })
  const ctx = await createContext(config, secrets, { target })
  try {
    const counts = await ctx.jobs.counts()
    const notes = await ctx.database.db
      .select({ key: notification.key, userId: notification.userId })
      .from(notification)
    const perId = new Map<string, number>()
    for (const id of run.accepted) perId.set(id, (perId.get(id) ?? 0) + 1)
    const missing = [...seeded.expectedMessageIds].filter((id) => !perId.has(id))
    const unexpected = [...perId.keys()].filter((id) => !seeded.expectedMessageIds.has(id))
    const duplicates = [...perId.values()].reduce((sum, n) => sum + n - 1, 0)
    t.diagnostic(
      `${name} on ${testDbKind}: ${REMINDERS} reminder jobs + ${seeded.expectedMessageIds.size} e-mail jobs; ` +
        `${run.kills} kill(s), ${run.children} worker process(es); e-mails accepted ${run.accepted.length} ` +
        `(${perId.size} distinct Message-IDs, ${duplicates} duplicate(s)), refused unanswered ${run.refused.length}; ` +
        `in-app notifications ${notes.length} for ${seeded.expectedNotifications.size} expected`,
    )
    assert.deepEqual(counts, {
      pending: 0,
      running: 0,
      done: REMINDERS + seeded.expectedMessageIds.size,
      failed: 0,
      cancelled: 0,
    })
    assert.deepEqual(
      new Set(notes.map((n) => n.key)),
      seeded.expectedNotifications,
      'each reminder reaches each admin and legal member in the app',
    )
    assert.equal(notes.length, seeded.expectedNotifications.size, 'in-app notifications exactly once')
    assert.ok(!notes.some((n) => n.userId === seeded.viewerId), 'viewers get no reminders')
    assert.deepEqual(missing, [], 'every reminder e-mail was accepted at least once')
    assert.deepEqual(unexpected, [])
    return { duplicates }
  } finally {
    await ctx.database.close()
  }
}

describe('worker crash', () => {
  it('killed while the server holds a message: every reminder delivered, nothing twice', async (t) => {
    const target = await freshTarget()
    const seeded = await seed(target)
    const run = await runUntilDone(target, { holdAndKill: [15, 50], killAfter: [] })
    const { duplicates } = await verify(t, 'kill before acceptance', target, seeded, run)
    assert.equal(run.kills, 2)
    assert.equal(run.refused.length, 2)
    assert.equal(duplicates, 0, 'a Message-ID arrived twice')
  })

  it('killed at arbitrary moments: every reminder delivered, in the app once, at most one e-mail repeated per kill', async (t) => {
    const target = await freshTarget()
    const seeded = await seed(target)
    const run = await runUntilDone(target, {
      holdAndKill: [],
      killAfter: [
        { kind: 'reminder', n: 20 },
        { kind: 'email', n: 25 },
        { kind: 'email', n: 60 },
      ],
    })
    const { duplicates } = await verify(t, 'kill at arbitrary moments', target, seeded, run)
    assert.ok(run.kills >= 1, 'the child was never killed: the test proved nothing')
    assert.ok(duplicates <= run.kills, `${duplicates} duplicate e-mail(s) for ${run.kills} kill(s)`)
  })
})
