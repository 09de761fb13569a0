import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ClockEntry } from '../app/clocks/list-clocks.js'
import { clocksCalendar } from './ics-calendar.js'

const entry = (id: string, due: string, remind: string[]): ClockEntry => ({
  demand: {
    id: 'd-1',
    reference: 'CUS-00001',
    state: 'legal_review',
    instrument_type: 'grand_jury_subpoena',
    issuing_authority: 'Grand jury',
  },
  clock: {
    id,
    kind: 'response',
    label: 'Response due',
    citation: 'AUTH-4',
    confidence: 'confirmed',
    starts_at: '2026-11-01T08:00:00.000Z',
    due_at: due,
    remind_at: remind,
    status: 'running',
    flags: ['due_before_receipt'],
    note: 'Answer by then.',
  },
})

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '')

describe('clocks as iCalendar', () => {
  it('writes one event per clock at its due instant, an alarm per reminder, and a stable UID', () => {
    const feed = clocksCalendar(
      [
        entry('response', '2026-11-10T17:00:00.000Z', [
          '2026-11-07T17:00:00.000Z',
          '2026-11-09T17:00:00.000Z',
        ]),
      ],
      { host: 'desk.example' },
    )
    assert.ok(feed.ok)
    const ics = unfold(feed.text)
    assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 1)
    assert.ok(ics.includes('UID:d-1.response@desk.example'))
    assert.ok(ics.includes('DTSTART:20261110T170000Z'))
    assert.ok(ics.includes('SUMMARY:CUS-00001: Response due'))
    assert.deepEqual(ics.match(/TRIGGER;VALUE=DATE-TIME:\d{8}T\d{6}Z/g), [
      'TRIGGER;VALUE=DATE-TIME:20261107T170000Z',
      'TRIGGER;VALUE=DATE-TIME:20261109T170000Z',
    ])
    assert.ok(ics.includes('due_before_receipt'))
  })

  it('writes a valid empty calendar when no clock runs', () => {
    const feed = clocksCalendar([])
    assert.ok(feed.ok)
    assert.match(feed.text, /^BEGIN:VCALENDAR[\s\S]*END:VCALENDAR\r\n$/)
    assert.ok(!feed.text.includes('VEVENT'))
  })
})
