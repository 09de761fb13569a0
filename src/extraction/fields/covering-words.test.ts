import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractFields } from './extract-fields.js'

describe('covering words of real demands', () => {
  it('drops links after a sign-off up to the next message of the thread, and keeps the next message\'s targets', () => {
    const text = [
      'Dear Sir or Madam,',
      'Please remove https://pages.example.org/bad-page/ from your service.',
      'Regards,',
      'The Agency',
      'Our mobile app can be downloaded here:',
      'https://apps.example.com/app/agency/id000111',
      '',
      'Hello,',
      'As requested, we send again the decision about https://pages.example.org/other-page/ .',
      'Regards,',
      'The Agency',
    ].join('\n')
    assert.deepEqual(extractFields(text).target_identifiers.value, ['https://pages.example.org/bad-page/', 'https://pages.example.org/other-page/'])
  })

  it('does not take the domain half of a mangled e-mail address for a handle', () => {
    const text = 'You may deliver the records to the agent at ( 7 0 3 ) -..-:@xx.fbi.gov. The subpoena concerns the account @real_target.'
    assert.deepEqual(extractFields(text).target_identifiers.value, ['@real_target'])
  })

  it('takes a case presented "as a national emergency" as an emergency', () => {
    const text = 'Please withhold the repositories listed below. We remind you of the importance of this case as a national emergency.'
    assert.equal(extractFields(text).emergency.value, true)
    assert.equal(extractFields('This is not an emergency request; please answer within 30 days.').emergency.value, false)
  })

  it('reads "asked the provider not to share the request" as a request for secrecy', () => {
    const text = '[Subpoena from a county prosecutor; at its foot an assistant prosecutor asked the provider not to share the request with its users]'
    assert.equal(extractFields(text).nondisclosure.value, true)
  })

  it('reads "user information" and a list "included names, addresses" as subscriber identity', () => {
    assert.ok(extractFields('The subpoena seeks user information including email address for the account @someone.').data_categories_requested.value.includes('subscriber_identity'))
    assert.ok(extractFields('The information to be disclosed included names, residential addresses and IP addresses.').data_categories_requested.value.includes('subscriber_identity'))
  })

  it('takes a request to shut down websites as a takedown, and a prosecutor\'s subpoena in People v. X as a trial subpoena', () => {
    const korea = 'Games Rating and Administration Committee (GRAC), Busan, Republic of Korea\nWe would like to ask your cooperation in shutting down or restriction of the websites below.\nhttps://illegal-games.example.com/'
    assert.equal(extractFields(korea).instrument_type.value, 'takedown_demand')
    const ny = '[Subpoena duces tecum sent on March 2, 2013 by the Kings County District Attorney\'s Office to a social network in People v. Roe, Criminal Court of the City of New York]'
    assert.equal(extractFields(ny).instrument_type.value, 'trial_subpoena')
  })
})
