/**
 * The database handle's connections: close() returns only once they have all ended, and on
 * PostgreSQL an idle connection cut by the server costs nothing but a warning.
 */
import assert from 'node:assert/strict'
import { once } from 'node:events'
import { after, describe, it } from 'node:test'
import { sql } from 'drizzle-orm'
import pg from 'pg'
import { openDatabase } from '../../src/storage/db.js'
import { createTestDbTarget, testDbKind } from '../_util/test-db.js'

const drops: (() => Promise<void>)[] = []
after(async () => {
  for (const drop of drops) await drop()
})

async function open() {
  const target = await createTestDbTarget()
  drops.push(() => target.drop())
  const database = await openDatabase(target.target)
  await database.migrate()
  return database
}

type Rows<T> = { rows: T[] }

describe('database connections', () => {
  it('refuses queries once closed', async () => {
    const database = await open()
    await database.close()
    await assert.rejects(database.db.execute(sql`select 1`))
  })
})

if (testDbKind === 'postgres') {
  const admin = async <T>(text: string, values: unknown[] = []): Promise<T[]> => {
    const client = new pg.Client({ connectionString: process.env.CUSTODIAN_TEST_DATABASE_URL })
    await client.connect()
    try {
      return (await client.query(text, values)).rows as T[]
    } finally {
      await client.end()
    }
  }

  describe('database connections on PostgreSQL', () => {
    it('close() returns only after the server has let go of every connection', async () => {
      const database = await open()
      // Ten queries at once hold the ten connections of the pool.
      const results = await Promise.all(
        Array.from({ length: 10 }, () => database.db.execute(sql`select pg_backend_pid() as pid, pg_sleep(0.05)`) as unknown as Promise<Rows<{ pid: number }>>),
      )
      const pids = [...new Set(results.map((r) => r.rows[0]!.pid))]
      assert.ok(pids.length > 1, `expected several connections, got ${pids.length}`)
      // The watcher is connected beforehand, so that it looks the moment close() returns.
      const watcher = new pg.Client({ connectionString: process.env.CUSTODIAN_TEST_DATABASE_URL })
      await watcher.connect()
      try {
        await database.close()
        const left = await watcher.query('select pid from pg_stat_activity where pid = any($1::int[])', [pids])
        assert.deepEqual(left.rows, [], 'connections still open on the server after close()')
      } finally {
        await watcher.end()
      }
    })

    it('keeps running when the server cuts an idle connection, warns, and answers the next query', async () => {
      const database = await open()
      const { rows } = (await database.db.execute(sql`select pg_backend_pid() as pid`)) as unknown as Rows<{ pid: number }>
      const warned = once(process, 'warning') as Promise<[Error]>
      await admin('select pg_terminate_backend($1)', [rows[0]!.pid])
      const [warning] = await warned
      assert.equal(warning.name, 'CustodianDatabaseWarning')
      assert.match(warning.message, /lost while idle.*terminating connection due to administrator command/)
      assert.doesNotMatch(warning.message, /password/i)
      const next = (await database.db.execute(sql`select 1 as one`)) as unknown as Rows<{ one: number }>
      assert.equal(next.rows[0]!.one, 1)
      await database.close()
    })
  })
}
