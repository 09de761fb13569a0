import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildFacts } from '../examples.js'
import { checkCase, type RuleCase } from '../rule-cases.js'

const court = { name: 'U.S. District Court', kind: 'court', jurisdiction: 'US-federal' } as const
const agency = {
  name: 'Drug Enforcement Administration',
  kind: 'federal_agency',
  jurisdiction: 'US-federal',
} as const
const range = { from: '2024-01-01', to: '2024-02-01' }

/** US process beyond the SCA matrix (us-process.ts): NSL, pen/trap, wiretap, addressee, particularity, public data. */
const CASES: RuleCase[] = [
  // US.NSL.LIMITED_ITEMS
  {
    name: 'NSL for subscriber identity passes',
    rule: 'US.NSL.LIMITED_ITEMS',
    facts: buildFacts({ instrument_type: 'national_security_letter' }),
    expect: 'pass',
  },
  {
    name: 'NSL for IP logs and content fails',
    rule: 'US.NSL.LIMITED_ITEMS',
    facts: buildFacts({
      instrument_type: 'national_security_letter',
      data_categories_requested: ['subscriber_identity', 'ip_logs', 'content'],
    }),
    expect: 'fail',
    excluded: ['ip_logs', 'content'],
  },
  {
    name: 'NSL for contact details: postal address only',
    rule: 'US.NSL.LIMITED_ITEMS',
    facts: buildFacts({
      instrument_type: 'national_security_letter',
      data_categories_requested: ['contact'],
    }),
    expect: 'needs_review',
    mentions: ['mailing address'],
  },
  // US.PEN_TRAP.NON_CONTENT_ORDER
  {
    name: 'pen/trap for 30 days of metadata passes',
    rule: 'US.PEN_TRAP.NON_CONTENT_ORDER',
    facts: buildFacts({
      instrument_type: 'pen_register_order',
      issuing_authority: court,
      data_categories_requested: ['non_content_metadata'],
      date_range: { from: '2024-05-01', to: '2024-05-31' },
    }),
    expect: 'pass',
  },
  {
    name: 'pen/trap for content fails',
    rule: 'US.PEN_TRAP.NON_CONTENT_ORDER',
    facts: buildFacts({
      instrument_type: 'pen_register_order',
      issuing_authority: court,
      data_categories_requested: ['content'],
      date_range: range,
    }),
    expect: 'fail',
    excluded: ['content'],
  },
  {
    name: 'pen/trap over 60 days fails as a note',
    rule: 'US.PEN_TRAP.NON_CONTENT_ORDER',
    facts: buildFacts({
      instrument_type: 'pen_register_order',
      issuing_authority: court,
      data_categories_requested: ['ip_logs'],
      date_range: { from: '2024-05-01', to: '2024-08-01' },
    }),
    expect: 'fail',
    effect: 'note',
    mentions: ['92 days'],
  },
  {
    name: 'pen/trap without a period needs review',
    rule: 'US.PEN_TRAP.NON_CONTENT_ORDER',
    facts: buildFacts({
      instrument_type: 'pen_register_order',
      issuing_authority: court,
      data_categories_requested: ['ip_logs'],
    }),
    expect: 'needs_review',
  },
  // US.WIRETAP.TITLE_III_ORDER
  {
    name: 'court wiretap order goes to counsel',
    rule: 'US.WIRETAP.TITLE_III_ORDER',
    facts: buildFacts({
      instrument_type: 'other',
      issuing_authority: court,
      statutes_cited: ['18 U.S.C. § 2518'],
    }),
    expect: 'needs_review',
  },
  {
    name: 'wiretap demand without a court fails',
    rule: 'US.WIRETAP.TITLE_III_ORDER',
    facts: buildFacts({ instrument_type: 'other', issuing_authority: agency, statutes_cited: ['Title III'] }),
    expect: 'fail',
    effect: 'object',
  },
  {
    name: 'no wiretap statute, rule silent',
    rule: 'US.WIRETAP.TITLE_III_ORDER',
    facts: buildFacts(),
    expect: 'not_applicable',
  },
  // US.ENTITY.CORRECT_ADDRESSEE
  {
    name: 'wrong entity fails',
    rule: 'US.ENTITY.CORRECT_ADDRESSEE',
    facts: buildFacts({}, { addressed_to_correct_entity: false }),
    expect: 'fail',
    effect: 'clarify',
  },
  {
    name: 'right entity passes',
    rule: 'US.ENTITY.CORRECT_ADDRESSEE',
    facts: buildFacts({}, { addressed_to_correct_entity: true }),
    expect: 'pass',
  },
  {
    name: 'single-entity operators skip it',
    rule: 'US.ENTITY.CORRECT_ADDRESSEE',
    facts: buildFacts(),
    expect: 'not_applicable',
  },
  // US.PARTICULARITY.SPECIFIC_REQUEST
  {
    name: 'named account and BSI need no date range',
    rule: 'US.PARTICULARITY.SPECIFIC_REQUEST',
    facts: buildFacts(),
    expect: 'pass',
  },
  {
    name: 'no target fails',
    rule: 'US.PARTICULARITY.SPECIFIC_REQUEST',
    facts: buildFacts({ targets: [] }),
    expect: 'fail',
    mentions: ['no account identifier'],
  },
  {
    name: 'IP addresses without a date range fail',
    rule: 'US.PARTICULARITY.SPECIFIC_REQUEST',
    facts: buildFacts({ data_categories_requested: ['ip_logs'] }),
    expect: 'fail',
    mentions: ['date range'],
  },
  {
    name: 'an NSL cannot reach IP logs, so their date range does not matter',
    rule: 'US.PARTICULARITY.SPECIFIC_REQUEST',
    facts: buildFacts({
      instrument_type: 'national_security_letter',
      data_categories_requested: ['subscriber_identity', 'ip_logs'],
    }),
    expect: 'pass',
  },
  {
    name: 'vague identifier needs review',
    rule: 'US.PARTICULARITY.SPECIFIC_REQUEST',
    facts: buildFacts({
      targets: [
        {
          identifier: 'the guy who posted about the mayor',
          kind: 'other',
          speech_profile: 'unknown',
          pseudonymous: false,
        },
      ],
    }),
    expect: 'needs_review',
  },
  // US.PUBLIC.PUBLICLY_AVAILABLE
  {
    name: 'public posts are declined',
    rule: 'US.PUBLIC.PUBLICLY_AVAILABLE',
    facts: buildFacts({ data_categories_requested: ['content'] }, { requested_data_public: true }),
    expect: 'fail',
    effect: 'decline',
  },
  {
    name: 'private posts pass this rule',
    rule: 'US.PUBLIC.PUBLICLY_AVAILABLE',
    facts: buildFacts({ data_categories_requested: ['content'] }),
    expect: 'pass',
  },
  {
    name: 'content of unknown visibility needs review',
    rule: 'US.PUBLIC.PUBLICLY_AVAILABLE',
    facts: buildFacts({ data_categories_requested: ['content'] }, { requested_data_public: null }),
    expect: 'needs_review',
  },
]

for (const c of CASES) {
  test(`US: ${c.name}`, () => assert.deepEqual(checkCase(c), []))
}
