import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { deobfuscate, identifierKey } from './identifier-rules.js'
import { extractIdentifiers } from './identifiers.js'

const ids = (text: string): string[] => extractIdentifiers(text).value

describe('extractIdentifiers', () => {
  it('finds handles, e-mail addresses, URLs, domains, phone numbers, numeric ids and IP addresses', () => {
    const text = 'All records regarding the Twitter account @ALT_USCIS, the e-mail account whistle.fox@protonmail.com, ' +
      'the page https://github.com/programthink/zhao/issues/38, the website disruptj20.org, ' +
      'telephone number (973) 555-0188, user ID 1093387221456113685, and the subscriber assigned the IP address 71.38.204.17.'
    assert.deepEqual(ids(text), ['@ALT_USCIS', 'whistle.fox@protonmail.com', 'https://github.com/programthink/zhao/issues/38', 'disruptj20.org', '(973) 555-0188', '1093387221456113685', '71.38.204.17'])
  })

  it('undoes defanged links', () => {
    assert.equal(deobfuscate('hxxps[:]//bad[.]example[.]com/x'), 'https://bad.example.com/x')
    assert.deepEqual(ids('The channel hxxps[:]//t[.]me/leaks_channel is the target.'), ['https://t.me/leaks_channel'])
  })

  it('reads account names from lists and quotes, as written', () => {
    assert.deepEqual(ids('[directed to Facebook, Inc. for the Facebook accounts DisruptJ20, lacymacauley and legba.carrefour]'), ['DisruptJ20', 'lacymacauley', 'legba.carrefour'])
    assert.deepEqual(ids('records for the Discord username "lunamoth.exe" and the Reddit accounts u/SupplementSkeptic and u/brightline_truth'), ['lunamoth.exe', 'u/SupplementSkeptic', 'u/brightline_truth'])
    assert.deepEqual(ids('用户账号：wx_lu8866（绑定手机号：13800138000）'), ['wx_lu8866', '13800138000'])
  })

  it('leaves out the sender, the provider\'s mailboxes, official sites and template placeholders', () => {
    const text = 'Official notices were sent to <mailto:abuse@github.com> abuse@github.com; see http://eais.rkn.gov.ru for the register.\n' +
      'Account: [account identifier(s) (e.g., name@email.com, (999) 999-9999)]\n' +
      'If you have questions, please contact me at (602) 555-0177 or j.ortega@mcso.maricopa.gov.\n' +
      'Sincerely,\nDeputy Ortega\nTel. (602) 555-0100'
    assert.deepEqual(ids(text), [])
  })

  it('keeps the redacted forms a document prints, and drops a bare site name next to a full link', () => {
    assert.deepEqual(ids('the email account [redacted]@MSN.COM, also written [redacted]@msn.com'), ['[redacted]@MSN.COM'])
    assert.deepEqual(ids('available on gist.github.com at https://gist.github.com/d53f50c189f5fc272fc6f00281d1c257'), ['https://gist.github.com/d53f50c189f5fc272fc6f00281d1c257'])
  })

  it('compares identifiers as the corpus scorer does', () => {
    assert.equal(identifierKey('@ALT_USCIS'), identifierKey('alt_uscis'))
    assert.equal(identifierKey('https://www.disruptj20.org/'), 'disruptj20.org')
  })
})
