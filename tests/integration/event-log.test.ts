/**
 * The event log is append-only in the database itself, and its hash chain reveals any change
 * made by someone who gets around that (here: the table owner disabling the trigger).
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'drizzle-orm'
import { verifyEventLog } from '../../src/app/audit/verify-event-log.js'
import { receiveDemand } from '../../src/app/demands/receive-demand.js'
import { recordEvent } from '../../src/app/demands/record-event.js'
import type { AppContext } from '../../src/context.js'
import { demandFields } from '../_util/builders.js'
import { createTestContext } from '../_util/test-app.js'

let ctx: AppContext
let close: () => Promise<void>

before(async () => {
  ;({ ctx, close } = await createTestContext())
  for (let i = 0; i < 3; i++) {
    const r = await receiveDemand(ctx, { fields: demandFields({ summary: `demand ${i}` }), actor: 'test' })
    assert.ok(r.ok)
    await recordEvent(ctx, { demand_id: r.value.record.id, type: 'triage_started', payload: {}, actor: 'test' })
  }
})
after(() => close())

const exec = (q: ReturnType<typeof sql>) => ctx.database.db.execute(q)

/** Drizzle wraps driver errors ("Failed query: ..."); the database's own message is the cause. */
const refusedWith = (pattern: RegExp) => (error: unknown) => {
  const e = error as { message?: string; cause?: { message?: string } }
  assert.match(`${e.message} ${e.cause?.message ?? ''}`, pattern)
  return true
}

/** Run a tampering statement as the table owner would, with the trigger switched off. */
async function tamper(statement: ReturnType<typeof sql>) {
  await exec(sql`ALTER TABLE demand_event DISABLE TRIGGER demand_event_append_only`)
  try {
    await exec(statement)
  } finally {
    await exec(sql`ALTER TABLE demand_event ENABLE TRIGGER demand_event_append_only`)
  }
}

describe('append-only event log', () => {
  it('verifies intact', async () => {
    const report = await verifyEventLog(ctx)
    assert.equal(report.checked, 6)
    assert.deepEqual(report.breaks, [])
  })

  it('refuses UPDATE, DELETE and TRUNCATE in the database', async () => {
    await assert.rejects(exec(sql`UPDATE demand_event SET actor = 'mallory' WHERE seq = 1`), refusedWith(/append-only: UPDATE/))
    await assert.rejects(exec(sql`DELETE FROM demand_event WHERE seq = 2`), refusedWith(/append-only: DELETE/))
    await assert.rejects(exec(sql`TRUNCATE demand_event CASCADE`), refusedWith(/append-only: TRUNCATE/))
    assert.deepEqual((await verifyEventLog(ctx)).breaks, [])
  })

  it('names a modified event', async () => {
    await tamper(sql`UPDATE demand_event SET payload = jsonb_set(payload, '{note}', '"edited later"') WHERE seq = 4`)
    const report = await verifyEventLog(ctx)
    assert.equal(report.breaks[0]?.seq, 4)
    assert.equal(report.breaks[0]?.problem, 'modified')
    assert.match(report.breaks[0]!.message, /#4.*changed after it was recorded/)
  })
})

describe('removed and reordered events', () => {
  it('names the event after a removed one', async () => {
    const { ctx: c, close: done } = await createTestContext()
    for (let i = 0; i < 2; i++) await receiveDemand(c, { fields: demandFields(), actor: 'test' })
    await c.database.db.execute(sql`ALTER TABLE demand_event DISABLE TRIGGER demand_event_append_only`)
    await c.database.db.execute(sql`DELETE FROM demand_event WHERE seq = 1`)
    const report = await verifyEventLog(c)
    assert.equal(report.breaks[0]?.seq, 2)
    assert.equal(report.breaks[0]?.problem, 'missing_before')
    await done()
  })

  it('names events whose order was swapped', async () => {
    const { ctx: c, close: done } = await createTestContext()
    for (let i = 0; i < 3; i++) await receiveDemand(c, { fields: demandFields(), actor: 'test' })
    await c.database.db.execute(sql`ALTER TABLE demand_event DISABLE TRIGGER demand_event_append_only`)
    await c.database.db.execute(sql`UPDATE demand_event SET seq = -2 WHERE seq = 2`)
    await c.database.db.execute(sql`UPDATE demand_event SET seq = 2 WHERE seq = 3`)
    await c.database.db.execute(sql`UPDATE demand_event SET seq = 3 WHERE seq = -2`)
    const report = await verifyEventLog(c)
    assert.ok(report.breaks.length >= 1)
    assert.equal(report.breaks[0]?.seq, 2)
    await done()
  })
})
