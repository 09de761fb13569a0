import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { plannedReminders, reminderKey } from './reminders.js'
import type { DemandClock } from './types.js'

const DEMAND = '11111111-1111-4111-8111-111111111111'

function clock(partial: Partial<DemandClock>): DemandClock {
  return {
    id: 'response',
    kind: 'response',
    label: 'Response due',
    citation: 'x',
    confidence: 'confirmed',
    starts_at: '2024-05-01T00:00:00.000Z',
    due_at: '2024-05-20T00:00:00.000Z',
    remind_at: ['2024-05-17T00:00:00.000Z', '2024-05-19T00:00:00.000Z'],
    status: 'running',
    flags: [],
    note: 'x',
    ...partial,
  }
}

const CASES: { name: string; clocks: DemandClock[]; now: string; expect: string[] }[] = [
  {
    name: 'all reminders ahead: all planned',
    clocks: [clock({})],
    now: '2024-05-02T00:00:00Z',
    expect: ['2024-05-17T00:00:00.000Z', '2024-05-19T00:00:00.000Z'],
  },
  {
    name: 'one passed: it is still sent once (catch-up), with the rest',
    clocks: [clock({ status: 'due_soon' })],
    now: '2024-05-18T00:00:00Z',
    expect: ['2024-05-17T00:00:00.000Z', '2024-05-19T00:00:00.000Z'],
  },
  {
    name: 'two passed: only the latest is caught up',
    clocks: [clock({ status: 'due_soon' })],
    now: '2024-05-19T12:00:00Z',
    expect: ['2024-05-19T00:00:00.000Z'],
  },
  {
    name: 'overdue clock: nothing',
    clocks: [clock({ status: 'overdue' })],
    now: '2024-05-21T00:00:00Z',
    expect: [],
  },
  {
    name: 'stopped clock: nothing',
    clocks: [clock({ status: 'stopped' })],
    now: '2024-05-02T00:00:00Z',
    expect: [],
  },
]

describe('plannedReminders', () => {
  for (const c of CASES) {
    it(c.name, () => {
      assert.deepEqual(
        plannedReminders(DEMAND, c.clocks, c.now).map((p) => p.remind_at),
        c.expect,
      )
    })
  }

  it('keys name the demand, the clock and the instant, so planning twice gives the same keys', () => {
    const a = plannedReminders(DEMAND, [clock({})], '2024-05-02T00:00:00Z')
    const b = plannedReminders(DEMAND, [clock({})], '2024-05-03T00:00:00Z')
    assert.deepEqual(a, b)
    assert.equal(a[0]!.key, `reminder:${DEMAND}:response:2024-05-17T00:00:00.000Z`)
    assert.equal(
      reminderKey(DEMAND, 'gag_expiry', '2025-01-15T00:00:00.000Z'),
      `reminder:${DEMAND}:gag_expiry:2025-01-15T00:00:00.000Z`,
    )
  })
})
