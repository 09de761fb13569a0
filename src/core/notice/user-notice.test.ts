import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEFAULT_NOTICE_TEMPLATES, NOTICE_LANGUAGES, templateProblem } from './notice-templates.js'
import { composeUserNotice } from './user-notice.js'
import type { DemandFields } from '../demand/demand.js'

const fields: DemandFields = {
  instrument_type: 'administrative_summons',
  issuing_authority: { name: 'U.S. Customs and Border Protection', kind: 'federal_agency', jurisdiction: 'US-federal', office: 'Office of Professional Responsibility' },
  reference: null,
  statutes_cited: ['19 U.S.C. 1509'],
  targets: [{ identifier: '@ALT_uscis', kind: 'handle', speech_profile: 'political', pseudonymous: true }],
  data_categories_requested: ['subscriber_identity', 'ip_logs'],
  date_range: null,
  date_issued: '2017-03-14',
  served_at: null,
  due_at: null,
  stated_purpose: null,
  nondisclosure: null,
  emergency: false,
  summary: null,
}

describe('user notice', () => {
  it('tells the user what was asked, by whom, when we will respond, and how to find counsel', () => {
    const n = composeUserNotice({ fields, reference: 'CUS-00001', organisation: 'Example Social', respond_on: '2017-03-28', counsel_help: 'Contact your local bar association.', language: 'en', template: DEFAULT_NOTICE_TEMPLATES.en })
    assert.equal(n.subject, 'Example Social: legal demand for information about your account (CUS-00001)')
    for (const expected of ['@ALT_uscis', 'U.S. Customs and Border Protection, Office of Professional Responsibility', 'Administrative summons', '2017-03-14', 'IP addresses and logs', '2017-03-28', 'local bar association', 'copy of the demand is attached']) {
      assert.ok(n.text.includes(expected), `missing: ${expected}`)
    }
    assert.match(n.text, /never ask for your password/)
    assert.doesNotMatch(n.text, /\{\w+\}/, 'no unfilled placeholder')
  })

  it('ships templates in several languages, each safe to send', () => {
    for (const lang of NOTICE_LANGUAGES) {
      assert.equal(templateProblem(DEFAULT_NOTICE_TEMPLATES[lang]), null, lang)
      const n = composeUserNotice({ fields, reference: 'CUS-1', organisation: 'X', respond_on: '2017-03-28', counsel_help: 'Y', language: lang, template: DEFAULT_NOTICE_TEMPLATES[lang] })
      assert.doesNotMatch(n.text, /\{\w+\}/)
    }
  })

  it('refuses an edited template that asks for credentials, carries a link, or uses an unknown placeholder', () => {
    const base = DEFAULT_NOTICE_TEMPLATES.en
    assert.match(templateProblem({ ...base, body: `${base.body}\nPlease confirm your password.` })!, /credentials/)
    assert.match(templateProblem({ ...base, body: `${base.body}\nSign in to review: ` })!, /credentials/)
    assert.match(templateProblem({ ...base, body: `${base.body}\nSee https://example.test/review` })!, /link/)
    assert.match(templateProblem({ ...base, subject: 'About {victim}' })!, /unknown placeholders: \{victim\}/)
  })
})
