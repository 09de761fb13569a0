/** Building rule facts from fields, validating extras, and reading citations. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { DemandFields } from '../demand/index.js'
import { demandFieldsSchema } from '../demand/schema.js'
import { citesUsc, parseCitation } from './citations.js'
import { EXAMPLES, EXAMPLE_NAMES } from './examples.js'
import { demandExtrasSchema, demandFactsSchema } from './facts-schema.js'
import { factsFromFields, governmentDomainSignal } from './facts.js'

const fields: DemandFields = demandFieldsSchema.parse({
  instrument_type: 'administrative_subpoena',
  issuing_authority: { name: 'DEA', kind: 'federal_agency' },
  summary: 'Provide any and all information pertaining to the account @x',
})

test('factsFromFields keeps the fields and leaves extras unknown', () => {
  const facts = factsFromFields(fields)
  assert.equal(facts.instrument_type, 'administrative_subpoena')
  assert.equal(facts.verification, undefined)
  assert.equal(facts.document_signed, undefined)
})

test('factsFromFields notices "all ... pertaining to" phrasing', () => {
  assert.equal(factsFromFields(fields).all_records_phrasing, true)
  assert.equal(
    factsFromFields({ ...fields, summary: 'Subscriber name for @x' }).all_records_phrasing,
    undefined,
  )
  assert.equal(factsFromFields(fields, { all_records_phrasing: false }).all_records_phrasing, false)
})

test('factsFromFields reduces a sender address to its domain and reads what the domain tells', () => {
  assert.equal(
    factsFromFields(fields, { sender_email_domain: 'Agent@DEA.GOV' }).sender_domain_is_government,
    true,
  )
  assert.equal(
    factsFromFields(fields, { sender_email_domain: 'cop@gmail.com' }).sender_domain_is_government,
    false,
  )
  const unknown = factsFromFields(fields, { sender_email_domain: 'x@police.example' })
  assert.equal(unknown.sender_email_domain, 'police.example')
  assert.equal(unknown.sender_domain_is_government, undefined)
  assert.equal(
    factsFromFields(fields, { sender_email_domain: 'x@gmail.com', sender_domain_is_government: true })
      .sender_domain_is_government,
    true,
  )
})

test('governmentDomainSignal', () => {
  assert.equal(governmentDomainSignal('cbp.dhs.gov'), true)
  assert.equal(governmentDomainSignal('army.mil'), true)
  assert.equal(governmentDomainSignal('met.police.uk'), true)
  assert.equal(governmentDomainSignal('interieur.gouv.fr'), true)
  assert.equal(governmentDomainSignal('outlook.com'), false)
  assert.equal(governmentDomainSignal('example.com'), null)
})

test('every example validates against the facts schema', () => {
  for (const name of EXAMPLE_NAMES) {
    const result = demandFactsSchema.safeParse(EXAMPLES[name].facts)
    assert.ok(result.success, `${name}: ${JSON.stringify(result.error?.issues)}`)
  }
})

test('the extras schema rejects nonsense', () => {
  assert.ok(!demandExtrasSchema.safeParse({ verification: { status: 'maybe' } }).success)
  assert.ok(!demandExtrasSchema.safeParse({ dsa_order: { article: 11 } }).success)
  assert.ok(demandExtrasSchema.safeParse({}).success)
})

test('citations are read however they are written', () => {
  for (const raw of [
    '19 U.S.C. § 1509',
    '19 USC 1509',
    '19 u.s.c. sec. 1509(a)',
    'Title 19, 19 U.S.C. Section 1509',
  ]) {
    assert.ok(citesUsc(parseCitation(raw), '19', '1509'), raw)
  }
  assert.ok(citesUsc(parseCitation('18 U.S.C. § 2703 (d)'), '18', '2703', '(d)'))
  assert.ok(!citesUsc(parseCitation('18 U.S.C. § 2703(c)(2)'), '18', '2703', '(d)'))
  assert.ok(citesUsc(parseCitation('18 U.S.C. 2702(b)(8)'), '18', '2702', '(b)(8)'))
  assert.deepEqual(
    parseCitation('Fed. R. Crim. P. 17(c)').map((c) => c.kind),
    ['frcrp'],
  )
  assert.deepEqual(
    parseCitation('FRCP 45').map((c) => c.kind),
    ['frcp'],
  )
  assert.deepEqual(
    parseCitation('Regulation (EU) 2022/2065, Art. 10').map((c) => c.kind),
    ['eu'],
  )
  assert.deepEqual(parseCitation('Cal. Penal Code § 1326'), [])
})
