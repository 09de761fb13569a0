import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { DemandFields } from '../demand/index.js'
import { DEFAULT_POLICY, EXAMPLES, evaluate, type Finding } from '../rules/index.js'
import { composeLetter, type LetterInput } from './compose-letter.js'
import { LETTER_KINDS, type LetterKind } from './letter.js'
import { letterToText } from './letter-text.js'
import { INTERNAL_RULES } from './phrases.js'

const flagship = EXAMPLES.flagship
// Counsel's conclusion on the purpose, as the flagship demo records it.
const facts = {
  ...flagship.facts,
  purpose_within_statute: false,
  evident_purpose: 'Identify the anonymous author of @ALT_USCIS',
}
const assessment = evaluate(facts, DEFAULT_POLICY, flagship.now)

function input(kind: LetterKind, overrides: Partial<LetterInput> = {}): LetterInput {
  return {
    kind,
    demand: {
      reference: 'CUS-00001',
      fields: facts,
      received_at: '2017-03-14T12:00:00-04:00',
      channel: 'fax',
    },
    assessment,
    organisation: 'Example Platform, Inc.',
    signer: { name: 'Jane Counsel', title: 'Deputy General Counsel' },
    date: '2017-03-20',
    ...overrides,
  }
}

const flat = (text: string) => text.replace(/\s+/g, ' ')
const failing = (findings: readonly Finding[]) =>
  findings.filter((f) => f.outcome === 'fail' && !INTERNAL_RULES.has(f.rule_id))

describe('composeLetter: the flagship objection', () => {
  const letter = composeLetter(input('objection'))
  const text = flat(letterToText(letter))

  it('answers each failing finding with its citation, every authority printed', () => {
    const fails = failing(assessment.findings)
    assert.ok(fails.length >= 5, `the flagship has several defects, got ${fails.length}`)
    for (const f of fails) {
      assert.ok(letter.finding_ids.includes(f.rule_id), `${f.rule_id} is answered`)
      for (const part of f.citation.split('; '))
        assert.ok(text.includes(part), `${f.rule_id}: "${part}" is cited`)
    }
    for (const id of [
      'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE',
      'US.SCA.SUBPOENA_REACHES_BSI_ONLY',
      'SPEECH.POLITICAL.NON_JUDICIAL_PROCESS',
      'ADM.SUMMONS.SECRECY_NOT_BINDING',
      'AUTH.DEADLINE.BEFORE_SERVICE',
    ]) {
      assert.ok(letter.finding_ids.includes(id), `${id} is in the letter`)
    }
    assert.ok(
      !letter.finding_ids.some((id) => !fails.some((f) => f.rule_id === id)),
      'nothing but failing findings',
    )
  })

  it('numbers its points in order, strongest first, one paragraph per point', () => {
    assert.deepEqual(
      letter.points.map((p) => p.number),
      letter.points.map((_, i) => i + 1),
    )
    for (const p of letter.points) assert.match(letterToText(letter), new RegExp(`^${p.number}\\. `, 'm'))
    assert.equal(letter.points[0]?.rule_ids[0], 'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE')
  })

  it('makes one point of two findings that say the same thing (secrecy), keeping both citations', () => {
    const secrecy = letter.points.find((p) => p.rule_ids.includes('ADM.SUMMONS.SECRECY_NOT_BINDING'))
    assert.deepEqual(secrecy?.rule_ids, ['ADM.SUMMONS.SECRECY_NOT_BINDING', 'NOTICE.GAG.BINDING_SOURCE'])
    assert.equal(letter.points.filter((p) => p.rule_ids.includes('NOTICE.GAG.BINDING_SOURCE')).length, 1)
  })

  it('says what we ask in the operator voice: withdraw, or obtain a court order', () => {
    assert.match(text, /We object to the demand for the reasons set out below/)
    assert.match(
      text,
      /We ask that you withdraw the demand\. If you maintain it, please obtain an order from a court of competent jurisdiction/,
    )
    assert.match(text, /does not bind us/)
    assert.doesNotMatch(text, /refer to counsel|Do not produce/, 'staff instructions never reach the issuer')
  })

  it('addresses the issuer, names both references and the instrument, and preserves all rights', () => {
    assert.deepEqual(letter.addressee, [
      'Office of Professional Responsibility',
      'U.S. Customs and Border Protection',
    ])
    assert.equal(
      letter.subject,
      'Re: Administrative summons dated March 14, 2017 (19 U.S.C. § 1509); your reference: DHS Form 3115; our reference: CUS-00001',
    )
    assert.equal(letter.date_text, 'March 20, 2017')
    assert.match(
      text,
      /which we received by fax on March 14, 2017\. It relies on 19 U\.S\.C\. § 1509 and seeks records concerning @ALT_USCIS\./,
    )
    assert.match(
      text,
      /Nothing in this letter waives any right, privilege or objection of Example Platform, Inc\. or of its users, all of which are expressly reserved/,
    )
    assert.deepEqual(letter.signature, {
      valediction: 'Sincerely,',
      lines: ['Jane Counsel', 'Deputy General Counsel', 'Example Platform, Inc.'],
    })
  })

  it('is deterministic', () => {
    assert.deepEqual(composeLetter(input('objection')), letter)
    assert.equal(letterToText(composeLetter(input('objection'))), letterToText(letter))
  })
})

