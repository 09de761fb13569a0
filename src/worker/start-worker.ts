/**
 * Start the worker inside the server process (`custodian serve`), wired from the context. On
 * PGlite the data-folder lock makes this process the only one on the database, so leases a crash
 * left behind are released at once instead of waiting for them to run out.
 */
import { sweepReminders } from '../app/clocks/sweep-reminders.js'
import type { AppContext } from '../context.js'
import { createSmtpMailer, type SmtpMailerOptions } from '../notifications/smtp-mailer.js'
import { createJobHandlers } from './handlers.js'
import { createWorker, type Worker, type WorkerLog, type WorkerOptions } from './worker.js'

export type StartWorkerOptions = Partial<
  Pick<
    WorkerOptions,
    'pollMs' | 'batchSize' | 'leaseMs' | 'maxAttempts' | 'backoffMs' | 'onIdle' | 'onSettled'
  >
> & {
  log?: WorkerLog
  /** SMTP settings for reminder e-mail when the context has no mailer; null: in-app only. */
  smtp?: SmtpMailerOptions | null
  /** How often every open demand's reminders are re-scheduled (default 10 minutes, short next to
   * the 8-hour EU emergency clock; 0 turns it off). */
  sweepMs?: number
}

export type RunningWorker = Pick<Worker, 'pollOnce'> & { stop(): Promise<void>; mailEnabled: boolean }

export function startWorker(ctx: AppContext, options: StartWorkerOptions = {}): RunningWorker {
  const ownMailer = !ctx.mailer && options.smtp ? createSmtpMailer(options.smtp) : null
  const mailer = ctx.mailer ?? ownMailer
  const handlers = createJobHandlers({ ...ctx, mailer })
  const sweepMs = options.sweepMs ?? 600_000
  const { smtp: _smtp, sweepMs: _sweep, ...tuning } = options
  const worker = createWorker({
    ...tuning,
    queue: ctx.jobs,
    handlers,
    clock: ctx.clock,
    exclusiveDatabase: ctx.database.kind === 'pglite',
    periodic:
      sweepMs > 0 ? [{ name: 'reminder sweep', everyMs: sweepMs, run: () => sweepReminders(ctx) }] : [],
  })
  worker.start()
  return {
    mailEnabled: mailer !== null,
    pollOnce: worker.pollOnce,
    async stop() {
      await worker.stop()
      ownMailer?.close()
    },
  }
}
