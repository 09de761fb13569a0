/** The engine, the recommendation fold, the notice decision and the operator policy. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { evaluate, fillTemplate } from './engine.js'
import { EXAMPLES, EXAMPLE_NAMES, buildFacts } from './examples.js'
import { decideNotice } from './notice.js'
import { DEFAULT_POLICY, parsePolicy } from './policy.js'
import { recommend } from './recommend.js'
import { CASE_NOW } from './rule-cases.js'
import { OUTCOME_RANK, SEVERITY_RANK, type Effect, type Finding } from './types.js'

function fail(rule_id: string, effect: Effect, excluded?: Finding['excluded_categories']): Finding {
  const f: Finding = {
    rule_id,
    family: 'US',
    kind: 'law',
    outcome: 'fail',
    severity: 'high',
    citation: 'x',
    explanation: 'x',
    action: 'x',
    effect,
  }
  if (excluded) f.excluded_categories = excluded
  return f
}

test('evaluate is deterministic', () => {
  for (const name of EXAMPLE_NAMES) {
    const ex = EXAMPLES[name]
    assert.deepEqual(
      evaluate(ex.facts, DEFAULT_POLICY, ex.now),
      evaluate(ex.facts, DEFAULT_POLICY, ex.now),
      name,
    )
  }
})

test('evaluate does not mutate its input', () => {
  const ex = EXAMPLES.flagship
  const before = JSON.stringify(ex.facts)
  evaluate(ex.facts, DEFAULT_POLICY, ex.now)
  assert.equal(JSON.stringify(ex.facts), before)
})

test('findings come failures first, then reviews, then passes, by severity', () => {
  const { findings } = evaluate(EXAMPLES.flagship.facts, DEFAULT_POLICY, EXAMPLES.flagship.now)
  for (let i = 1; i < findings.length; i++) {
    const a = findings[i - 1]
    const b = findings[i]
    assert.ok(a && b)
    const order =
      OUTCOME_RANK[a.outcome] - OUTCOME_RANK[b.outcome] ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]
    assert.ok(order <= 0, `${a.rule_id} before ${b.rule_id}`)
  }
})

test('a pass is never more than info, a fail always carries an effect', () => {
  for (const name of EXAMPLE_NAMES) {
    const ex = EXAMPLES[name]
    for (const f of evaluate(ex.facts, DEFAULT_POLICY, ex.now).findings) {
      if (f.outcome === 'pass') assert.equal(f.severity, 'info', f.rule_id)
      if (f.outcome === 'fail') assert.ok(f.effect, f.rule_id)
      else assert.equal(f.effect, undefined, f.rule_id)
    }
  }
})

test('an invalid now is a caller bug', () => {
  assert.throws(() => evaluate(buildFacts(), DEFAULT_POLICY, 'yesterday'), RangeError)
})

test('unknown extras never pass silently: hand-entered fields give reviews, not passes', () => {
  const ex = EXAMPLES.flagship
  const bare = { ...ex.facts, channel: undefined }
  const ids = (o: string) =>
    evaluate(bare, DEFAULT_POLICY, ex.now)
      .findings.filter((f) => f.outcome === o)
      .map((f) => f.rule_id)
  for (const id of [
    'AUTH.SENDER.DOMAIN_MATCHES_AUTHORITY',
    'AUTH.DOCUMENT.SIGNED',
    'AUTH.VERIFY.OUT_OF_BAND',
  ]) {
    assert.ok(ids('needs_review').includes(id), id)
  }
})

test('the operator can switch a policy rule off', () => {
  const ex = EXAMPLES.foreign_police_content
  const on = evaluate(ex.facts, DEFAULT_POLICY, ex.now).findings.map((f) => f.rule_id)
  assert.ok(on.includes('PROD.DELIVERY.VERIFIED_RECIPIENT'))
  const policy = { ...DEFAULT_POLICY, rules: { 'PROD.DELIVERY.VERIFIED_RECIPIENT': false } }
  const off = evaluate(ex.facts, policy, ex.now).findings.map((f) => f.rule_id)
  assert.ok(!off.includes('PROD.DELIVERY.VERIFIED_RECIPIENT'))
})

test('law rules run even if a (hand-built) policy says otherwise', () => {
  const ex = EXAMPLES.trial_subpoena_posts
  const policy = { ...DEFAULT_POLICY, rules: { 'US.SCA.CONTENT_NEEDS_WARRANT': false } }
  const ids = evaluate(ex.facts, policy, ex.now).findings.map((f) => f.rule_id)
  assert.ok(ids.includes('US.SCA.CONTENT_NEEDS_WARRANT'))
})

test('parsePolicy fills defaults and refuses law rules and unknown ids', () => {
  const empty = parsePolicy({})
  assert.ok(empty.ok)
  assert.deepEqual(empty.value, { ...DEFAULT_POLICY, rules: {} })
  const law = parsePolicy({ rules: { 'US.SCA.CONTENT_NEEDS_WARRANT': false } })
  assert.ok(!law.ok)
  assert.equal(law.error.code, 'VALIDATION_FAILED')
  assert.match(JSON.stringify(law.error.details), /cannot be switched off/)
  const unknown = parsePolicy({ rules: { 'NOPE.X.Y': true } })
  assert.ok(!unknown.ok)
  const ok = parsePolicy({ rules: { 'XB.FOREIGN.ROUTE_VIA_MLAT': false }, gag_challenge_threshold_days: 180 })
  assert.ok(ok.ok)
  assert.equal(ok.value.gag_challenge_threshold_days, 180)
  assert.ok(!parsePolicy({ gag_challenge_threshold_days: 0 }).ok)
})

test('fillTemplate fills known names and leaves unknown ones visible', () => {
  assert.equal(fillTemplate('a {x} b {y}', { x: 1 }), 'a 1 b {y}')
})

test('recommend: the strongest effect wins', () => {
  const facts = buildFacts({ data_categories_requested: ['subscriber_identity', 'ip_logs'] })
  assert.equal(recommend(facts, []).action, 'comply')
  assert.equal(recommend(facts, [fail('A', 'note')]).action, 'comply')
  assert.equal(recommend(facts, [fail('A', 'clarify'), fail('B', 'object')]).action, 'object')
  assert.equal(recommend(facts, [fail('A', 'object'), fail('B', 'decline')]).action, 'decline')
  assert.equal(recommend(facts, [fail('A', 'object'), fail('B', 'challenge')]).action, 'challenge_in_court')
  assert.equal(
    recommend(facts, [fail('A', 'narrow', ['ip_logs']), fail('B', 'clarify')]).action,
    'request_clarification',
  )
})

test('recommend: narrowing keeps what no failure excludes; nothing left means object', () => {
  const facts = buildFacts({ data_categories_requested: ['subscriber_identity', 'ip_logs'] })
  const narrowed = recommend(facts, [fail('A', 'narrow', ['ip_logs'])])
  assert.equal(narrowed.action, 'comply_narrowed')
  assert.deepEqual(narrowed.categories, ['subscriber_identity'])
  assert.deepEqual(narrowed.reasons, ['A'])
  const none = recommend(facts, [
    fail('A', 'narrow', ['ip_logs']),
    fail('B', 'narrow', ['subscriber_identity']),
  ])
  assert.equal(none.action, 'object')
})

test('recommend: objecting to judge-issued process means going to court', () => {
  const facts = buildFacts({ instrument_type: 'court_order_2703d' })
  assert.equal(recommend(facts, [fail('A', 'object')]).action, 'challenge_in_court')
})

test('recommend: reviews are pending, not reasons', () => {
  const facts = buildFacts()
  const review: Finding = { ...fail('R', 'object'), outcome: 'needs_review' }
  delete review.effect
  const rec = recommend(facts, [review])
  assert.equal(rec.action, 'comply')
  assert.deepEqual(rec.pending, ['R'])
  assert.deepEqual(rec.reasons, [])
})

test('notice: a court gag with an end delays notice to that date; once over, notify', () => {
  const facts = buildFacts({ nondisclosure: { basis: 'court_order', expires_on: '2024-08-01' } })
  assert.deepEqual(decideNotice(facts, DEFAULT_POLICY, CASE_NOW).decision === 'delay_until', true)
  assert.equal(decideNotice(facts, DEFAULT_POLICY, '2024-08-02T00:00:00Z').decision, 'notify_now')
})

test('notice: a secrecy request does not stop notice', () => {
  const facts = buildFacts({ nondisclosure: { basis: 'request', expires_on: null } })
  const n = decideNotice(facts, DEFAULT_POLICY, CASE_NOW)
  assert.equal(n.decision, 'notify_now')
  assert.match(n.explanation, /does not bind/)
})

test('notice: an unconfirmed statutory gag holds notice until counsel rules', () => {
  const facts = buildFacts({ nondisclosure: { basis: 'statute', expires_on: null, citation: 'state law' } })
  assert.equal(decideNotice(facts, DEFAULT_POLICY, CASE_NOW).decision, 'no_notice')
})

test('notice: emergencies defer notice, to a date when one is known', () => {
  const base = buildFacts({ instrument_type: 'emergency_disclosure_request', emergency: true })
  assert.equal(decideNotice(base, DEFAULT_POLICY, CASE_NOW).decision, 'no_notice')
  const dated = { ...base, emergency_facts: { ended_on: '2024-05-10' } }
  const n = decideNotice(dated, DEFAULT_POLICY, CASE_NOW)
  assert.deepEqual(n.decision === 'delay_until' ? [n.until, n.reason] : n.decision, [
    '2024-05-10',
    'emergency',
  ])
  const over = { ...base, emergency_facts: { ended_on: '2024-05-01' } }
  assert.equal(decideNotice(over, DEFAULT_POLICY, CASE_NOW).decision, 'notify_now')
})

test('notice: exceptions and operator policy', () => {
  const excepted = buildFacts({}, { notice_exception: 'child_sexual_exploitation' })
  const n = decideNotice(excepted, DEFAULT_POLICY, CASE_NOW)
  assert.equal(n.decision === 'no_notice' && n.reason, 'notice_exception')
  const quiet = decideNotice(buildFacts(), { ...DEFAULT_POLICY, notice_by_default: false }, CASE_NOW)
  assert.equal(quiet.decision === 'no_notice' && quiet.reason, 'operator_policy')
  assert.equal(decideNotice(buildFacts(), DEFAULT_POLICY, CASE_NOW).decision, 'notify_now')
})
