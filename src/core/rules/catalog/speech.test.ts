import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { SpeechProfile, Target } from '../../demand/index.js'
import { checklistFor } from '../checklist.js'
import { evaluate } from '../engine.js'
import { EXAMPLES, buildFacts } from '../examples.js'
import { DEFAULT_POLICY } from '../policy.js'
import { CASE_NOW, checkCase, type RuleCase } from '../rule-cases.js'

function anon(profile: SpeechProfile): Target {
  return { identifier: `@anon_${profile}`, kind: 'handle', speech_profile: profile, pseudonymous: true }
}
const named: Target = {
  identifier: '555',
  kind: 'account_id',
  speech_profile: 'political',
  pseudonymous: false,
}
const summonsAuthority = { name: 'Some Agency', kind: 'federal_agency', jurisdiction: 'US-federal' } as const

const CASES: RuleCase[] = [
  {
    name: 'unmasking a pseudonymous account needs review',
    rule: 'SPEECH.ANON.IDENTIFIES_SPEAKER',
    facts: buildFacts({ targets: [anon('religious')] }),
    expect: 'needs_review',
    mentions: ['@anon_religious', 'Branzburg'],
  },
  {
    name: 'speech unknown: classify first',
    rule: 'SPEECH.ANON.IDENTIFIES_SPEAKER',
    facts: buildFacts({ targets: [anon('unknown')] }),
    expect: 'needs_review',
    mentions: ['Classify'],
  },
  {
    name: 'named accounts are not unmasked',
    rule: 'SPEECH.ANON.IDENTIFIES_SPEAKER',
    facts: buildFacts({ targets: [named] }),
    expect: 'not_applicable',
  },
  {
    name: 'content alone does not identify',
    rule: 'SPEECH.ANON.IDENTIFIES_SPEAKER',
    facts: buildFacts({ targets: [anon('political')], data_categories_requested: ['content'] }),
    expect: 'not_applicable',
  },
  {
    name: 'summons unmasking a political speaker fails',
    rule: 'SPEECH.POLITICAL.NON_JUDICIAL_PROCESS',
    facts: buildFacts({
      instrument_type: 'administrative_summons',
      issuing_authority: summonsAuthority,
      targets: [anon('political')],
    }),
    expect: 'fail',
    effect: 'object',
    severity: 'critical',
    mentions: ['court order'],
  },
  {
    name: 'civil subpoena with unclassified speech needs review',
    rule: 'SPEECH.POLITICAL.NON_JUDICIAL_PROCESS',
    facts: buildFacts({ instrument_type: 'civil_subpoena', targets: [anon('unknown')] }),
    expect: 'needs_review',
  },
  {
    name: 'commercial speech passes this rule',
    rule: 'SPEECH.POLITICAL.NON_JUDICIAL_PROCESS',
    facts: buildFacts({ instrument_type: 'civil_subpoena', targets: [anon('commercial')] }),
    expect: 'pass',
  },
  {
    name: 'a warrant is judicial',
    rule: 'SPEECH.POLITICAL.NON_JUDICIAL_PROCESS',
    facts: buildFacts({ instrument_type: 'search_warrant', targets: [anon('political')] }),
    expect: 'not_applicable',
  },
  {
    name: 'civil unmasking gets the checklist',
    rule: 'SPEECH.CIVIL.UNMASKING_CHECKLIST',
    facts: buildFacts({ instrument_type: 'civil_subpoena', targets: [anon('political')] }),
    expect: 'needs_review',
    mentions: ['Dendrite', 'Cahill'],
  },
  {
    name: 'grand jury with signs of retaliation: challenge',
    rule: 'SPEECH.GRAND_JURY.GOOD_FAITH',
    facts: buildFacts({ targets: [anon('political')] }, { harassment_signs: true }),
    expect: 'fail',
    effect: 'challenge',
    mentions: ['17(c)'],
  },
  {
    name: 'grand jury in good faith passes',
    rule: 'SPEECH.GRAND_JURY.GOOD_FAITH',
    facts: buildFacts({ targets: [anon('political')] }, { harassment_signs: false }),
    expect: 'pass',
  },
  {
    name: 'grand jury, good faith unknown',
    rule: 'SPEECH.GRAND_JURY.GOOD_FAITH',
    facts: buildFacts({ targets: [anon('political')] }),
    expect: 'needs_review',
  },
  {
    name: 'grand jury, no speech at stake',
    rule: 'SPEECH.GRAND_JURY.GOOD_FAITH',
    facts: buildFacts(),
    expect: 'not_applicable',
  },
  {
    name: 'journalist target is held',
    rule: 'SPEECH.PRESS.HOLD',
    facts: buildFacts({
      targets: [
        { identifier: '@reporter', kind: 'handle', speech_profile: 'journalism', pseudonymous: false },
      ],
    }),
    expect: 'needs_review',
    mentions: ['@reporter', 'shield'],
  },
  {
    name: 'out-of-state request without affirmation (rule enabled)',
    rule: 'SPEECH.REPRO_HEALTH.AFFIRMATION',
    facts: buildFacts({
      issuing_authority: { name: 'County Sheriff', kind: 'local_police', jurisdiction: 'US-TX' },
    }),
    expect: 'needs_review',
    mentions: ['US-TX'],
  },
  {
    name: 'refused affirmation declines',
    rule: 'SPEECH.REPRO_HEALTH.AFFIRMATION',
    facts: buildFacts(
      { issuing_authority: { name: 'County Sheriff', kind: 'local_police', jurisdiction: 'US-TX' } },
      { reproductive_health_affirmation: false },
    ),
    expect: 'fail',
    effect: 'decline',
  },
  {
    name: 'in-state request needs no affirmation',
    rule: 'SPEECH.REPRO_HEALTH.AFFIRMATION',
    facts: buildFacts({ issuing_authority: { name: 'LAPD', kind: 'local_police', jurisdiction: 'US-CA' } }),
    expect: 'not_applicable',
  },
]

