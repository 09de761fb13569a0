import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Nondisclosure, Target } from '../../demand/index.js'
import { buildFacts } from '../examples.js'
import { DEFAULT_POLICY } from '../policy.js'
import { checkCase, type RuleCase } from '../rule-cases.js'

function gag(nondisclosure: Nondisclosure, targets?: Target[]) {
  return buildFacts(targets ? { nondisclosure, targets } : { nondisclosure })
}
const many: Target[] = Array.from({ length: 51 }, (_, i) => ({
  identifier: `u${i}`,
  kind: 'account_id',
  speech_profile: 'other',
  pseudonymous: false,
}))

const CASES: RuleCase[] = [
  {
    name: 'secrecy requested without an order does not bind',
    rule: 'NOTICE.GAG.BINDING_SOURCE',
    facts: gag({ basis: 'request', expires_on: null }),
    expect: 'fail',
    mentions: ['2705(b)'],
  },
  {
    name: 'court order binds',
    rule: 'NOTICE.GAG.BINDING_SOURCE',
    facts: gag({ basis: 'court_order', expires_on: '2024-08-01', citation: '18 U.S.C. 2705(b)' }),
    expect: 'pass',
  },
  {
    name: 'NSL statute binds',
    rule: 'NOTICE.GAG.BINDING_SOURCE',
    facts: buildFacts({
      instrument_type: 'national_security_letter',
      nondisclosure: { basis: 'statute', expires_on: null },
    }),
    expect: 'pass',
    mentions: ['NSL'],
  },
  {
    name: 'other statute needs counsel',
    rule: 'NOTICE.GAG.BINDING_SOURCE',
    facts: gag({ basis: 'statute', expires_on: null, citation: 'state law' }),
    expect: 'needs_review',
  },
  {
    name: 'no secrecy clause, nothing to check',
    rule: 'NOTICE.GAG.BINDING_SOURCE',
    facts: buildFacts(),
    expect: 'not_applicable',
  },
  {
    name: 'indefinite court gag goes to the challenge queue',
    rule: 'NOTICE.GAG.CHALLENGE_CRITERIA',
    facts: gag({ basis: 'court_order', expires_on: null }),
    expect: 'fail',
    effect: 'challenge',
    mentions: ['no end date'],
  },
  {
    name: 'gag over a year goes to the challenge queue',
    rule: 'NOTICE.GAG.CHALLENGE_CRITERIA',
    facts: gag({ basis: 'court_order', expires_on: '2025-06-01' }),
    expect: 'fail',
    mentions: ['396 days'],
  },
  {
    name: '90-day gag is honoured',
    rule: 'NOTICE.GAG.CHALLENGE_CRITERIA',
    facts: gag({ basis: 'court_order', expires_on: '2024-07-30' }),
    expect: 'pass',
  },
  {
    name: 'a stricter operator threshold catches a 90-day gag',
    rule: 'NOTICE.GAG.CHALLENGE_CRITERIA',
    facts: gag({ basis: 'court_order', expires_on: '2024-07-30' }),
    policy: { ...DEFAULT_POLICY, gag_challenge_threshold_days: 60 },
    expect: 'fail',
  },
  {
    name: 'gag covering 51 accounts',
    rule: 'NOTICE.GAG.CHALLENGE_CRITERIA',
    facts: gag({ basis: 'court_order', expires_on: '2024-07-30' }, many),
    expect: 'fail',
    mentions: ['51 accounts'],
  },
  {
    name: 'gag that bars transparency counts',
    rule: 'NOTICE.GAG.CHALLENGE_CRITERIA',
    facts: {
      ...gag({ basis: 'court_order', expires_on: '2024-07-30' }),
      gag_bars_transparency_reporting: true,
    },
    expect: 'fail',
  },
  {
    name: 'gag silencing an anonymous political speaker',
    rule: 'NOTICE.GAG.CHALLENGE_CRITERIA',
    facts: gag({ basis: 'court_order', expires_on: '2024-07-30' }, [
      { identifier: '@critic', kind: 'handle', speech_profile: 'political', pseudonymous: true },
    ]),
    expect: 'fail',
    mentions: ['@critic'],
  },
  {
    name: 'NSL gags take the reciprocal-notice route instead',
    rule: 'NOTICE.GAG.CHALLENGE_CRITERIA',
    facts: buildFacts({
      instrument_type: 'national_security_letter',
      nondisclosure: { basis: 'statute', expires_on: null },
    }),
    expect: 'not_applicable',
  },
  {
    name: 'a request is not a gag to challenge',
    rule: 'NOTICE.GAG.CHALLENGE_CRITERIA',
    facts: gag({ basis: 'request', expires_on: null }),
    expect: 'not_applicable',
  },
  {
    name: 'notice scheduled for the gag end',
    rule: 'NOTICE.GAG.EXPIRY_TRACKED',
    facts: gag({ basis: 'court_order', expires_on: '2024-07-30' }),
    expect: 'pass',
    mentions: ['on 2024-07-30'],
  },
  {
    name: 'gag already over: notify now',
    rule: 'NOTICE.GAG.EXPIRY_TRACKED',
    facts: gag({ basis: 'court_order', expires_on: '2024-04-30' }),
    expect: 'pass',
    mentions: ['now'],
  },
  {
    name: 'NSL gag: invoke reciprocal notice',
    rule: 'NOTICE.NSL.RECIPROCAL_NOTICE',
    facts: buildFacts({
      instrument_type: 'national_security_letter',
      nondisclosure: { basis: 'statute', expires_on: null },
    }),
    expect: 'needs_review',
    mentions: ['reciprocal notice'],
  },
  {
    name: 'enterprise account: redirect',
    rule: 'NOTICE.ENTERPRISE.REDIRECT',
    facts: buildFacts({}, { account_type: 'enterprise' }),
    expect: 'needs_review',
    mentions: ['customer'],
  },
  {
    name: 'consumer account: no redirect',
    rule: 'NOTICE.ENTERPRISE.REDIRECT',
    facts: buildFacts({}, { account_type: 'consumer' }),
    expect: 'not_applicable',
  },
  {
    name: 'notice exception is recorded',
    rule: 'NOTICE.EXCEPTION.RECORDED',
    facts: buildFacts({}, { notice_exception: 'account_compromised' }),
    expect: 'needs_review',
    mentions: ['account compromised'],
  },
]

for (const c of CASES) {
  test(`NOTICE: ${c.name}`, () => assert.deepEqual(checkCase(c), []))
}
