import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { DemandFields } from '../../demand/index.js'
import { buildFacts } from '../examples.js'
import type { DemandExtras } from '../facts.js'
import { checkCase, type RuleCase } from '../rule-cases.js'

function preservation(partial: Partial<DemandFields> = {}, extras: DemandExtras = {}) {
  return buildFacts(
    {
      instrument_type: 'preservation_request',
      issuing_authority: { name: 'FBI', kind: 'federal_agency', jurisdiction: 'US-federal' },
      statutes_cited: ['18 U.S.C. § 2703(f)'],
      served_at: '2024-05-02T14:00:00Z',
      due_at: null,
      ...partial,
    },
    { preservation_renewal_count: 0, ...extras },
  )
}

const CASES: RuleCase[] = [
  {
    name: 'government request: preserve 90 days',
    rule: 'PRES.SCA.PRESERVE_ONLY',
    facts: preservation(),
    expect: 'pass',
    mentions: ['2024-07-31'],
  },
  {
    name: 'private party hold letter goes to counsel',
    rule: 'PRES.SCA.PRESERVE_ONLY',
    facts: preservation({
      issuing_authority: { name: 'Law firm', kind: 'private_party', jurisdiction: 'US-NY' },
    }),
    expect: 'needs_review',
  },
  {
    name: 'no service date: clock cannot start',
    rule: 'PRES.SCA.PRESERVE_ONLY',
    facts: preservation({ served_at: null, date_issued: null }),
    expect: 'needs_review',
  },
  {
    name: 'not a preservation request',
    rule: 'PRES.SCA.PRESERVE_ONLY',
    facts: buildFacts(),
    expect: 'not_applicable',
  },
  {
    name: 'first renewal is allowed',
    rule: 'PRES.SCA.RENEWAL_LIMIT',
    facts: preservation({}, { preservation_renewal_count: 1 }),
    expect: 'pass',
    mentions: ['one renewal'],
  },
  {
    name: 'second renewal is not',
    rule: 'PRES.SCA.RENEWAL_LIMIT',
    facts: preservation({}, { preservation_renewal_count: 2 }),
    expect: 'fail',
    effect: 'decline',
  },
  {
    name: 'renewal history unknown',
    rule: 'PRES.SCA.RENEWAL_LIMIT',
    facts: preservation({}, { preservation_renewal_count: null }),
    expect: 'needs_review',
  },
  {
    name: 'future data is not preserved',
    rule: 'PRES.SCA.EXISTING_RECORDS_ONLY',
    facts: preservation({ date_range: { from: '2024-04-01', to: '2024-06-30' } }),
    expect: 'fail',
    mentions: ['2024-06-30'],
  },
  {
    name: 'past period is fine',
    rule: 'PRES.SCA.EXISTING_RECORDS_ONLY',
    facts: preservation({ date_range: { from: '2024-01-01', to: '2024-04-30' } }),
    expect: 'pass',
  },
  {
    name: 'renewal alert 7 days before expiry',
    rule: 'PRES.RENEWAL.ALERT',
    facts: preservation(),
    expect: 'pass',
    mentions: ['2024-07-24'],
  },
  {
    name: 'counted apart from disclosures',
    rule: 'PRES.REPORT.NOT_A_DISCLOSURE',
    facts: preservation(),
    expect: 'pass',
  },
  {
    name: 'an e-Evidence preservation order follows EE rules',
    rule: 'PRES.SCA.PRESERVE_ONLY',
    facts: preservation({}, { e_evidence: { order: 'epoc_pr' } }),
    expect: 'not_applicable',
  },
]

for (const c of CASES) {
  test(`PRES: ${c.name}`, () => assert.deepEqual(checkCase(c), []))
}
