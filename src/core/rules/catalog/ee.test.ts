import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { DataCategory } from '../../demand/index.js'
import { buildFacts } from '../examples.js'
import type { EEvidenceFacts } from '../facts.js'
import { checkCase, type RuleCase } from '../rule-cases.js'

const AFTER = '2026-09-01T09:00:00Z'

function epoc(e_evidence: EEvidenceFacts, categories: DataCategory[] = ['subscriber_identity']) {
  return buildFacts(
    {
      instrument_type: 'foreign_order',
      issuing_authority: { name: 'Staatsanwaltschaft Köln', kind: 'foreign_authority', jurisdiction: 'DE' },
      statutes_cited: ['Regulation (EU) 2023/1543'],
      data_categories_requested: categories,
      served_at: '2026-09-01T08:00:00Z',
      due_at: null,
    },
    { e_evidence },
  )
}

const CASES: RuleCase[] = [
  {
    name: 'before 18 Aug 2026 the Regulation does not apply',
    rule: 'EE.APPLICABILITY.DATE',
    facts: epoc({ order: 'epoc' }),
    now: '2026-08-17T23:00:00Z',
    expect: 'fail',
    effect: 'decline',
  },
  {
    name: 'from 18 Aug 2026 it applies',
    rule: 'EE.APPLICABILITY.DATE',
    facts: epoc({ order: 'epoc' }),
    now: '2026-08-18T00:00:00Z',
    expect: 'pass',
  },
  {
    name: 'prosecutor may order subscriber data',
    rule: 'EE.ART4.ISSUER_FOR_DATA',
    facts: epoc({ order: 'epoc', issuer_role: 'prosecutor' }),
    now: AFTER,
    expect: 'pass',
  },
  {
    name: 'prosecutor may not order content without validation',
    rule: 'EE.ART4.ISSUER_FOR_DATA',
    facts: epoc({ order: 'epoc', issuer_role: 'prosecutor' }, ['content']),
    now: AFTER,
    expect: 'fail',
    effect: 'object',
  },
  {
    name: 'validated prosecutor order for content passes',
    rule: 'EE.ART4.ISSUER_FOR_DATA',
    facts: epoc({ order: 'epoc', issuer_role: 'prosecutor', validated: true }, ['content']),
    now: AFTER,
    expect: 'pass',
  },
  {
    name: 'a judge may order content',
    rule: 'EE.ART4.ISSUER_FOR_DATA',
    facts: epoc({ order: 'epoc', issuer_role: 'judge' }, ['content']),
    now: AFTER,
    expect: 'pass',
  },
  {
    name: 'prosecutor and IP data: identification only',
    rule: 'EE.ART4.ISSUER_FOR_DATA',
    facts: epoc({ order: 'epoc', issuer_role: 'prosecutor' }, ['ip_logs']),
    now: AFTER,
    expect: 'needs_review',
  },
  {
    name: 'issuer unknown',
    rule: 'EE.ART4.ISSUER_FOR_DATA',
    facts: epoc({ order: 'epoc' }),
    now: AFTER,
    expect: 'needs_review',
  },
  {
    name: 'content for a 2-year offence fails the threshold',
    rule: 'EE.ART5.OFFENCE_THRESHOLD',
    facts: epoc({ order: 'epoc', max_sentence_years: 2 }, ['content']),
    now: AFTER,
    expect: 'fail',
  },
  {
    name: 'listed offence meets the threshold',
    rule: 'EE.ART5.OFFENCE_THRESHOLD',
    facts: epoc({ order: 'epoc', max_sentence_years: 1, listed_offence: true }, ['content']),
    now: AFTER,
    expect: 'pass',
  },
  {
    name: 'offence unknown',
    rule: 'EE.ART5.OFFENCE_THRESHOLD',
    facts: epoc({ order: 'epoc' }, ['content']),
    now: AFTER,
    expect: 'needs_review',
  },
  {
    name: 'subscriber data has no threshold here',
    rule: 'EE.ART5.OFFENCE_THRESHOLD',
    facts: epoc({ order: 'epoc' }),
    now: AFTER,
    expect: 'not_applicable',
  },
  {
    name: '10-day clock',
    rule: 'EE.ART10.DEADLINES',
    facts: epoc({ order: 'epoc' }),
    now: AFTER,
    expect: 'pass',
    mentions: ['2026-09-11T08:00:00.000Z'],
  },
  {
    name: '8-hour clock in an emergency',
    rule: 'EE.ART10.DEADLINES',
    facts: epoc({ order: 'epoc', emergency: true }),
    now: AFTER,
    expect: 'pass',
    mentions: ['2026-09-01T16:00:00.000Z', '96 hours'],
  },
  {
    name: 'enforcing State notified for content of a non-resident',
    rule: 'EE.ART10.DEADLINES',
    facts: epoc({ order: 'epoc', person_resides_in_issuing_state: false }, ['content']),
    now: AFTER,
    expect: 'pass',
    mentions: ['ground for refusal'],
  },
  {
    name: 'preservation order: 60 days',
    rule: 'EE.ART11.PRESERVATION_PERIOD',
    facts: epoc({ order: 'epoc_pr' }),
    now: AFTER,
    expect: 'pass',
    mentions: ['2026-10-31'],
  },
  {
    name: 'press concern is raised',
    rule: 'EE.ART10.PRIVILEGE_PRESS',
    facts: epoc({ order: 'epoc', privilege_or_press_concern: true }),
    now: AFTER,
    expect: 'needs_review',
  },
  {
    name: 'no press concern',
    rule: 'EE.ART10.PRIVILEGE_PRESS',
    facts: epoc({ order: 'epoc' }),
    now: AFTER,
    expect: 'not_applicable',
  },
  {
    name: 'the issuing authority informs the person',
    rule: 'EE.ART13.CONFIDENTIALITY',
    facts: epoc({ order: 'epoc' }),
    now: AFTER,
    expect: 'pass',
    mentions: ['confidential'],
  },
]

for (const c of CASES) {
  test(`EE: ${c.name}`, () => assert.deepEqual(checkCase(c), []))
}
