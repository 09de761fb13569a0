/**
 * startTestServer(): a real Custodian server listening on a random loopback port, on a fresh
 * database with the flagship demo loaded and a known administrator, serving the built web UI.
 * For the browser (e2e) tests.
 */
import { loadFlagshipDemo } from '../../src/app/demo/load-flagship-demo.js'
import { ensureFirstAdmin } from '../../src/app/staff/ensure-first-admin.js'
import { createApp } from '../../src/server/app.js'
import { createTestContext } from './test-app.js'

export async function startTestServer(options: { demo?: boolean } = {}) {
  const { ctx, close } = await createTestContext()
  const admin = { email: 'admin@custodian.local', password: 'e2e-admin-password-0001' }
  await ensureFirstAdmin(ctx, admin)
  if (options.demo !== false) await loadFlagshipDemo(ctx)
  const app = await createApp(ctx, { logger: false })
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  return {
    url: address,
    admin,
    ctx,
    async close() {
      await app.close()
      await close()
    },
  }
}
