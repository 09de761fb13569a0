/**
 * JobQueue on Drizzle (PGlite or PostgreSQL), over the `job` table that demand commits write to.
 *
 * Claiming is one statement: an UPDATE whose target rows come from a SELECT ... FOR UPDATE SKIP
 * LOCKED, so two workers never take the same row and neither waits for the other. A claimed job
 * carries a lease (`locked_until`); a worker that dies leaves the lease to run out and the job is
 * claimed again. `attempts`, raised by each claim, fences the lease: a worker that lost its lease
 * (it stalled past it and another took over) cannot mark the job done or failed afterwards.
 */
import { randomUUID } from 'node:crypto'
import { and, asc, count, eq, inArray, lt, lte, or, sql } from 'drizzle-orm'
import type { ClaimedJob, JobQueue, JobState } from '../app/ports.js'
import type { Db } from '../storage/db.js'
import { toIsoInstant } from '../storage/iso.js'
import { job } from '../storage/schema/index.js'

const ERROR_MAX_CHARS = 2000

export function createJobQueue(db: Db): JobQueue {
  const fenced = (claimed: ClaimedJob) =>
    and(eq(job.id, claimed.id), eq(job.state, 'running'), eq(job.attempts, claimed.attempts))

  return {
    async enqueue(jobs, now) {
      if (jobs.length === 0) return 0
      const rows = await db
        .insert(job)
        .values(
          jobs.map((j) => ({
            id: randomUUID(),
            kind: j.kind,
            key: j.key,
            demandId: j.demand_id ?? null,
            payload: j.payload,
            runAt: toIsoInstant(j.run_at),
            createdAt: now.toISOString(),
          })),
        )
        .onConflictDoNothing({ target: job.key })
        .returning({ id: job.id })
      return rows.length
    },

    async claim({ kinds, limit, leaseMs, maxAttempts, now }) {
      if (kinds.length === 0 || limit <= 0) return []
      const at = now.toISOString()
      const due = db
        .select({ id: job.id })
        .from(job)
        .where(
          and(
            inArray(job.kind, [...kinds]),
            lt(job.attempts, maxAttempts),
            or(
              and(eq(job.state, 'pending'), lte(job.runAt, at)),
              and(eq(job.state, 'running'), lt(job.lockedUntil, at)),
            ),
          ),
        )
        .orderBy(asc(job.runAt), asc(job.id))
        .limit(limit)
        .for('update', { skipLocked: true })
      const rows = await db
        .update(job)
        .set({
          state: 'running',
          attempts: sql`${job.attempts} + 1`,
          lockedUntil: new Date(now.getTime() + leaseMs).toISOString(),
        })
        .where(inArray(job.id, due))
        .returning()
      return rows
        .map((r) => ({
          id: r.id,
          kind: r.kind,
          key: r.key,
          demand_id: r.demandId,
          payload: r.payload,
          run_at: toIsoInstant(r.runAt),
          attempts: r.attempts,
        }))
        .sort((a, b) => a.run_at.localeCompare(b.run_at) || a.id.localeCompare(b.id))
    },

    async renew(claimed, until) {
      const rows = await db
        .update(job)
        .set({ lockedUntil: until.toISOString() })
        .where(fenced(claimed))
        .returning({ id: job.id })
      return rows.length === 1
    },

    async complete(claimed, now) {
      const rows = await db
        .update(job)
        .set({ state: 'done', doneAt: now.toISOString(), lockedUntil: null, lastError: null })
        .where(fenced(claimed))
        .returning({ id: job.id })
      return rows.length === 1
    },

    async reschedule(claimed, runAt, { error, countAttempt }) {
      const rows = await db
        .update(job)
        .set({
          state: 'pending',
          runAt: runAt.toISOString(),
          lockedUntil: null,
          lastError: error === null ? null : error.slice(0, ERROR_MAX_CHARS),
          // A deferral ("not before the gag ends") is not a failure: it must not use up the tries.
          ...(countAttempt ? {} : { attempts: sql`${job.attempts} - 1` }),
        })
        .where(fenced(claimed))
        .returning({ id: job.id })
      return rows.length === 1
    },

    async fail(claimed, error, now) {
      const rows = await db
        .update(job)
        .set({
          state: 'failed',
          lockedUntil: null,
          lastError: error.slice(0, ERROR_MAX_CHARS),
          doneAt: now.toISOString(),
        })
        .where(fenced(claimed))
        .returning({ id: job.id })
      return rows.length === 1
    },

    async failAbandoned(maxAttempts, now) {
      const at = now.toISOString()
      const rows = await db
        .update(job)
        .set({
          state: 'failed',
          lockedUntil: null,
          doneAt: at,
          lastError: sql`'The worker stopped (crashed or was killed) during each of its ' || ${job.attempts} || ' attempts.'`,
        })
        .where(and(eq(job.state, 'running'), lt(job.lockedUntil, at), sql`${job.attempts} >= ${maxAttempts}`))
        .returning({ id: job.id })
      return rows.length
    },

    async releaseAllLeases(maxAttempts) {
      const rows = await db
        .update(job)
        .set({
          state: sql`case when ${job.attempts} >= ${maxAttempts} then 'failed' else 'pending' end`,
          lockedUntil: null,
        })
        .where(eq(job.state, 'running'))
        .returning({ id: job.id })
      return rows.length
    },

    async counts() {
      const rows = await db.select({ state: job.state, n: count() }).from(job).groupBy(job.state)
      const out: Record<JobState, number> = { pending: 0, running: 0, done: 0, failed: 0, cancelled: 0 }
      for (const r of rows) if (r.state in out) out[r.state as JobState] = r.n
      return out
    },
  }
}
