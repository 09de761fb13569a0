import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { demandFieldsPatchSchema } from './schema.js'

describe('demandFieldsPatchSchema', () => {
  it('keeps only the fields a correction names (no defaults filled in)', () => {
    assert.deepEqual(demandFieldsPatchSchema.parse({ reference: 'GJ-2026-17' }), { reference: 'GJ-2026-17' })
    assert.deepEqual(demandFieldsPatchSchema.parse({}), {})
  })

  it('still validates what it names, and refuses unknown fields', () => {
    assert.equal(demandFieldsPatchSchema.safeParse({ due_at: 'next week' }).success, false)
    assert.equal(demandFieldsPatchSchema.safeParse({ instrument_type: 'letter_of_marque' }).success, false)
    assert.equal(demandFieldsPatchSchema.safeParse({ colour: 'red' }).success, false)
  })
})
