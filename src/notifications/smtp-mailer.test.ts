import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { domainOf, messageIdFor } from './smtp-mailer.js'

describe('Message-IDs from delivery keys', () => {
  it('are the same for the same key, so a resend is recognisably the same message', () => {
    assert.equal(
      messageIdFor('email:reminder:a:response:x:u1', 'example.org'),
      messageIdFor('email:reminder:a:response:x:u1', 'example.org'),
    )
  })

  it('differ between keys and do not reveal them', () => {
    const a = messageIdFor('email:reminder:a:response:x:u1', 'example.org')
    const b = messageIdFor('email:reminder:a:response:x:u2', 'example.org')
    assert.notEqual(a, b)
    assert.match(a, /^<[0-9a-f]{40}@example\.org>$/)
    assert.ok(!a.includes('reminder'))
  })

  it('take their domain from the From address', () => {
    assert.equal(domainOf('Custodian <Legal@Example.ORG>'), 'example.org')
    assert.equal(domainOf('legal@example.net'), 'example.net')
    assert.equal(domainOf('no address'), 'custodian.invalid')
  })
})
