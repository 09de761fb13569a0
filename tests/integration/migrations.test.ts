import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sql } from 'drizzle-orm'
import { openDatabase } from '../../src/storage/db.js'
import { createTestDbTarget } from '../_util/test-db.js'

describe('migrations', () => {
  it('apply to an empty database, twice without harm, and create every table', async () => {
    const target = await createTestDbTarget()
    const database = await openDatabase(target.target)
    await database.migrate()
    await database.migrate()
    const { rows } = (await database.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`)) as unknown as { rows: { table_name: string }[] }
    assert.deepEqual(
      rows.map((r) => r.table_name),
      ['app_user', 'calendar_token', 'demand', 'demand_event', 'document', 'job', 'notice_template_change', 'notification', 'operator_policy_change', 'session'],
    )
    const triggers = (await database.db.execute(sql`select tgname from pg_trigger where tgname like 'demand_event_%' order by tgname`)) as unknown as {
      rows: { tgname: string }[]
    }
    assert.deepEqual(triggers.rows.map((r) => r.tgname), ['demand_event_append_only', 'demand_event_no_truncate'])
    await database.close()
    await target.drop()
  })
})
