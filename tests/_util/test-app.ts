/**
 * createTestApp(): the real server (createApp) on a fresh database, driven in-process with
 * inject(). Staff of every role are created up front; `as(role)` gives their session cookie.
 */
import type { StaffRole } from '../../src/app/ports.js'
import { readConfig, type Config, type Secrets } from '../../src/config/env.js'
import { createContext, type AppContext, type ContextOverrides } from '../../src/context.js'
import { createApp, type CustodianApp } from '../../src/server/app.js'
import { createTestDbTarget } from './test-db.js'

export const TEST_PASSWORD = 'correct horse battery staple'

export type TestApp = {
  app: CustodianApp
  ctx: AppContext
  /** Cookie header of a signed-in staff member with that role. */
  as(role: StaffRole, options?: { fresh?: boolean }): Promise<{ cookie: string }>
  close(): Promise<void>
}

export function testConfig(overrides: Partial<Config> = {}, secrets: Partial<Secrets> = {}): { config: Config; secrets: Secrets } {
  const { config } = readConfig({})
  return {
    config: { ...config, logLevel: 'silent', demo: false, ...overrides },
    secrets: { adminPassword: null, smtpUrl: null, imapUrl: null, ...secrets },
  }
}

export async function createTestContext(overrides: ContextOverrides & { config?: Partial<Config>; secrets?: Partial<Secrets> } = {}) {
  const db = await createTestDbTarget()
  const { config, secrets } = testConfig(overrides.config, overrides.secrets)
  const ctx = await createContext(config, secrets, { target: db.target, ...overrides })
  return {
    ctx,
    async close() {
      await ctx.database.close()
      await db.drop()
    },
  }
}

export async function createTestApp(overrides: ContextOverrides & { config?: Partial<Config>; secrets?: Partial<Secrets> } = {}): Promise<TestApp> {
  const { ctx, close } = await createTestContext(overrides)
  const passwordHash = await ctx.hasher.hash(TEST_PASSWORD)
  for (const role of ['admin', 'legal', 'viewer'] as const) {
    await ctx.staff.create({ email: `${role}@example.test`, name: `Test ${role}`, role, password_hash: passwordHash })
  }
  const app = await createApp(ctx, { logger: false })
  const cookies = new Map<StaffRole, string>()
  return {
    app,
    ctx,
    async as(role, options) {
      let cookie = options?.fresh ? undefined : cookies.get(role)
      if (!cookie) {
        const res = await app.inject({ method: 'POST', url: '/api/session', payload: { email: `${role}@example.test`, password: TEST_PASSWORD } })
        if (res.statusCode !== 200) throw new Error(`sign-in as ${role} failed: ${res.statusCode} ${res.body}`)
        const set = res.cookies.find((c) => c.name === 'custodian_session')
        if (!set) throw new Error('no session cookie')
        cookie = `custodian_session=${set.value}`
        if (!options?.fresh) cookies.set(role, cookie)
      }
      return { cookie }
    },
    async close() {
      await app.close()
      await close()
    },
  }
}
