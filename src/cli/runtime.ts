/** Shared plumbing for CLI commands: configuration with flag overrides, context, failures. */
import { ConfigError, readConfig, type Config } from '../config/env.js'
import { createContext, type AppContext } from '../context.js'
import type { DomainError } from '../core/errors.js'
import { shutdownReaders } from '../extraction/read/parser-host.js'
import { DataDirLockedError } from '../storage/db.js'
import { EXIT, EXIT_CODE } from './exit-codes.js'
import { CliFailure } from './runtime-failure.js'

export type CommonOptions = { data?: string; databaseUrl?: string }

export { CliFailure }

export function loadConfig(overrides: Partial<Config> = {}) {
  try {
    const { config, secrets } = readConfig()
    return { config: { ...config, ...definedOnly(overrides) }, secrets }
  } catch (error) {
    if (error instanceof ConfigError) throw new CliFailure(error.message, EXIT.usage)
    throw error
  }
}

/** Open the database (and lock the data folder) for the length of `fn`. */
export async function withContext<T>(overrides: Partial<Config>, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const { config, secrets } = loadConfig({ logLevel: 'silent', ...overrides })
  const ctx = await openContext(config, secrets)
  try {
    return await fn(ctx)
  } finally {
    await ctx.database.close()
    // Parser and OCR threads would keep the process alive after the command is done.
    await shutdownReaders()
  }
}

export async function openContext(config: Config, secrets: ReturnType<typeof loadConfig>['secrets']): Promise<AppContext> {
  try {
    return await createContext(config, secrets)
  } catch (error) {
    if (error instanceof DataDirLockedError) throw new CliFailure(error.message, EXIT.unavailable)
    if (error instanceof Error && error.message.startsWith('Cannot connect to PostgreSQL')) throw new CliFailure(error.message, EXIT.unavailable)
    throw error
  }
}

export function failWith(error: DomainError): never {
  throw new CliFailure(error.message, EXIT_CODE[error.code])
}

export function dataOverrides(opts: CommonOptions): Partial<Config> {
  return definedOnly({ dataDir: opts.data, databaseUrl: opts.databaseUrl })
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}
