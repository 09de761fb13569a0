import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { evaluateRule } from '../rules/engine.js'
import { DEFAULT_POLICY } from '../rules/policy.js'
import { ruleById } from '../rules/catalog/index.js'
import { factsFromFields } from '../rules/facts.js'
import { clocksFor } from './clocks.js'
import { clockMismatches, preservation, SERVED, view, warrantAbroad, type ClockCase } from './examples.js'
import { CLOCK_RULES } from './table.js'
import { CLOCK_KINDS } from './types.js'

const CASES: ClockCase[] = [
  {
    name: 'response date: running, reminders 3 days and 1 day before',
    view: view({ due_at: '2024-05-23T17:00:00Z' }),
    now: '2024-05-10T00:00:00Z',
    expect: [
      {
        kind: 'response',
        due_at: '2024-05-23T17:00:00.000Z',
        remind_at: ['2024-05-20T17:00:00.000Z', '2024-05-22T17:00:00.000Z'],
        status: 'running',
        flags: [],
      },
    ],
  },
  {
    name: 'response date: due soon once the first reminder has passed',
    view: view({ due_at: '2024-05-23T17:00:00Z' }),
    now: '2024-05-21T00:00:00Z',
    expect: [{ kind: 'response', due_at: '2024-05-23T17:00:00.000Z', status: 'due_soon' }],
  },
  {
    name: 'response date: overdue after it',
    view: view({ due_at: '2024-05-23T17:00:00Z' }),
    now: '2024-05-23T17:00:00Z',
    expect: [{ kind: 'response', due_at: '2024-05-23T17:00:00.000Z', status: 'overdue' }],
  },
  {
    name: 'response date in an offset keeps its instant',
    view: view({ due_at: '2024-05-23T13:00:00-04:00' }),
    now: '2024-05-10T00:00:00Z',
    expect: [{ kind: 'response', due_at: '2024-05-23T17:00:00.000Z' }],
  },
  {
    name: 'flagship: due the day before the fax was served is flagged impossible, no reminders',
    view: view(
      {
        instrument_type: 'administrative_summons',
        served_at: '2017-03-14T14:00:00-04:00',
        due_at: '2017-03-13T11:45:00-04:00',
      },
      {},
      { received_at: '2017-03-14T18:05:00Z' },
    ),
    now: '2017-03-14T20:00:00Z',
    expect: [
      {
        kind: 'response',
        due_at: '2017-03-13T15:45:00.000Z',
        remind_at: [],
        status: 'overdue',
        flags: ['due_before_service'],
      },
    ],
  },
  {
    name: 'no service time: counted from receipt, and a date already past at receipt is flagged',
    view: view(
      { served_at: null, due_at: '2024-05-01T17:00:00Z' },
      {},
      { received_at: '2024-05-02T09:00:00Z' },
    ),
    now: '2024-05-02T10:00:00Z',
    expect: [
      {
        kind: 'response',
        due_at: '2024-05-01T17:00:00.000Z',
        status: 'overdue',
        flags: ['counted_from_receipt', 'due_before_receipt'],
      },
    ],
  },
  {
    name: 'a deadline shorter than every offset is reminded once, at its start',
    view: view({ due_at: '2024-05-02T20:00:00Z' }),
    now: '2024-05-02T15:00:00Z',
    expect: [
      { kind: 'response', due_at: '2024-05-02T20:00:00.000Z', remind_at: [SERVED], status: 'due_soon' },
    ],
  },
  {
    name: 'a settled demand stops its response clock',
    view: view({ due_at: '2024-05-23T17:00:00Z' }, {}, { state: 'closed', outcome: 'complied' }),
    now: '2024-06-10T00:00:00Z',
    expect: [{ kind: 'response', due_at: '2024-05-23T17:00:00.000Z', status: 'stopped' }],
  },
  {
    name: 'US preservation: 90 days, reminder 7 days before expiry',
    view: preservation({ preservation_renewal_count: 0 }),
    now: '2024-06-01T00:00:00Z',
    expect: [
      {
        kind: 'preservation_us',
        due_at: '2024-07-31T14:00:00.000Z',
        remind_at: ['2024-07-24T14:00:00.000Z'],
        status: 'running',
        flags: [],
      },
    ],
  },
  {
    name: 'US preservation renewed once: 180 days',
    view: preservation({ preservation_renewal_count: 1 }),
    now: '2024-06-01T00:00:00Z',
    expect: [
      {
        kind: 'preservation_us',
        due_at: '2024-10-29T14:00:00.000Z',
        remind_at: ['2024-10-22T14:00:00.000Z'],
      },
    ],
  },
  {
    name: 'US preservation renewed twice: still 180 days, flagged',
    view: preservation({ preservation_renewal_count: 2 }),
    now: '2024-06-01T00:00:00Z',
    expect: [
      { kind: 'preservation_us', due_at: '2024-10-29T14:00:00.000Z', flags: ['renewal_beyond_statute'] },
    ],
  },
  {
    name: "a private party's hold letter runs no statutory clock",
    view: preservation({}, {}, 'private_party' as never),
    now: '2024-06-01T00:00:00Z',
    expect: [],
  },
  {
    name: 'preservation outlives the closing of the matter',
    view: preservation({}, { state: 'closed', outcome: 'complied' }),
    now: '2024-06-01T00:00:00Z',
    expect: [{ kind: 'preservation_us', due_at: '2024-07-31T14:00:00.000Z', status: 'running' }],
  },
  {
    name: 'preservation withdrawn and then closed is stopped',
    view: preservation({}, { state: 'closed', outcome: 'withdrawn' }),
    now: '2024-06-01T00:00:00Z',
    expect: [{ kind: 'preservation_us', due_at: '2024-07-31T14:00:00.000Z', status: 'stopped' }],
  },
  {
    name: 'CLOUD Act: non-US customer, qualifying government: 14 days from service',
    view: warrantAbroad({ qualifying_foreign_government: true }),
    now: '2024-05-03T00:00:00Z',
    expect: [
      {
        kind: 'cloud_act_quash',
        due_at: '2024-05-16T14:00:00.000Z',
        remind_at: ['2024-05-09T14:00:00.000Z', '2024-05-14T14:00:00.000Z'],
        flags: [],
        confidence: 'secondary',
      },
    ],
  },
  {
    name: 'CLOUD Act: agreement unknown, the window is shown as conditional',
    view: warrantAbroad({}),
    now: '2024-05-03T00:00:00Z',
    expect: [{ kind: 'cloud_act_quash', due_at: '2024-05-16T14:00:00.000Z', flags: ['conditional'] }],
  },
  {
    name: 'CLOUD Act: no agreement with that country, no window',
    view: warrantAbroad({ qualifying_foreign_government: false }),
    now: '2024-05-03T00:00:00Z',
    expect: [],
  },
  {
    name: 'CLOUD Act: filing the motion stops the window',
    view: warrantAbroad(
      { qualifying_foreign_government: true },
      {
        state: 'in_litigation',
        litigation: [
          {
            court: 'D.D.C.',
            case_number: '24-1',
            filed_on: '2024-05-10',
            posture: 'motion_to_quash',
            dismissed: null,
          },
        ],
      },
    ),
    now: '2024-05-11T00:00:00Z',
    expect: [{ kind: 'cloud_act_quash', due_at: '2024-05-16T14:00:00.000Z', status: 'stopped' }],
  },
  {
    name: 'IRS third-party summons: petition window closes 23 days after service at the latest',
    view: view({
      instrument_type: 'administrative_summons',
      issuing_authority: {
        name: 'Internal Revenue Service',
        kind: 'federal_agency',
        jurisdiction: 'US-federal',
      },
      statutes_cited: ['26 U.S.C. § 7609'],
    }),
    now: '2024-05-03T00:00:00Z',
    expect: [
      { kind: 'irs_petition', due_at: '2024-05-25T14:00:00.000Z', remind_at: ['2024-05-24T14:00:00.000Z'] },
    ],
  },
]

