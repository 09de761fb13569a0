import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { DataCategory } from '../../demand/index.js'
import { buildFacts } from '../examples.js'
import type { DemandExtras } from '../facts.js'
import { checkCase, type RuleCase } from '../rule-cases.js'

function foreign(categories: DataCategory[], extras: DemandExtras = {}) {
  return buildFacts(
    {
      instrument_type: 'foreign_order',
      issuing_authority: { name: 'Metropolitan Police', kind: 'foreign_authority', jurisdiction: 'GB' },
      statutes_cited: [],
      data_categories_requested: categories,
      date_range: { from: '2024-01-01', to: '2024-02-01' },
    },
    extras,
  )
}

const CASES: RuleCase[] = [
  {
    name: 'direct foreign request for content is declined',
    rule: 'XB.FOREIGN.CONTENT_VIA_MLAT',
    facts: foreign(['content'], { foreign_route: 'direct' }),
    expect: 'fail',
    effect: 'decline',
    excluded: ['content'],
    mentions: ['MLAT', 'Metropolitan Police (GB)'],
  },
  {
    name: 'route unknown counts as direct',
    rule: 'XB.FOREIGN.CONTENT_VIA_MLAT',
    facts: foreign(['content']),
    expect: 'fail',
  },
  {
    name: 'via MLAT passes',
    rule: 'XB.FOREIGN.CONTENT_VIA_MLAT',
    facts: foreign(['content'], { foreign_route: 'mlat' }),
    expect: 'pass',
  },
  {
    name: 'via a CLOUD Act agreement passes',
    rule: 'XB.FOREIGN.CONTENT_VIA_MLAT',
    facts: foreign(['content'], { foreign_route: 'cloud_act_agreement' }),
    expect: 'pass',
  },
  {
    name: 'foreign emergency requests follow the EDR rules',
    rule: 'XB.FOREIGN.CONTENT_VIA_MLAT',
    facts: { ...foreign(['content']), emergency: true },
    expect: 'not_applicable',
  },
  {
    name: 'DSA orders have their own rules',
    rule: 'XB.FOREIGN.CONTENT_VIA_MLAT',
    facts: { ...foreign(['content']), instrument_type: 'eu_dsa_order' },
    expect: 'not_applicable',
  },
  {
    name: 'direct foreign request for subscriber data: policy declines',
    rule: 'XB.FOREIGN.ROUTE_VIA_MLAT',
    facts: foreign(['subscriber_identity']),
    expect: 'fail',
    effect: 'decline',
  },
  {
    name: 'letters rogatory pass the policy',
    rule: 'XB.FOREIGN.ROUTE_VIA_MLAT',
    facts: foreign(['subscriber_identity'], { foreign_route: 'letters_rogatory' }),
    expect: 'pass',
  },
  {
    name: 'US process for a customer in a CLOUD Act country opens the 14-day window',
    rule: 'XB.CLOUD.QUASH_WINDOW_14_DAYS',
    facts: buildFacts(
      {},
      { target_country: 'GB', target_is_us_person: false, qualifying_foreign_government: true },
    ),
    expect: 'needs_review',
    severity: 'high',
    mentions: ['2024-05-16'],
  },
  {
    name: 'window already closed is said so',
    rule: 'XB.CLOUD.QUASH_WINDOW_14_DAYS',
    facts: buildFacts({}, { target_country: 'GB', qualifying_foreign_government: true }),
    now: '2024-06-01T00:00:00Z',
    expect: 'needs_review',
    mentions: ['ended on 2024-05-16'],
  },
  {
    name: 'no agreement: comity only',
    rule: 'XB.CLOUD.QUASH_WINDOW_14_DAYS',
    facts: buildFacts({}, { target_country: 'BR', qualifying_foreign_government: false }),
    expect: 'pass',
  },
  {
    name: 'agreement unknown needs review',
    rule: 'XB.CLOUD.QUASH_WINDOW_14_DAYS',
    facts: buildFacts({}, { target_country: 'BR' }),
    expect: 'needs_review',
    severity: 'medium',
  },
  {
    name: 'US customer: no window',
    rule: 'XB.CLOUD.QUASH_WINDOW_14_DAYS',
    facts: buildFacts({}, { target_country: 'US' }),
    expect: 'not_applicable',
  },
]

for (const c of CASES) {
  test(`XB: ${c.name}`, () => assert.deepEqual(checkCase(c), []))
}
