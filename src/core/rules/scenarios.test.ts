/**
 * End-to-end scenarios: whole demands through the engine. The flagship case is the yardstick:
 * all six problems of the @ALT_uscis summons must be found.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { evaluate, type Evaluation } from './engine.js'
import { EXAMPLES, type ExampleName } from './examples.js'
import { DEFAULT_POLICY } from './policy.js'
import type { Finding, FindingOutcome, RuleFamily } from './types.js'

function run(name: ExampleName): Evaluation {
  const ex = EXAMPLES[name]
  return evaluate(ex.facts, DEFAULT_POLICY, ex.now)
}

function finding(ev: Evaluation, id: string): Finding {
  const f = ev.findings.find((x) => x.rule_id === id)
  assert.ok(f, `expected a finding from ${id}; got ${ev.findings.map((x) => x.rule_id).join(', ')}`)
  return f
}

function expectOutcome(ev: Evaluation, id: string, outcome: FindingOutcome, family?: RuleFamily): Finding {
  const f = finding(ev, id)
  assert.equal(f.outcome, outcome, `${id}: ${f.explanation}`)
  if (family) assert.equal(f.family, family)
  return f
}

test('flagship: authority/purpose mismatch (ADM)', () => {
  const f = expectOutcome(run('flagship'), 'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE', 'fail', 'ADM')
  assert.match(f.explanation, /1509/)
  assert.equal(f.kind, 'law')
})

test('flagship: the process exceeds the data it may reach (US)', () => {
  const f = expectOutcome(run('flagship'), 'US.SCA.SUBPOENA_REACHES_BSI_ONLY', 'fail', 'US')
  assert.match(f.explanation, /all records regarding/)
  assert.match(f.citation, /2703\(c\)\(2\)/)
})

test('flagship: anonymous political speech (SPEECH)', () => {
  const ev = run('flagship')
  expectOutcome(ev, 'SPEECH.POLITICAL.NON_JUDICIAL_PROCESS', 'fail', 'SPEECH')
  expectOutcome(ev, 'SPEECH.ANON.IDENTIFIES_SPEAKER', 'needs_review', 'SPEECH')
})

test('flagship: the gag has no authority (ADM and NOTICE)', () => {
  const ev = run('flagship')
  expectOutcome(ev, 'ADM.SUMMONS.SECRECY_NOT_BINDING', 'fail', 'ADM')
  expectOutcome(ev, 'NOTICE.GAG.BINDING_SOURCE', 'fail', 'NOTICE')
})

test('flagship: impossible deadline (AUTH)', () => {
  const f = expectOutcome(run('flagship'), 'AUTH.DEADLINE.BEFORE_SERVICE', 'fail', 'AUTH')
  assert.match(f.explanation, /2017-03-13/)
})

test('flagship: not self-executing (ADM)', () => {
  const f = expectOutcome(run('flagship'), 'ADM.SUMMONS.NOT_SELF_EXECUTING', 'needs_review', 'ADM')
  assert.match(f.explanation, /163\.9/)
})

test('flagship: object or challenge, and notify the user now', () => {
  const ev = run('flagship')
  assert.ok(['object', 'challenge_in_court'].includes(ev.recommendation.action), ev.recommendation.action)
  assert.ok(ev.recommendation.reasons.includes('ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE'))
  assert.ok(ev.recommendation.reasons.includes('SPEECH.POLITICAL.NON_JUDICIAL_PROCESS'))
  assert.equal(ev.notice.decision, 'notify_now')
})

test('flagship: the same demand with a real court gag would not notify', () => {
  const ex = EXAMPLES.flagship
  const gagged = { ...ex.facts, nondisclosure: { basis: 'court_order' as const, expires_on: '2017-06-14' } }
  const ev = evaluate(gagged, DEFAULT_POLICY, ex.now)
  assert.deepEqual(ev.notice.decision === 'delay_until' && ev.notice.until, '2017-06-14')
})

test('valid warrant for content: SCA checks pass, comply, notify', () => {
  const ev = run('warrant_content')
  expectOutcome(ev, 'US.SCA.CONTENT_NEEDS_WARRANT', 'pass')
  expectOutcome(ev, 'US.SCA.JUDICIAL_ISSUER', 'pass')
  assert.deepEqual(
    ev.findings.filter((f) => f.outcome !== 'pass').map((f) => f.rule_id),
    [],
  )
  assert.equal(ev.recommendation.action, 'comply')
  assert.equal(ev.notice.decision, 'notify_now')
})

test('NSL for access logs: narrowed to what an NSL reaches, statutory gag respected', () => {
  const ev = run('nsl_access_logs')
  const f = expectOutcome(ev, 'US.NSL.LIMITED_ITEMS', 'fail', 'US')
  assert.deepEqual(f.excluded_categories, ['ip_logs'])
  assert.equal(ev.recommendation.action, 'comply_narrowed')
  assert.deepEqual(ev.recommendation.categories, ['subscriber_identity'])
  assert.ok(['no_notice', 'delay_until'].includes(ev.notice.decision))
  expectOutcome(ev, 'NOTICE.GAG.BINDING_SOURCE', 'pass')
})

test('trial subpoena for posts: content needs a warrant', () => {
  const ev = run('trial_subpoena_posts')
  const f = expectOutcome(ev, 'US.SCA.CONTENT_NEEDS_WARRANT', 'fail', 'US')
  assert.match(f.action, /search warrant/)
  assert.equal(ev.recommendation.action, 'object')
  assert.equal(ev.recommendation.categories, undefined)
})

test('emergency request missing required facts: request clarification', () => {
  const ev = run('edr_missing_facts')
  const f = expectOutcome(ev, 'EDR.REQUEST.REQUIRED_FACTS', 'fail', 'EDR')
  assert.match(f.explanation, /nature of the emergency/)
  assert.equal(ev.recommendation.action, 'request_clarification')
  assert.notEqual(ev.notice.decision, 'notify_now')
})

test('DSA Art. 10 order without a statement of reasons', () => {
  const ev = run('dsa_art10_no_reasons')
  const f = expectOutcome(ev, 'DSA.ART10.ORDER_ELEMENTS', 'fail', 'DSA')
  assert.match(f.explanation, /statement of reasons/)
  assert.equal(ev.recommendation.action, 'request_clarification')
  assert.ok(
    !ev.findings.some((x) => x.family === 'US' || x.family === 'XB'),
    'no SCA or MLAT rules on a DSA order',
  )
})

test('foreign police request for content: MLAT route', () => {
  const ev = run('foreign_police_content')
  const f = expectOutcome(ev, 'XB.FOREIGN.CONTENT_VIA_MLAT', 'fail', 'XB')
  assert.match(f.action, /MLAT/)
  assert.equal(ev.recommendation.action, 'decline')
})

test('grand jury subpoena with an unlimited court gag: challenge queue', () => {
  const ev = run('grand_jury_indefinite_gag')
  const f = expectOutcome(ev, 'NOTICE.GAG.CHALLENGE_CRITERIA', 'fail', 'NOTICE')
  assert.equal(f.effect, 'challenge')
  assert.equal(ev.recommendation.action, 'challenge_in_court')
  assert.equal(ev.notice.decision, 'no_notice')
  assert.equal('reason' in ev.notice ? ev.notice.reason : null, 'binding_nondisclosure')
})

test('grand jury gag with a 90-day end: comply and notify when it ends', () => {
  const ex = EXAMPLES.grand_jury_indefinite_gag
  const facts = {
    ...ex.facts,
    nondisclosure: {
      basis: 'court_order' as const,
      expires_on: '2024-07-30',
      citation: '18 U.S.C. § 2705(b)',
    },
  }
  const ev = evaluate(facts, DEFAULT_POLICY, ex.now)
  assert.equal(ev.recommendation.action, 'comply')
  assert.deepEqual(ev.notice.decision === 'delay_until' ? ev.notice.until : ev.notice.decision, '2024-07-30')
})

test('preservation: preserve, disclose nothing, no notice', () => {
  const ev = run('preservation')
  expectOutcome(ev, 'PRES.SCA.PRESERVE_ONLY', 'pass')
  assert.equal(ev.recommendation.action, 'comply')
  assert.equal(ev.notice.decision, 'no_notice')
})

test('civil unmasking: content excluded, unmasking pending counsel', () => {
  const ev = run('civil_unmasking')
  expectOutcome(ev, 'US.SCA.CIVIL_NO_CONTENT', 'fail')
  assert.equal(ev.recommendation.action, 'comply_narrowed')
  assert.ok(!ev.recommendation.categories?.includes('content'))
  assert.ok(ev.recommendation.pending.includes('SPEECH.CIVIL.UNMASKING_CHECKLIST'))
})

test('e-Evidence order before the Regulation applies: decline, authority informs the user', () => {
  const ev = run('epoc_before_applicable')
  expectOutcome(ev, 'EE.APPLICABILITY.DATE', 'fail', 'EE')
  assert.equal(ev.recommendation.action, 'decline')
  assert.deepEqual(ev.notice.decision === 'no_notice' && ev.notice.reason, 'issuing_authority_informs')
})
