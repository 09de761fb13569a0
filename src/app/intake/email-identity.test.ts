import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { emailDomain, emailIdempotencyKey, messageIdKey, readMessageId } from './email-identity.js'

describe('readMessageId', () => {
  const cases: [string, string, string | null][] = [
    ['bracketed', 'From: a@b\r\nMessage-ID: <abc@agency.gov>\r\n\r\nbody', 'abc@agency.gov'],
    ['any case, no space', 'message-id:<abc@agency.gov>\n\nbody', 'abc@agency.gov'],
    ['folded onto the next line', 'Message-ID:\r\n <folded@agency.gov>\r\n\r\n', 'folded@agency.gov'],
    ['without brackets', 'Message-Id: plain@agency.gov\r\n\r\n', 'plain@agency.gov'],
    ['empty', 'Message-ID:   \r\n\r\n', null],
    ['absent', 'From: a@b\r\nSubject: x\r\n\r\n', null],
    ['only in the body', 'From: a@b\r\n\r\nMessage-ID: <in-body@x>\r\n', null],
    ['a header that merely ends in message-id', 'X-Original-Message-ID: <other@x>\r\n\r\n', null],
  ]
  for (const [name, raw, expected] of cases) {
    it(name, () => {
      assert.equal(readMessageId(raw), expected)
      assert.equal(readMessageId(new TextEncoder().encode(raw)), expected)
    })
  }
})

describe('e-mail idempotency keys', () => {
  it('key a message by its Message-ID, or by the hash of its bytes without one', () => {
    assert.equal(emailIdempotencyKey('abc@agency.gov', 'f'.repeat(64)), 'email:abc@agency.gov')
    assert.equal(emailIdempotencyKey(null, 'f'.repeat(64)), `email:sha256:${'f'.repeat(64)}`)
    assert.equal(messageIdKey('abc@agency.gov'), emailIdempotencyKey('abc@agency.gov', ''))
  })

  it('hash an absurdly long Message-ID into a key an index can hold', () => {
    const key = messageIdKey(`${'x'.repeat(5000)}@agency.gov`)
    assert.match(key, /^email:message-id-sha256:[0-9a-f]{64}$/)
    assert.notEqual(key, messageIdKey(`${'y'.repeat(5000)}@agency.gov`))
  })
})

describe('emailDomain', () => {
  const cases: [string | null, string | null][] = [
    ['d.reyes@agency.example.gov', 'agency.example.gov'],
    ['A.Smith@FBI.GOV.', 'fbi.gov'],
    ['Agent <agent@dhs.gov>', 'dhs.gov'],
    ['no-at-sign', null],
    ['user@localhost', null],
    [null, null],
  ]
  for (const [address, expected] of cases)
    it(String(address), () => assert.equal(emailDomain(address), expected))
})