describe('clocksFor: US clocks', () => {
  for (const c of CASES) {
    it(c.name, () => assert.deepEqual(clockMismatches(c), []))
  }
})

describe('clocksFor: invariants', () => {
  it('gives each clock an id unique on its demand, a label and a citation', () => {
    for (const c of CASES) {
      const clocks = clocksFor(c.view, c.now)
      assert.equal(new Set(clocks.map((k) => k.id)).size, clocks.length, c.name)
      for (const k of clocks) {
        assert.ok(k.label.length > 0 && k.citation.length > 0 && k.note.length > 0)
        for (const r of k.remind_at)
          assert.ok(r >= k.starts_at && r <= k.due_at, `${c.name}: ${r} within the clock`)
      }
    }
  })

  it('gives the same dates whatever the time of asking (now sets only the status)', () => {
    const v = preservation({ preservation_renewal_count: 0 })
    const strip = (now: string) => clocksFor(v, now).map(({ status: _s, ...rest }) => rest)
    assert.deepEqual(strip('2024-05-03T00:00:00Z'), strip('2030-01-01T00:00:00Z'))
  })

  it('every kind has a rule, and every rule has a citation and a known confidence', () => {
    for (const kind of CLOCK_KINDS)
      assert.ok(
        CLOCK_RULES.some((r) => r.kind === kind),
        kind,
      )
    for (const r of CLOCK_RULES) {
      assert.match(r.citation, /U\.S\.C\.|Regulation \(EU\)|AUTH-4/)
      assert.ok(['confirmed', 'secondary'].includes(r.confidence))
    }
  })

  it('agrees with the preservation rule on the end of the 90 days', () => {
    const v = preservation({ preservation_renewal_count: 0 })
    const finding = evaluateRule(
      ruleById('PRES.SCA.PRESERVE_ONLY')!,
      factsFromFields(v.fields, v.extras),
      DEFAULT_POLICY,
      '2024-06-01T00:00:00Z',
    )
    const clock = clocksFor(v, '2024-06-01T00:00:00Z')[0]!
    assert.ok(finding && finding.explanation.includes(clock.due_at.slice(0, 10)), finding?.explanation)
  })

  it('refuses a now that is not an instant (a caller bug)', () => {
    assert.throws(() => clocksFor(view(), 'yesterday'), RangeError)
  })
})
