// Provides a PostgreSQL server where the integration tests may CREATE DATABASE.
// Order: $CUSTODIAN_TEST_DATABASE_URL; else the machine's own server on 127.0.0.1:5432 if it lets us in
// as a role that can create databases; else a throwaway cluster (initdb + pg_ctl in a temp dir) that is
// stopped and deleted afterwards, also on failure and on Ctrl-C (see cleanup.ts).
import { execFileSync, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { onCleanup } from './cleanup.js'
import {
  aptInstall,
  describeExit,
  isExecutable,
  isRoot,
  runCaptured,
  SetupError,
  succeeded,
  tail,
  tailOfFile,
} from './proc.js'

export interface PostgresHandle {
  /** Admin URL: connects as a role that may CREATE DATABASE. */
  url: string
  /** Where the server came from, for the log. */
  source: string
  /** Stops and deletes a throwaway cluster; a no-op for servers we did not start. */
  release: () => void
}

const LOCAL_URL = 'postgres://postgres@127.0.0.1:5432/postgres'

export async function ensurePostgres(artifactsDir: string): Promise<PostgresHandle> {
  // CUSTODIAN_TEST_FORCE_THROWAWAY_PG=1 skips both the env URL and the localhost probe, so the
  // throwaway-cluster path (the one a fresh CI machine without a server takes) can be exercised anywhere.
  const force = process.env.CUSTODIAN_TEST_FORCE_THROWAWAY_PG === '1'
  const fromEnv = process.env.CUSTODIAN_TEST_DATABASE_URL
  if (fromEnv && !force) return { url: fromEnv, source: 'CUSTODIAN_TEST_DATABASE_URL', release: () => {} }
  if (!force && (await canCreateDatabases(LOCAL_URL))) {
    return { url: LOCAL_URL, source: 'local server on 127.0.0.1:5432', release: () => {} }
  }
  return startThrowawayCluster(artifactsDir)
}

/** True if `url` accepts a connection within a short timeout, as a role allowed to create databases. */
export async function canCreateDatabases(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000, query_timeout: 3000 })
  client.on('error', () => {}) // a dropped connection after the probe must not crash the orchestrator
  try {
    await client.connect()
    const res = await client.query<{ ok: boolean }>(
      'select (rolsuper or rolcreatedb) as ok from pg_roles where rolname = current_user',
    )
    return res.rows[0]?.ok === true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

interface PgBinaries {
  initdb: string
  pgCtl: string
}

/** initdb and pg_ctl from the same directory: PATH first, then Debian's /usr/lib/postgresql/<ver>/bin, newest first. */
function findPgBinaries(): PgBinaries | undefined {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)
  const debianRoot = '/usr/lib/postgresql'
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot).sort((a, b) => Number(b) - Number(a) || b.localeCompare(a))
    dirs.push(...versions.map((v) => path.join(debianRoot, v, 'bin')))
  }
  for (const dir of dirs) {
    const initdb = path.join(dir, 'initdb')
    const pgCtl = path.join(dir, 'pg_ctl')
    if (isExecutable(initdb) && isExecutable(pgCtl)) return { initdb, pgCtl }
  }
  return undefined
}

async function ensurePgBinaries(artifactsDir: string): Promise<PgBinaries> {
  const found = findPgBinaries()
  if (found) return found
  if (!isRoot()) {
    throw new SetupError(
      'No PostgreSQL server reachable and no initdb/pg_ctl found. Install the server with ' +
        '`sudo apt-get install -y postgresql`, or set CUSTODIAN_TEST_DATABASE_URL to an admin URL.',
    )
  }
  mkdirSync(artifactsDir, { recursive: true })
  const log = path.join(artifactsDir, 'apt-postgresql.log')
  rmSync(log, { force: true })
  console.log(
    `initdb not found: installing Debian's postgresql with apt-get (log: ${path.relative(process.cwd(), log)})`,
  )
  const result = await aptInstall(['postgresql'], log)
  const installed = findPgBinaries()
  if (!succeeded(result) || !installed) {
    throw new SetupError(
      `apt-get install postgresql failed (${describeExit(result)}). Last lines:\n${tailOfFile(log)}`,
    )
  }
  return installed
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * initdb and pg_ctl refuse to run as root, so as root they run as the `postgres` user through runuser,
 * on a directory chowned to it. As any other user they run directly.
 */
function asServerUser(cmd: string, args: string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]
}

async function startThrowawayCluster(artifactsDir: string): Promise<PostgresHandle> {
  const bins = await ensurePgBinaries(artifactsDir)
  // Short base path: the unix socket lives in this directory, and socket paths are limited to ~107 bytes.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'custodian-pg-'))
  const dataDir = path.join(dir, 'data')
  const serverLog = path.join(dir, 'server.log')
  let started = false

  // Registered before anything can fail, so the directory goes away whatever happens next.
  const release = onCleanup('throwaway PostgreSQL', () => {
    if (started) {
      const [cmd, args] = asServerUser(bins.pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop'])
      spawnSync(cmd, args, { cwd: dir, stdio: 'ignore', timeout: 30_000 })
    }
    rmSync(dir, { recursive: true, force: true })
  })

  try {
    if (isRoot()) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
      chownSync(dir, uid, gid)
    }
    // --no-sync and the fsync settings below: a cluster that lives for one test run needs no durability.
    const [initCmd, initArgs] = asServerUser(bins.initdb, [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ])
    const init = await runCaptured(initCmd, initArgs, { cwd: dir })
    if (!succeeded(init)) throw new SetupError(`initdb failed (${describeExit(init)}):\n${tail(init.output)}`)

    const port = await freePort()
    const serverOpts = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ')
    const [ctlCmd, ctlArgs] = asServerUser(bins.pgCtl, [
      '-D',
      dataDir,
      '-l',
      serverLog,
      '-o',
      serverOpts,
      '-w',
      '-t',
      '60',
      'start',
    ])
    started = true // even a failed start may have left a postmaster running: always try to stop it
    const start = await runCaptured(ctlCmd, ctlArgs, { cwd: dir })
    if (!succeeded(start)) {
      throw new SetupError(
        `pg_ctl start failed (${describeExit(start)}):\n${tail(start.output)}\nServer log:\n${tailOfFile(serverLog)}`,
      )
    }
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`
    if (!(await canCreateDatabases(url)))
      throw new SetupError(`throwaway cluster started but ${url} refused us`)
    return { url, source: `throwaway cluster in ${dir} (${bins.initdb})`, release }
  } catch (err) {
    release()
    if (err instanceof SetupError) throw err
    throw new SetupError(
      `could not start a throwaway PostgreSQL: ${err instanceof Error ? err.message : String(err)}`,
    )
  }
}