describe('composeLetter: the other kinds', () => {
  it('a narrowing letter lists exactly the categories that may be produced, and those that will not', () => {
    const letter = composeLetter(input('narrowing'))
    assert.deepEqual(
      letter.categories?.producible.map((c) => c.category),
      ['subscriber_identity', 'contact', 'ip_logs'],
    )
    assert.deepEqual(
      letter.categories?.withheld.map((c) => c.category),
      ['other'],
    )
    const text = letterToText(letter)
    assert.match(
      text,
      /produce only the following categories of data.*:\n\n- Subscriber identity \(name, username, account login\)\n- Contact details/s,
    )
    assert.match(text, /We will not produce:\n\n- Other records/)
    assert.equal(letter.points[0]?.rule_ids[0], 'US.SCA.SUBPOENA_REACHES_BSI_ONLY', 'narrowing points lead')
  })

  it('a narrowing letter follows the engine when it recommends a narrowed production', () => {
    const recommendation = {
      action: 'comply_narrowed' as const,
      categories: ['subscriber_identity' as const],
      reasons: [],
      pending: [],
    }
    const letter = composeLetter(input('narrowing', { assessment: { findings: [], recommendation } }))
    assert.deepEqual(
      letter.categories?.producible.map((c) => c.category),
      ['subscriber_identity'],
    )
    assert.deepEqual(
      letter.categories?.withheld.map((c) => c.category),
      ['contact', 'ip_logs', 'other'],
    )
  })

  it('each kind takes its own stance and closing; only narrowing lists categories', () => {
    const texts = Object.fromEntries(
      LETTER_KINDS.map((k) => [k, flat(letterToText(composeLetter(input(k))))]),
    )
    assert.match(
      texts.clarification!,
      /Before we can respond, we need you to clarify or correct the points set out below/,
    )
    assert.match(texts.rejection!, /We decline to produce any records in response to the demand/)
    assert.match(texts.narrowing!, /Please confirm in writing that you accept the narrowed scope/)
    for (const kind of ['objection', 'clarification', 'rejection'] as const) {
      assert.equal(composeLetter(input(kind)).categories, null)
      assert.doesNotMatch(texts[kind]!, /following categories of data/)
    }
    assert.equal(
      composeLetter(input('clarification')).points[0]?.rule_ids[0],
      'US.PARTICULARITY.SPECIFIC_REQUEST',
      'what needs clarifying comes first',
    )
  })

  it('writes to the signatory by name, in the international style outside the United States', () => {
    const fields: DemandFields = {
      ...facts,
      reference: null,
      statutes_cited: [],
      issuing_authority: {
        name: 'Polizeipräsidium Berlin',
        kind: 'local_police',
        jurisdiction: 'DE',
        office: null,
        signatory: 'KHK Weber',
      },
    }
    const letter = composeLetter(
      input('clarification', {
        demand: { reference: 'CUS-00042', fields, received_at: '2024-05-02T09:00:00Z' },
        signer: null,
      }),
    )
    assert.deepEqual(letter.addressee, ['KHK Weber', 'Polizeipräsidium Berlin'])
    assert.equal(letter.salutation, 'Dear KHK Weber,')
    assert.equal(letter.date_text, '20 March 2017')
    assert.match(letter.subject, /your reference: none given; our reference: CUS-00042$/)
    assert.deepEqual(letter.signature, {
      valediction: 'Yours faithfully,',
      lines: ['[Name]', 'Legal Department', 'Example Platform, Inc.'],
    })
  })

  it('leaves a visible placeholder when no finding fails, never an empty list of grounds', () => {
    const recommendation = { action: 'comply' as const, reasons: [], pending: [] }
    const letter = composeLetter(input('objection', { assessment: { findings: [], recommendation } }))
    assert.deepEqual(letter.points, [])
    assert.match(letterToText(letter), /\[No rule found a defect in this demand\. State the grounds/)
  })

  it('keeps bookkeeping findings out of a letter to the issuer', () => {
    const internal: Finding = {
      rule_id: 'EDR.VERIFY.LOGGED',
      family: 'EDR',
      kind: 'policy',
      outcome: 'fail',
      severity: 'high',
      citation: 'x',
      explanation: 'The verification is not logged.',
      action: 'Log it.',
      effect: 'note',
    }
    const letter = composeLetter(
      input('objection', { assessment: { ...assessment, findings: [internal, ...assessment.findings] } }),
    )
    assert.ok(!letter.finding_ids.includes('EDR.VERIFY.LOGGED'))
    assert.doesNotMatch(letterToText(letter), /verification is not logged/)
  })
})