for (const c of CASES) {
  test(`SPEECH: ${c.name}`, () => assert.deepEqual(checkCase(c), []))
}

test('SPEECH: the reproductive-health rule is off unless the operator turns it on', () => {
  const facts = buildFacts({
    issuing_authority: { name: 'County Sheriff', kind: 'local_police', jurisdiction: 'US-TX' },
  })
  const off = evaluate(facts, DEFAULT_POLICY, CASE_NOW).findings.map((f) => f.rule_id)
  assert.ok(!off.includes('SPEECH.REPRO_HEALTH.AFFIRMATION'))
  const policy = { ...DEFAULT_POLICY, rules: { 'SPEECH.REPRO_HEALTH.AFFIRMATION': true } }
  const on = evaluate(facts, policy, CASE_NOW).findings.map((f) => f.rule_id)
  assert.ok(on.includes('SPEECH.REPRO_HEALTH.AFFIRMATION'))
})

const CHECKLISTS: Array<{
  name: string
  facts: ReturnType<typeof buildFacts>
  first: string | null
  also?: string
}> = [
  { name: 'no anonymous target: no checklist', facts: buildFacts(), first: null },
  {
    name: 'flagship summons: Twitter test, then Bursey',
    facts: EXAMPLES.flagship.facts,
    first: 'twitter_2017',
    also: 'bursey',
  },
  {
    name: 'grand jury: Branzburg good-faith screen',
    facts: buildFacts({ targets: [anon('political')] }),
    first: 'branzburg_good_faith',
  },
  {
    name: 'grand jury with signs of bad faith adds Bursey',
    facts: buildFacts({ targets: [anon('political')] }, { harassment_signs: true }),
    first: 'branzburg_good_faith',
    also: 'bursey',
  },
  {
    name: 'civil, non-party witness: 2TheMart',
    facts: buildFacts(
      { instrument_type: 'civil_subpoena', targets: [anon('other')] },
      { target_is_party: false },
    ),
    first: 'two_the_mart',
  },
  {
    name: 'civil, political defendant: Dendrite then Cahill',
    facts: buildFacts({ instrument_type: 'civil_subpoena', targets: [anon('political')] }),
    first: 'dendrite',
    also: 'cahill',
  },
  {
    name: 'civil, commercial speech: classify first',
    facts: buildFacts({ instrument_type: 'civil_subpoena', targets: [anon('commercial')] }),
    first: 'anonymous_online_speakers',
    also: 'highfields',
  },
]

for (const c of CHECKLISTS) {
  test(`SPEECH checklist: ${c.name}`, () => {
    const list = checklistFor(c.facts)
    if (c.first === null) return assert.equal(list, null)
    assert.ok(list)
    assert.equal(list.tests[0]?.test, c.first)
    if (c.also) assert.ok(list.tests.some((t) => t.test === c.also))
    for (const t of list.tests) {
      assert.ok(t.citation.length > 0 && t.items.length > 0, `${t.test} has a citation and items`)
    }
  })
}
