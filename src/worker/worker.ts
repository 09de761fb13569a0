/**
 * The job worker: a poll loop (setTimeout, never setInterval, so two polls never overlap) that
 * claims due jobs under a lease, runs the handler registered for each job's kind, and marks the
 * job done. A handler that throws is retried with exponential backoff, up to `maxAttempts`, then
 * the job is `failed` with its last error. A worker that dies mid-job leaves its lease to run out;
 * the next claim takes the job again (see docs/adr/0006-durable-jobs.md for what that means for
 * side effects).
 *
 * Jobs run one at a time, in due order. A legal desk sends tens of messages a day, not thousands a
 * second; running one at a time keeps at most one side effect in flight, so a crash can repeat at
 * most one message.
 */
import type { ClaimedJob, Clock, JobQueue } from '../app/ports.js'

/** What a handler may answer besides "done". Throwing means "failed, try again later". */
export type JobOutcome =
  { status: 'done'; detail?: string } | { status: 'deferred'; until: Date; detail?: string }

export type JobHandler = (job: ClaimedJob) => Promise<JobOutcome | void>

/** A failure no retry can cure (a malformed job, a recipient the server rejects for good). */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError'
}

export type WorkerLog = {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

/** A task the worker runs between polls every `everyMs` (and on its first poll). */
export type PeriodicTask = { name: string; everyMs: number; run: () => Promise<unknown> }

export type WorkerOptions = {
  queue: JobQueue
  handlers: Readonly<Record<string, JobHandler>>
  clock: Clock
  log?: WorkerLog
  /** Pause between polls that found nothing to do (default 1 s). */
  pollMs?: number
  /** Jobs claimed per poll (default 10). */
  batchSize?: number
  /** How long a claim is held, renewed as each job starts; must outlast the slowest handler (default 5 minutes). */
  leaseMs?: number
  /** Tries before a job is failed for good (default 5). */
  maxAttempts?: number
  /** Delay before try `attempts + 1`, in ms (default 30 s doubling, capped at 1 hour, ±20%). */
  backoffMs?: (attempts: number) => number
  /** This process alone owns the database (PGlite): leases left by a crash are released at start. */
  exclusiveDatabase?: boolean
  periodic?: readonly PeriodicTask[]
  /** Called after a poll that found no job (tests and one-shot runs use it to know they are idle). */
  onIdle?: () => void
  /** Called once a job's outcome is written (metrics, progress). */
  onSettled?: (job: ClaimedJob, result: JobResult) => void
}

export type JobResult = 'done' | 'deferred' | 'retried' | 'failed'

export type PollReport = { claimed: number; done: number; deferred: number; retried: number; failed: number }

export type Worker = {
  start(): void
  /** Stop polling; resolves when the job in hand is finished and unstarted claims are released. */
  stop(): Promise<void>
  /** One poll now (what the loop does each turn); for tests and one-shot runs. */
  pollOnce(): Promise<PollReport>
}

export function defaultBackoffMs(attempts: number): number {
  const base = Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempts - 1))
  return Math.round(base * (0.8 + Math.random() * 0.4))
}

const SILENT: WorkerLog = { info() {}, warn() {}, error() {} }

