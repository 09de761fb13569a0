/**
 * startTestServer(): a real Custodian server listening on a random loopback port, on a fresh
 * database with the flagship demo loaded and a known administrator, serving the built web UI.
 * For the browser (e2e) tests. With `smtpUrl` (an SMTP sink, tests/_util/smtp-sink.ts) it also
 * has a mailer and runs the worker, as `custodian serve` does, so queued notices are really sent.
 */
import { loadFlagshipDemo } from '../../src/app/demo/load-flagship-demo.js'
import { ensureFirstAdmin } from '../../src/app/staff/ensure-first-admin.js'
import { createSmtpMailer } from '../../src/notifications/smtp-mailer.js'
import { createApp } from '../../src/server/app.js'
import { startWorker } from '../../src/worker/start-worker.js'
import { createTestContext } from './test-app.js'

export async function startTestServer(
  options: { demo?: boolean; smtpUrl?: string; organisation?: string } = {},
) {
  const mailer = options.smtpUrl
    ? createSmtpMailer({ url: options.smtpUrl, from: 'Example Legal <legal@example.test>' })
    : null
  const { ctx, close } = await createTestContext({
    ...(mailer ? { mailer } : {}),
    ...(options.organisation ? { config: { organisation: options.organisation } } : {}),
  })
  const admin = { email: 'admin@custodian.local', password: 'e2e-admin-password-0001' }
  await ensureFirstAdmin(ctx, admin)
  if (options.demo !== false) await loadFlagshipDemo(ctx)
  const app = await createApp(ctx, { logger: false })
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  const worker = mailer ? startWorker(ctx, { pollMs: 100, sweepMs: 0 }) : null
  return {
    url: address,
    admin,
    ctx,
    async close() {
      await worker?.stop()
      await app.close()
      mailer?.close()
      await close()
    },
  }
}
