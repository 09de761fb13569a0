/**
 * A worker in a process of its own, for the crash test (tests/integration/worker-crash.test.ts):
 * it opens the database (a PGlite folder or a PostgreSQL URL), starts the worker exactly as
 * `custodian serve` does, with an SMTP mailer, prints one line per settled job, and exits 0 once
 * no job is pending or running. The test kills it with SIGKILL part-way.
 *
 * Configuration comes as JSON in CUSTODIAN_WORKER_CHILD (target, smtp_url, lease_ms, poll_ms).
 */
import type { DatabaseTarget } from '../../src/storage/db.js'
import { createContext } from '../../src/context.js'
import { startWorker } from '../../src/worker/start-worker.js'
import { testConfig } from './test-app.js'

type ChildConfig = { target: DatabaseTarget; smtp_url: string; lease_ms: number; poll_ms: number }

const cfg = JSON.parse(process.env.CUSTODIAN_WORKER_CHILD ?? 'null') as ChildConfig | null
if (!cfg) throw new Error('CUSTODIAN_WORKER_CHILD is not set')

const { config, secrets } = testConfig()
const ctx = await createContext(config, secrets, { target: cfg.target })
let exiting = false

const worker = startWorker(ctx, {
  smtp: { url: cfg.smtp_url, from: 'Custodian <custodian@example.test>' },
  leaseMs: cfg.lease_ms,
  pollMs: cfg.poll_ms,
  batchSize: 5,
  maxAttempts: 20,
  backoffMs: () => 100,
  sweepMs: 0,
  log: { info: () => {}, warn: (m) => console.error(m), error: (m) => console.error(m) },
  onSettled: (job, result) => process.stdout.write(`${result} ${job.kind} ${job.key}\n`),
  onIdle: () => {
    if (exiting) return
    void ctx.jobs.counts().then(async (counts) => {
      if (exiting || counts.pending + counts.running > 0) return
      exiting = true
      await worker.stop()
      await ctx.database.close()
      process.stdout.write('idle\n')
      process.exit(0)
    })
  },
})
process.stdout.write(`started pid ${process.pid}\n`)
