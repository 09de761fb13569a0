/**
 * A fresh database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server at CUSTODIAN_TEST_DATABASE_URL when CUSTODIAN_TEST_DB=postgres (npm test sets both).
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { DatabaseTarget } from '../../src/storage/db.js'

export type TestDbTarget = { target: DatabaseTarget; label: string; drop(): Promise<void> }

export const testDbKind = process.env.CUSTODIAN_TEST_DB === 'postgres' ? 'postgres' : 'pglite'

export async function createTestDbTarget(): Promise<TestDbTarget> {
  if (testDbKind === 'pglite') return { target: { kind: 'pglite-memory' }, label: 'pglite', drop: async () => {} }
  const adminUrl = process.env.CUSTODIAN_TEST_DATABASE_URL
  if (!adminUrl) throw new Error('CUSTODIAN_TEST_DB=postgres needs CUSTODIAN_TEST_DATABASE_URL (npm test sets it).')
  const name = `custodian_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    target: { kind: 'postgres', url: url.toString() },
    label: 'postgres',
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}
