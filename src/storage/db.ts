/**
 * Opens the database: PostgreSQL when a URL is given, otherwise embedded PGlite in a data folder
 * (or in memory, for tests). The same Drizzle schema and migrations serve both.
 *
 * PGlite does not lock its folder, and two processes writing to one folder silently lose rows;
 * so the folder is locked here and a second process gets DATA_DIR_LOCKED instead.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import lockfile from 'proper-lockfile'
import * as schema from './schema/index.js'

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>

export type Database = {
  db: Db
  kind: 'pglite' | 'postgres'
  /** Where the data lives, for messages: a folder, ':memory:' or the URL without password. */
  location: string
  migrate(): Promise<void>
  close(): Promise<void>
}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory'; loadDataDir?: Blob }

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError'
  constructor(readonly dataDir: string) {
    super(
      `The data folder ${dataDir} is in use by another Custodian process. Stop that process first, ` +
        `or choose another folder with --data (or CUSTODIAN_DATA_DIR).`,
    )
  }
}

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations')

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') return openPostgres(target.url)
  if (target.kind === 'pglite-memory') {
    const client = await PGlite.create(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {})
    return wrapPglite(client, ':memory:', async () => {})
  }
  return openPgliteFolder(target.dataDir)
}

async function openPgliteFolder(dataDir: string): Promise<Database> {
  const dir = path.resolve(dataDir)
  mkdirSync(dir, { recursive: true })
  let release: () => Promise<void>
  try {
    release = await lockfile.lock(dir, { lockfilePath: path.join(dir, 'custodian.lock'), stale: 15_000, update: 5_000 })
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') throw new DataDirLockedError(dir)
    throw error
  }
  try {
    const client = await PGlite.create({ dataDir: path.join(dir, 'pgdata') })
    return wrapPglite(client, dir, release)
  } catch (error) {
    await release()
    throw error
  }
}

function wrapPglite(client: PGlite, location: string, release: () => Promise<void>): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db
  return {
    db,
    kind: 'pglite',
    location,
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER }),
    async close() {
      await client.close()
      await release()
    },
  }
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  // An idle connection can be cut at any time (a server restart, a failover, an administrator). The
  // pool drops it and opens another when needed; without a listener, node-postgres would throw the
  // error and stop the whole process.
  pool.on('error', (error: Error) => warnConnectionLost(redactUrl(url), error))
  // pool.end() resolves before its connections have closed; close() waits for each, so that nothing
  // is left talking to the server (or to a database about to be dropped) once it returns.
  const open = new Set<pg.PoolClient>()
  const gone = new Set<() => void>()
  pool.on('connect', (client) => open.add(client))
  pool.on('remove', (client) => {
    open.delete(client)
    if (open.size === 0) for (const resolve of gone) resolve()
  })
  // Fail now, with the address, rather than at the first request.
  const probe = await pool.connect().catch((error: Error) => {
    void pool.end()
    throw new Error(`Cannot connect to PostgreSQL at ${redactUrl(url)}: ${error.message}`)
  })
  probe.release()
  const db = drizzlePg(pool, { schema }) as unknown as Db
  return {
    db,
    kind: 'postgres',
    location: redactUrl(url),
    migrate: () => migratePg(drizzlePg(pool), { migrationsFolder: MIGRATIONS_FOLDER }),
    async close() {
      const closed = open.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => gone.add(resolve))
      await pool.end()
      await closed
    },
  }
}

function warnConnectionLost(location: string, error: Error): void {
  process.emitWarning(`A PostgreSQL connection to ${location} was lost while idle; another will be opened when needed: ${error.message}`, 'CustodianDatabaseWarning')
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return 'postgres://(unparseable URL)'
  }
}
