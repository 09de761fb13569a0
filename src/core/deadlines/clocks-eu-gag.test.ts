import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { clockMismatches, epoc, fields, gagged, type ClockCase } from './examples.js'

const CASES: ClockCase[] = [
  {
    name: 'EU preservation order: 60 days',
    view: epoc('epoc_pr'),
    now: '2026-09-02T00:00:00Z',
    expect: [
      {
        kind: 'preservation_eu',
        due_at: '2026-10-31T10:00:00.000Z',
        remind_at: ['2026-10-24T10:00:00.000Z'],
      },
    ],
  },
  {
    name: 'EU preservation order extended: 60 + 30 days',
    view: epoc('epoc_pr', {}, '2026-09-01T10:00:00.000Z', { preservation_renewal_count: 1 }),
    now: '2026-09-02T00:00:00Z',
    expect: [{ kind: 'preservation_eu', due_at: '2026-11-30T10:00:00.000Z' }],
  },
  {
    name: 'EU production order: 10 days',
    view: epoc('epoc'),
    now: '2026-09-02T00:00:00Z',
    expect: [
      {
        kind: 'eu_production',
        due_at: '2026-09-11T10:00:00.000Z',
        remind_at: ['2026-09-08T10:00:00.000Z', '2026-09-10T10:00:00.000Z'],
        confidence: 'confirmed',
      },
    ],
  },
  {
    name: 'EU emergency production order: 8 hours, reminders 4 hours and 1 hour before',
    view: epoc('epoc', { emergency: true }),
    now: '2026-09-01T15:00:00Z',
    expect: [
      {
        kind: 'eu_production',
        due_at: '2026-09-01T18:00:00.000Z',
        remind_at: ['2026-09-01T14:00:00.000Z', '2026-09-01T17:00:00.000Z'],
        status: 'due_soon',
      },
    ],
  },
  {
    name: 'an e-Evidence order served before 18 August 2026 runs no clock (it is declined)',
    view: epoc('epoc', {}, '2026-08-17T10:00:00.000Z'),
    now: '2026-08-17T12:00:00Z',
    expect: [],
  },
  {
    name: 'court-ordered gag with an end date: remind a week before and on the day',
    view: gagged('court_order', '2025-01-15'),
    now: '2024-12-01T00:00:00Z',
    expect: [
      {
        kind: 'gag_expiry',
        due_at: '2025-01-15T00:00:00.000Z',
        remind_at: ['2025-01-08T00:00:00.000Z', '2025-01-15T00:00:00.000Z'],
        status: 'running',
      },
    ],
  },
  {
    name: 'NSL statutory gag with an end date',
    view: gagged('statute', '2025-01-15', 'national_security_letter'),
    now: '2024-12-01T00:00:00Z',
    expect: [{ kind: 'gag_expiry', due_at: '2025-01-15T00:00:00.000Z' }],
  },
  {
    name: 'gag clock runs after the matter is closed, and stops once the user is notified',
    view: gagged(
      'court_order',
      '2025-01-15',
      'court_order_2703d',
      {},
      { state: 'closed', outcome: 'complied', user_notified_at: '2025-01-15T09:00:00Z' },
    ),
    now: '2025-01-16T00:00:00Z',
    expect: [{ kind: 'gag_expiry', due_at: '2025-01-15T00:00:00.000Z', status: 'stopped' }],
  },
  {
    name: 'a secrecy request binds nobody: no gag clock',
    view: gagged('request', '2025-01-15'),
    now: '2024-12-01T00:00:00Z',
    expect: [],
  },
  {
    name: 'a gag without an end date has no date to remind of',
    view: gagged('court_order', null),
    now: '2024-12-01T00:00:00Z',
    expect: [],
  },
  {
    name: 'several clocks on one demand, ordered by due date',
    view: gagged(
      'court_order',
      '2025-01-15',
      'search_warrant',
      { target_is_us_person: false, qualifying_foreign_government: true },
      {
        fields: fields({
          instrument_type: 'search_warrant',
          due_at: '2024-05-30T17:00:00Z',
          nondisclosure: { basis: 'court_order', expires_on: '2025-01-15', citation: null },
        }),
      },
    ),
    now: '2024-05-03T00:00:00Z',
    expect: [
      { kind: 'cloud_act_quash', due_at: '2024-05-16T14:00:00.000Z' },
      { kind: 'response', due_at: '2024-05-30T17:00:00.000Z' },
      { kind: 'gag_expiry', due_at: '2025-01-15T00:00:00.000Z' },
    ],
  },
]

describe('clocksFor: EU orders and gags', () => {
  for (const c of CASES) {
    it(c.name, () => assert.deepEqual(clockMismatches(c), []))
  }
})