export function createWorker(options: WorkerOptions): Worker {
  const { queue, handlers, clock } = options
  const log = options.log ?? SILENT
  const pollMs = options.pollMs ?? 1000
  const batchSize = options.batchSize ?? 10
  const leaseMs = options.leaseMs ?? 5 * 60_000
  const maxAttempts = options.maxAttempts ?? 5
  const backoffMs = options.backoffMs ?? defaultBackoffMs
  const kinds = Object.keys(handlers)
  const lastRun = new Map<string, number>()

  let started = false
  let stopping = false
  let leasesReleased = !options.exclusiveDatabase
  let timer: ReturnType<typeof setTimeout> | null = null
  let inFlight: Promise<unknown> | null = null

  async function runPeriodic(): Promise<void> {
    for (const task of options.periodic ?? []) {
      const now = clock.now().getTime()
      const last = lastRun.get(task.name)
      if (last !== undefined && now - last < task.everyMs) continue
      lastRun.set(task.name, now)
      try {
        await task.run()
      } catch (error) {
        log.error(`worker: periodic task ${task.name} failed: ${message(error)}`)
      }
    }
  }

  async function runJob(job: ClaimedJob, report: PollReport): Promise<void> {
    const handler = handlers[job.kind]
    // The lease was taken for the whole batch; renew it for this job alone, so that the jobs
    // waiting behind a slow one are not taken over (and run twice) by another worker.
    if (!(await queue.renew(job, new Date(clock.now().getTime() + leaseMs)))) {
      log.warn(`worker: job ${job.key} was taken over by another worker before it started here`)
      return
    }
    try {
      if (!handler) throw new PermanentJobError(`No handler for jobs of kind "${job.kind}".`)
      const outcome = await handler(job)
      if (outcome && outcome.status === 'deferred') {
        await queue.reschedule(job, outcome.until, { error: null, countAttempt: false })
        report.deferred += 1
        options.onSettled?.(job, 'deferred')
        return
      }
      // Mark done at once: the time between a side effect and this write is the only window in
      // which a crash makes the job run again.
      if (!(await queue.complete(job, clock.now())))
        log.warn(`worker: job ${job.key} finished after its lease was taken over`)
      report.done += 1
      options.onSettled?.(job, 'done')
    } catch (error) {
      const text = message(error)
      if (error instanceof PermanentJobError || job.attempts >= maxAttempts) {
        await queue.fail(job, text, clock.now())
        report.failed += 1
        options.onSettled?.(job, 'failed')
        log.error(
          `worker: job ${job.key} (${job.kind}) failed for good after ${job.attempts} attempt(s): ${text}`,
        )
      } else {
        const retryAt = new Date(clock.now().getTime() + backoffMs(job.attempts))
        await queue.reschedule(job, retryAt, { error: text, countAttempt: true })
        report.retried += 1
        options.onSettled?.(job, 'retried')
        log.warn(
          `worker: job ${job.key} (${job.kind}) attempt ${job.attempts} failed, retrying at ${retryAt.toISOString()}: ${text}`,
        )
      }
    }
  }

  async function pollOnce(): Promise<PollReport> {
    const report: PollReport = { claimed: 0, done: 0, deferred: 0, retried: 0, failed: 0 }
    if (!leasesReleased) {
      const released = await queue.releaseAllLeases(maxAttempts)
      leasesReleased = true
      if (released > 0)
        log.warn(`worker: took back ${released} job(s) left running by a previous run that stopped abruptly`)
    }
    await runPeriodic()
    const abandoned = await queue.failAbandoned(maxAttempts, clock.now())
    if (abandoned > 0)
      log.error(`worker: ${abandoned} job(s) failed: their worker stopped during every attempt`)
    const jobs = await queue.claim({ kinds, limit: batchSize, leaseMs, maxAttempts, now: clock.now() })
    report.claimed = jobs.length
    for (const [i, job] of jobs.entries()) {
      if (stopping) {
        // Hand back what was claimed but not started, so a restart need not wait for the lease.
        for (const rest of jobs.slice(i))
          await queue.reschedule(rest, new Date(rest.run_at), { error: null, countAttempt: false })
        break
      }
      await runJob(job, report)
    }
    return report
  }

  function schedule(delayMs: number): void {
    if (stopping) return
    timer = setTimeout(() => {
      timer = null
      const turn = pollOnce()
        .then((report) => {
          if (report.claimed === 0) options.onIdle?.()
          schedule(report.claimed >= batchSize ? 0 : pollMs)
        })
        .catch((error: unknown) => {
          log.error(`worker: poll failed: ${message(error)}`)
          schedule(pollMs)
        })
      const tracked: Promise<unknown> = turn.finally(() => {
        if (inFlight === tracked) inFlight = null
      })
      inFlight = tracked
    }, delayMs)
  }

  return {
    start() {
      if (started) return
      started = true
      schedule(0)
    },
    async stop() {
      stopping = true
      if (timer) clearTimeout(timer)
      timer = null
      while (inFlight) await inFlight
    },
    pollOnce,
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
