import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildFacts } from '../examples.js'
import { checkCase, type RuleCase } from '../rule-cases.js'

const CASES: RuleCase[] = [
  {
    name: 'verified requester',
    rule: 'PROD.DELIVERY.VERIFIED_RECIPIENT',
    facts: buildFacts(),
    expect: 'pass',
  },
  {
    name: 'failed verification: no delivery',
    rule: 'PROD.DELIVERY.VERIFIED_RECIPIENT',
    facts: buildFacts({}, { verification: { status: 'failed' } }),
    expect: 'fail',
    effect: 'decline',
    severity: 'critical',
  },
  {
    name: 'not yet verified',
    rule: 'PROD.DELIVERY.VERIFIED_RECIPIENT',
    facts: buildFacts({}, { verification: null }),
    expect: 'needs_review',
  },
  {
    name: 'preservation produces nothing',
    rule: 'PROD.DELIVERY.VERIFIED_RECIPIENT',
    facts: buildFacts({ instrument_type: 'preservation_request' }),
    expect: 'not_applicable',
  },
  {
    name: 'hash and sign',
    rule: 'PROD.INTEGRITY.HASH_AND_SIGN',
    facts: buildFacts(),
    expect: 'pass',
    mentions: ['hash'],
  },
  {
    name: 'cost recovery for US process',
    rule: 'PROD.COST.REIMBURSEMENT',
    facts: buildFacts(),
    expect: 'pass',
  },
  {
    name: 'no charge in emergencies',
    rule: 'PROD.COST.REIMBURSEMENT',
    facts: buildFacts({ emergency: true, instrument_type: 'emergency_disclosure_request' }),
    expect: 'not_applicable',
  },
  {
    name: 'every decision is logged',
    rule: 'PROD.RECORD.DECISION_LOGGED',
    facts: buildFacts({ instrument_type: 'preservation_request' }),
    expect: 'pass',
  },
]

for (const c of CASES) {
  test(`PROD: ${c.name}`, () => assert.deepEqual(checkCase(c), []))
}
