/** `custodian serve`: migrate, create the first administrator, load the demo, and listen. */
import type { Command } from 'commander'
import { loadFlagshipDemo } from '../../app/demo/load-flagship-demo.js'
import { ensureFirstAdmin } from '../../app/staff/ensure-first-admin.js'
import { shutdownReaders, warmReaders } from '../../extraction/index.js'
import { createApp } from '../../server/app.js'
import { startMailIntake } from '../../intake/start-mail-intake.js'
import { startWorker } from '../../worker/start-worker.js'
import { dataOverrides, loadConfig, openContext, type CommonOptions } from '../runtime.js'

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the web UI and the API (PGlite in ./data unless CUSTODIAN_DATABASE_URL is set)')
    .option('-p, --port <port>', 'port to listen on (default 3000, or CUSTODIAN_PORT)', (v) => Number.parseInt(v, 10))
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option('--data <dir>', 'data folder for the embedded database (default ./data)')
    .option('--no-demo', 'do not load the flagship demo case into an empty database')
    .action(async (opts: CommonOptions & { port?: number; host?: string; demo: boolean }) => {
      const started = performance.now()
      const { config, secrets } = loadConfig({
        ...dataOverrides(opts),
        ...(opts.port !== undefined ? { port: opts.port } : {}),
        ...(opts.host ? { host: opts.host } : {}),
        ...(opts.demo === false ? { demo: false } : {}),
      })
      if (Number.isNaN(config.port)) throw new Error('--port needs a number')
      const ctx = await openContext(config, secrets)
      const admin = await ensureFirstAdmin(ctx, { email: config.adminEmail, password: secrets.adminPassword })
      // The parser and field-reader workers load while the server starts, so the first upload reads at full speed.
      const readersReady = warmReaders()
      const demo = config.demo ? await loadFlagshipDemo(ctx) : { loaded: false }
      const app = await createApp(ctx)
      const address = await app.listen({ port: config.port, host: config.host })
      if (!(await readersReady)) app.log.warn('The document parsers could not be loaded ahead of time; the first upload will load them.')
      // Jobs (reminders, mail, notices) run in this process; on PGlite it is the only one that may.
      const worker = startWorker(ctx, { log: app.log, pollMs: config.workerPollMs })
      // The legal mailbox, polled over IMAP when CUSTODIAN_IMAP_* is configured; each message becomes a demand once.
      const intake = startMailIntake(ctx, app.log)

      const where = ctx.database.kind === 'pglite' ? `embedded PGlite in ${ctx.database.location}` : `PostgreSQL at ${ctx.database.location}`
      console.log(`Custodian is ready at ${address.replace('127.0.0.1', 'localhost')}  (${where}; started in ${Math.round(performance.now() - started)} ms)`)
      if (intake) console.log(`Mail intake: polling ${intake.description}.`)
      if (demo.loaded) console.log('Loaded the flagship demo: the 2017 CBP summons for @ALT_uscis (start with --no-demo to skip).')
      if (admin.created && admin.generatedPassword) {
        console.log(`\nFirst administrator created. Sign in as ${admin.email} with this password, shown only once:\n\n    ${admin.generatedPassword}\n`)
        console.log('Keep it in your password manager. Lost it? Stop the server and run: custodian user reset-password ' + admin.email)
      }

      let closing = false
      const shutdown = async (signal: string) => {
        if (closing) return
        closing = true
        console.log(`\n${signal} received: finishing requests and jobs, and closing the database.`)
        await intake?.poller.stop()
        await worker.stop()
        await app.close()
        await ctx.database.close()
        await shutdownReaders()
        process.exit(0)
      }
      process.on('SIGINT', () => void shutdown('SIGINT'))
      process.on('SIGTERM', () => void shutdown('SIGTERM'))
    })
}
