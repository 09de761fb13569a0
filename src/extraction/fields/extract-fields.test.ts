import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { CORPUS_FIELDS } from '../corpus-json.js'
import { extractFields } from './extract-fields.js'
import { normalizeOcr } from './ocr-shadow.js'
import { uni } from './uni.js'

const SUMMONS = `DEPARTMENT OF HOMELAND SECURITY
U.S. Customs and Border Protection
Office of Professional Responsibility

SUMMONS

This summons is issued under 19 U.S.C. § 1509. Records: All records regarding the Twitter account
@ALT_USCIS to include, user names, account login, phone numbers, mailing addresses, and I.P. addresses.
Date and time of appearance: March 13, 2017 at 11:45 a.m.
It is requested that you do not disclose the existence of this summons for an indefinite period of time.
Issued on: March 14, 2017`

describe('extractFields', () => {
  it('reads every field of the flagship summons, with evidence that points into the text', () => {
    const r = extractFields(SUMMONS)
    assert.equal(r.instrument_type.value, 'administrative_summons')
    assert.equal(r.issuing_authority.value, 'U.S. Customs and Border Protection, Office of Professional Responsibility')
    assert.equal(r.jurisdiction.value, 'US-federal')
    assert.deepEqual(r.statutes_cited.value, ['19 U.S.C. 1509'])
    assert.deepEqual(r.target_identifiers.value, ['@ALT_USCIS'])
    assert.deepEqual(r.data_categories_requested.value, ['subscriber_identity', 'contact', 'ip_logs'])
    assert.equal(r.date_issued.value, '2017-03-14')
    assert.equal(r.response_deadline.value, '2017-03-13T11:45')
    assert.equal(r.nondisclosure.value, true)
    assert.equal(r.nondisclosure_basis.value, 'request')
    assert.equal(r.emergency.value, false)
    for (const field of Object.values(r)) {
      for (const e of field.evidence) assert.equal(SUMMONS.slice(e.start, e.end), e.text)
      assert.ok(field.confidence >= 0 && field.confidence <= 1)
    }
  })

  it('reports a relative deadline apart, computed from the issue date', () => {
    const r = extractFields('ORDER\nIT IS ORDERED that the provider shall, within ten days of the date of this Order, disclose the records.\n\nDate: April 3, 2018')
    assert.equal(r.response_deadline.value, null)
    assert.equal(r.response_deadline_relative.value?.due_on, '2018-04-13')
  })

  it('never throws and always returns every field, whatever the text', () => {
    for (const text of ['', '\u0000\uFFFF', '['.repeat(10_000), '@'.repeat(5000), '1/1/1 '.repeat(2000), '𝕏'.repeat(100)]) {
      const r = extractFields(text)
      for (const f of CORPUS_FIELDS) assert.ok(f in r)
    }
  })

  it('reads OCR-damaged words through a same-length corrected copy, but identifiers as written', () => {
    assert.equal(normalizeOcr('UNlTED STATES DlSTRICT C0URT, Distr1ct, emai1, JUL-O9-2018'), 'UNITED STATES DISTRICT COURT, District, email, JUL-09-2018')
    const r = extractFields('UNlTED STATES DlSTRICT COURT\nfor the\nWestern Distr1ct of Washington\nSUBPOENA TO TESTIFY BEFORE A GRAND JURY\nthe account "user_1l0"')
    assert.equal(r.issuing_authority.value, 'United States District Court, Western District of Washington')
    assert.deepEqual(r.target_identifiers.value, ['user_1l0'])
    assert.equal(r.issuing_authority.evidence[0]?.text.startsWith('UNlTED'), true)
  })
})

describe('uni', () => {
  it('gives \\b and \\w their meaning in every script, and lets a space match a line break', () => {
    assert.equal(uni(/\bзакон\w*/i).test('Федерального закона'), true)
    assert.equal(uni(/\bat\b/).test('até'), false)
    assert.equal(uni(/subscriber information/).test('subscriber\ninformation'), true)
  })
})
