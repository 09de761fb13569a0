import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractCategories, maskPlaceholders } from './categories.js'

const cats = (text: string, instrument: Parameters<typeof extractCategories>[1] = 'other', removal = false): string[] => extractCategories(text, instrument, removal).value

describe('extractCategories', () => {
  it('maps the usual request phrases to categories', () => {
    assert.deepEqual(cats('all records regarding the account to include user names, account login, phone numbers, mailing addresses, and I.P. addresses'), ['subscriber_identity', 'contact', 'ip_logs'])
    assert.deepEqual(cats('Means and source of payment; toll billing records; the contents of communications; cell-site location data; IMEI of the device'), ['payment', 'device', 'non_content_metadata', 'content', 'location'])
  })

  it('reads "all records regarding" as a request of its own only when no list follows', () => {
    assert.deepEqual(cats('Produce all records regarding the account @x.'), ['other'])
    assert.deepEqual(cats('Produce all records regarding the account @x, including names.'), ['subscriber_identity'])
  })

  it('honours exclusions and ignores the sender\'s own details', () => {
    assert.deepEqual(cats('all electronic mail header information (not to include message content and/or subject fields)'), ['non_content_metadata'])
    assert.deepEqual(cats('IP addresses used to access the account, but not the\ncontents of any communication'), ['ip_logs'])
    assert.deepEqual(cats('If you have questions please contact me at my telephone number (202) 555-0100.'), [])
  })

  it('reads categories in other languages', () => {
    assert.deepEqual(cats('nome, CPF, e-mail, endereços, terminais telefônicos, dados bancários e logs de criação, contendo IP'), ['subscriber_identity', 'contact', 'ip_logs', 'payment'])
    assert.deepEqual(cats('Bestandsdaten: Name und Anschrift, E-Mail-Adressen; die IP-Adressen der Anmeldungen; Inhalte der Direktnachrichten'), ['subscriber_identity', 'contact', 'ip_logs', 'content'])
    assert.deepEqual(cats('该账号的注册信息；登录IP地址及登录时间；聊天记录及转账记录'), ['subscriber_identity', 'ip_logs', 'payment', 'non_content_metadata', 'content'])
  })

  it('asks nothing of a takedown, and implies metadata for a pen register', () => {
    assert.deepEqual(cats('Remove the page https://x.example/p containing the address and phone numbers of the shop.', 'takedown_demand', true), [])
    assert.deepEqual(cats('An order authorizing a pen register on the account.', 'pen_register_order'), ['non_content_metadata'])
  })

  it('blanks template placeholders without moving offsets', () => {
    const text = 'the following [account identifier(s) (e.g., name@email.com)] and Insert cell number. here'
    const masked = maskPlaceholders(text)
    assert.equal(masked.length, text.length)
    assert.doesNotMatch(masked, /email|Insert/)
  })
})
