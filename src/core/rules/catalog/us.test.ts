import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Target } from '../../demand/index.js'
import { buildFacts } from '../examples.js'
import { DEFAULT_POLICY } from '../policy.js'
import { checkCase, type RuleCase } from '../rule-cases.js'

const court = { name: 'U.S. District Court', kind: 'court', jurisdiction: 'US-federal' } as const
const agency = {
  name: 'Drug Enforcement Administration',
  kind: 'federal_agency',
  jurisdiction: 'US-federal',
} as const
const anon: Target = { identifier: '@anon', kind: 'handle', speech_profile: 'commercial', pseudonymous: true }

/** The SCA matrix and civil unmasking (us.ts); the other US process rules are tested in us-process.test.ts. */
const CASES: RuleCase[] = [
  // US.SCA.CONTENT_NEEDS_WARRANT
  {
    name: 'warrant reaches content',
    rule: 'US.SCA.CONTENT_NEEDS_WARRANT',
    facts: buildFacts({
      instrument_type: 'search_warrant',
      issuing_authority: court,
      data_categories_requested: ['content'],
    }),
    expect: 'pass',
  },
  {
    name: 'grand jury subpoena cannot reach content',
    rule: 'US.SCA.CONTENT_NEEDS_WARRANT',
    facts: buildFacts({ data_categories_requested: ['content', 'subscriber_identity'] }),
    expect: 'fail',
    excluded: ['content'],
    mentions: ['search warrant'],
  },
  {
    name: '2703(d) order cannot reach content',
    rule: 'US.SCA.CONTENT_NEEDS_WARRANT',
    facts: buildFacts({
      instrument_type: 'court_order_2703d',
      issuing_authority: court,
      data_categories_requested: ['content'],
    }),
    expect: 'fail',
  },
  {
    name: 'with warrant-for-content off, a 2703(d) order for content goes to counsel',
    rule: 'US.SCA.CONTENT_NEEDS_WARRANT',
    facts: buildFacts({
      instrument_type: 'court_order_2703d',
      issuing_authority: court,
      data_categories_requested: ['content'],
    }),
    policy: { ...DEFAULT_POLICY, warrant_for_content: false },
    expect: 'needs_review',
    mentions: ['180 days'],
  },
  {
    name: 'an informal request for content fails even with warrant-for-content off',
    rule: 'US.SCA.CONTENT_NEEDS_WARRANT',
    facts: buildFacts({ instrument_type: 'other', data_categories_requested: ['content'] }),
    policy: { ...DEFAULT_POLICY, warrant_for_content: false },
    expect: 'fail',
  },
  {
    name: 'foreign requests are judged by XB, not the SCA matrix',
    rule: 'US.SCA.CONTENT_NEEDS_WARRANT',
    facts: buildFacts({
      instrument_type: 'other',
      issuing_authority: { name: 'Police', kind: 'foreign_authority', jurisdiction: 'DE' },
      data_categories_requested: ['content'],
    }),
    expect: 'not_applicable',
  },
  // US.SCA.JUDICIAL_ISSUER
  {
    name: 'warrant from a court passes',
    rule: 'US.SCA.JUDICIAL_ISSUER',
    facts: buildFacts({ instrument_type: 'search_warrant', issuing_authority: court }),
    expect: 'pass',
  },
  {
    name: 'warrant recorded as issued by police needs review',
    rule: 'US.SCA.JUDICIAL_ISSUER',
    facts: buildFacts({
      instrument_type: 'search_warrant',
      issuing_authority: { name: 'Metro Police', kind: 'local_police', jurisdiction: 'US-NY' },
    }),
    expect: 'needs_review',
  },
  // US.SCA.SUBPOENA_REACHES_BSI_ONLY
  {
    name: 'subpoena for name, contact and payment passes',
    rule: 'US.SCA.SUBPOENA_REACHES_BSI_ONLY',
    facts: buildFacts({ data_categories_requested: ['subscriber_identity', 'contact', 'payment'] }),
    expect: 'pass',
  },
  {
    name: 'subpoena for other records fails and narrows',
    rule: 'US.SCA.SUBPOENA_REACHES_BSI_ONLY',
    facts: buildFacts({
      instrument_type: 'administrative_subpoena',
      issuing_authority: agency,
      data_categories_requested: ['subscriber_identity', 'non_content_metadata', 'location'],
    }),
    expect: 'fail',
    effect: 'narrow',
    excluded: ['non_content_metadata', 'location'],
  },
  {
    name: '"all records regarding" phrasing fails',
    rule: 'US.SCA.SUBPOENA_REACHES_BSI_ONLY',
    facts: buildFacts({
      summary: 'Produce any and all records pertaining to the account',
      data_categories_requested: ['subscriber_identity'],
    }),
    expect: 'fail',
    mentions: ['all records regarding'],
  },
  {
    name: 'device identifiers under a subpoena need review',
    rule: 'US.SCA.SUBPOENA_REACHES_BSI_ONLY',
    facts: buildFacts({ data_categories_requested: ['device'] }),
    expect: 'needs_review',
  },
  {
    name: 'not for 2703(d) orders',
    rule: 'US.SCA.SUBPOENA_REACHES_BSI_ONLY',
    facts: buildFacts({ instrument_type: 'court_order_2703d', issuing_authority: court }),
    expect: 'not_applicable',
  },
  // US.SCA.NON_CONTENT_NEEDS_2703D_ORDER
  {
    name: '2703(d) order reaches non-content records',
    rule: 'US.SCA.NON_CONTENT_NEEDS_2703D_ORDER',
    facts: buildFacts({
      instrument_type: 'court_order_2703d',
      issuing_authority: court,
      data_categories_requested: ['non_content_metadata', 'ip_logs'],
    }),
    expect: 'pass',
  },
  {
    name: '2703(d) order for location needs review',
    rule: 'US.SCA.NON_CONTENT_NEEDS_2703D_ORDER',
    facts: buildFacts({
      instrument_type: 'court_order_2703d',
      issuing_authority: court,
      data_categories_requested: ['location'],
    }),
    expect: 'needs_review',
  },
  {
    name: 'informal US request for records fails',
    rule: 'US.SCA.NON_CONTENT_NEEDS_2703D_ORDER',
    facts: buildFacts({
      instrument_type: 'other',
      issuing_authority: agency,
      data_categories_requested: ['subscriber_identity', 'ip_logs'],
    }),
    expect: 'fail',
    excluded: ['subscriber_identity', 'ip_logs'],
  },
  {
    name: 'an emergency is not process',
    rule: 'US.SCA.NON_CONTENT_NEEDS_2703D_ORDER',
    facts: buildFacts({ instrument_type: 'other', emergency: true, issuing_authority: agency }),
    expect: 'not_applicable',
  },
  // US.SCA.IP_LOGS_SPECIFIED_TIMES
  {
    name: 'IPs at specified times pass',
    rule: 'US.SCA.IP_LOGS_SPECIFIED_TIMES',
    facts: buildFacts({ data_categories_requested: ['ip_logs'] }, { ip_request_scope: 'specified_times' }),
    expect: 'pass',
  },
  {
    name: 'IP logs over a period fail',
    rule: 'US.SCA.IP_LOGS_SPECIFIED_TIMES',
    facts: buildFacts(
      { data_categories_requested: ['ip_logs', 'subscriber_identity'] },
      { ip_request_scope: 'longitudinal' },
    ),
    expect: 'fail',
    excluded: ['ip_logs'],
  },
  {
    name: 'IP scope unknown needs review',
    rule: 'US.SCA.IP_LOGS_SPECIFIED_TIMES',
    facts: buildFacts({ data_categories_requested: ['ip_logs'] }),
    expect: 'needs_review',
  },
  // US.SCA.CIVIL_NO_CONTENT / US.CIVIL.NON_CONTENT_AFTER_REVIEW
  {
    name: 'civil subpoena for content fails',
    rule: 'US.SCA.CIVIL_NO_CONTENT',
    facts: buildFacts({
      instrument_type: 'civil_subpoena',
      data_categories_requested: ['content', 'subscriber_identity'],
    }),
    expect: 'fail',
    excluded: ['content'],
    mentions: ['private litigant'],
  },
  {
    name: 'civil subpoena without content: rule silent',
    rule: 'US.SCA.CIVIL_NO_CONTENT',
    facts: buildFacts({ instrument_type: 'civil_subpoena' }),
    expect: 'not_applicable',
  },
  {
    name: 'civil non-content for an anonymous account needs speech review',
    rule: 'US.CIVIL.NON_CONTENT_AFTER_REVIEW',
    facts: buildFacts({ instrument_type: 'civil_subpoena', targets: [anon] }),
    expect: 'needs_review',
    mentions: ['@anon'],
  },
  {
    name: 'civil non-content for a named account passes',
    rule: 'US.CIVIL.NON_CONTENT_AFTER_REVIEW',
    facts: buildFacts({ instrument_type: 'civil_subpoena' }),
    expect: 'pass',
  },
]

for (const c of CASES) {
  test(`US: ${c.name}`, () => assert.deepEqual(checkCase(c), []))
}
