import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildFacts } from '../examples.js'
import type { DsaOrderFacts } from '../facts.js'
import { checkCase, type RuleCase } from '../rule-cases.js'

const art10: DsaOrderFacts = {
  article: 10,
  legal_basis: true,
  issuing_authority_identified: true,
  recipients_identified: true,
  statement_of_reasons: true,
  redress_information: true,
  language_accepted: true,
  via_point_of_contact: true,
  data_already_held: true,
}
const art9: DsaOrderFacts = {
  article: 9,
  legal_basis: true,
  issuing_authority_identified: true,
  content_located: true,
  statement_of_reasons: true,
  redress_information: true,
  language_accepted: true,
  via_point_of_contact: true,
  territorial_scope_limited: true,
}

function order(dsa_order: DsaOrderFacts | null) {
  return buildFacts(
    {
      instrument_type: 'eu_dsa_order',
      issuing_authority: { name: 'Coimisiún na Meán', kind: 'eu_authority', jurisdiction: 'IE' },
      statutes_cited: ['Regulation (EU) 2022/2065'],
    },
    { dsa_order },
  )
}

const CASES: RuleCase[] = [
  { name: 'article recorded', rule: 'DSA.ORDER.ARTICLE_IDENTIFIED', facts: order(art10), expect: 'pass' },
  {
    name: 'article unknown',
    rule: 'DSA.ORDER.ARTICLE_IDENTIFIED',
    facts: order(null),
    expect: 'needs_review',
  },
  { name: 'complete Art. 10 order', rule: 'DSA.ART10.ORDER_ELEMENTS', facts: order(art10), expect: 'pass' },
  {
    name: 'Art. 10 order without reasons',
    rule: 'DSA.ART10.ORDER_ELEMENTS',
    facts: order({ ...art10, statement_of_reasons: false }),
    expect: 'fail',
    effect: 'clarify',
    mentions: ['statement of reasons'],
  },
  {
    name: 'reasons may be withheld for a criminal investigation',
    rule: 'DSA.ART10.ORDER_ELEMENTS',
    facts: order({
      ...art10,
      statement_of_reasons: false,
      reasons_withheld_for_criminal_investigation: true,
    }),
    expect: 'pass',
  },
  {
    name: 'Art. 10 order with unchecked elements',
    rule: 'DSA.ART10.ORDER_ELEMENTS',
    facts: order({ article: 10, legal_basis: true }),
    expect: 'needs_review',
    mentions: ['redress'],
  },
  {
    name: 'Art. 10 elements do not apply to Art. 9',
    rule: 'DSA.ART10.ORDER_ELEMENTS',
    facts: order(art9),
    expect: 'not_applicable',
  },
  {
    name: 'data not held: narrow',
    rule: 'DSA.ART10.DATA_ALREADY_HELD',
    facts: order({ ...art10, data_already_held: false }),
    expect: 'fail',
    effect: 'narrow',
  },
  {
    name: 'wrong language, no translation',
    rule: 'DSA.ORDER.LANGUAGE_AND_CONTACT',
    facts: order({ ...art10, language_accepted: false }),
    expect: 'fail',
  },
  {
    name: 'translation attached cures the language',
    rule: 'DSA.ORDER.LANGUAGE_AND_CONTACT',
    facts: order({ ...art10, language_accepted: false, translation_attached: true }),
    expect: 'pass',
  },
  {
    name: 'acknowledge receipt and effect',
    rule: 'DSA.ORDER.ACKNOWLEDGE_EFFECT',
    facts: order(art9),
    expect: 'pass',
    mentions: ['without undue delay'],
  },
  { name: 'complete Art. 9 order', rule: 'DSA.ART9.ORDER_ELEMENTS', facts: order(art9), expect: 'pass' },
  {
    name: 'Art. 9 order without URLs',
    rule: 'DSA.ART9.ORDER_ELEMENTS',
    facts: order({ ...art9, content_located: false }),
    expect: 'fail',
    mentions: ['URLs'],
  },
  {
    name: 'worldwide removal is narrowed',
    rule: 'DSA.ART9.TERRITORIAL_SCOPE',
    facts: order({ ...art9, territorial_scope_limited: false }),
    expect: 'fail',
    effect: 'narrow',
  },
  {
    name: 'a US subpoena is not a DSA order',
    rule: 'DSA.ORDER.ARTICLE_IDENTIFIED',
    facts: buildFacts(),
    expect: 'not_applicable',
  },
]

for (const c of CASES) {
  test(`DSA: ${c.name}`, () => assert.deepEqual(checkCase(c), []))
}
