import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildFacts } from '../examples.js'
import type { EmergencyFacts, Verification } from '../facts.js'
import { checkCase, type RuleCase } from '../rule-cases.js'

const complete: EmergencyFacts = {
  person_at_risk: 'A hostage held at an unknown address',
  nature_of_emergency: 'Kidnapping with threats to kill',
  why_without_delay: 'The login IP is the only lead to the location; a warrant would take days',
  danger_of_death_or_serious_injury: true,
  certified_in_writing: true,
  scope_limited_to_emergency: true,
}

function edr(emergency_facts: EmergencyFacts | null | undefined, verification?: Verification) {
  return buildFacts(
    {
      instrument_type: 'emergency_disclosure_request',
      issuing_authority: { name: 'State Police', kind: 'state_agency', jurisdiction: 'US-OH' },
      statutes_cited: ['18 U.S.C. § 2702(c)(4)'],
      data_categories_requested: ['ip_logs'],
      emergency: true,
    },
    verification ? { emergency_facts, verification } : { emergency_facts },
  )
}

const CASES: RuleCase[] = [
  { name: 'complete EDR passes', rule: 'EDR.REQUEST.REQUIRED_FACTS', facts: edr(complete), expect: 'pass' },
  {
    name: 'missing nature and certification fails',
    rule: 'EDR.REQUEST.REQUIRED_FACTS',
    facts: edr({ ...complete, nature_of_emergency: '', certified_in_writing: false }),
    expect: 'fail',
    effect: 'clarify',
    mentions: ['nature of the emergency', 'written certification'],
  },
  {
    name: 'unsigned EDR fails',
    rule: 'EDR.REQUEST.REQUIRED_FACTS',
    facts: { ...edr(complete), document_signed: false },
    expect: 'fail',
    mentions: ['signature'],
  },
  {
    name: 'facts not recorded need review',
    rule: 'EDR.REQUEST.REQUIRED_FACTS',
    facts: edr(undefined),
    expect: 'needs_review',
  },
  {
    name: 'partly read EDR needs review',
    rule: 'EDR.REQUEST.REQUIRED_FACTS',
    facts: edr({ person_at_risk: 'A child', nature_of_emergency: 'Threat of self-harm' }),
    expect: 'needs_review',
    mentions: ['without delay'],
  },
  {
    name: 'not an emergency: EDR rules silent',
    rule: 'EDR.REQUEST.REQUIRED_FACTS',
    facts: buildFacts(),
    expect: 'not_applicable',
  },
  {
    name: 'danger stated and explained passes',
    rule: 'EDR.STANDARD.DANGER_WITHOUT_DELAY',
    facts: edr(complete),
    expect: 'pass',
    mentions: ['voluntary'],
  },
  {
    name: 'no danger to life or limb: decline',
    rule: 'EDR.STANDARD.DANGER_WITHOUT_DELAY',
    facts: edr({ ...complete, danger_of_death_or_serious_injury: false }),
    expect: 'fail',
    effect: 'decline',
  },
  {
    name: 'danger not yet established',
    rule: 'EDR.STANDARD.DANGER_WITHOUT_DELAY',
    facts: edr({ ...complete, why_without_delay: null }),
    expect: 'needs_review',
  },
  {
    name: 'scope limited passes',
    rule: 'EDR.SCOPE.RELATED_TO_EMERGENCY',
    facts: edr(complete),
    expect: 'pass',
  },
  {
    name: 'scope beyond the emergency fails',
    rule: 'EDR.SCOPE.RELATED_TO_EMERGENCY',
    facts: edr({ ...complete, scope_limited_to_emergency: false }),
    expect: 'fail',
  },
  {
    name: 'verification fully logged passes',
    rule: 'EDR.VERIFY.LOGGED',
    facts: edr(complete),
    expect: 'pass',
  },
  {
    name: 'verification without who and when',
    rule: 'EDR.VERIFY.LOGGED',
    facts: edr(complete, { status: 'verified', method: 'callback' }),
    expect: 'needs_review',
    mentions: ['who, when'],
  },
  {
    name: 'unverified EDR is handled by AUTH',
    rule: 'EDR.VERIFY.LOGGED',
    facts: edr(complete, { status: 'not_attempted' }),
    expect: 'not_applicable',
  },
  {
    name: 'notice after the emergency, date known',
    rule: 'EDR.NOTICE.AFTER_EMERGENCY',
    facts: edr({ ...complete, ended_on: '2024-05-10' }),
    expect: 'pass',
    mentions: ['2024-05-10'],
  },
]

for (const c of CASES) {
  test(`EDR: ${c.name}`, () => assert.deepEqual(checkCase(c), []))
}
