import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseEmail } from './parse-email.js'

const meta = { origin: 'INBOX, UID 1', received_at: new Date('2026-11-03T15:00:00Z') }
const parse = (raw: string) => parseEmail(Buffer.from(raw, 'latin1'), meta)

describe('parseEmail', () => {
  it('reads sender, subject, dates, body and attachments, and keeps the raw bytes', async () => {
    const raw =
      'From: "Dana Reyes" <d.reyes@agency.example.gov>\r\nTo: legal@platform.example\r\nSubject: Subpoena\r\n' +
      'Date: Tue, 03 Nov 2026 10:00:00 -0500\r\nMessage-ID: <s1@agency.example.gov>\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n' +
      '--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--b\r\nContent-Type: application/pdf; name="s.pdf"\r\n' +
      'Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b--\r\n'
    const email = await parse(raw)
    assert.equal(email.message_id, 's1@agency.example.gov')
    assert.equal(email.from_address, 'd.reyes@agency.example.gov')
    assert.equal(email.from_name, 'Dana Reyes')
    assert.equal(email.subject, 'Subpoena')
    assert.equal(email.sent_at, '2026-11-03T15:00:00.000Z')
    assert.equal(email.received_at, '2026-11-03T15:00:00.000Z')
    assert.equal(email.text?.trim(), 'See attached.')
    assert.deepEqual(
      email.attachments.map((a) => [a.filename, a.media_type, Buffer.from(a.content).toString()]),
      [['s.pdf', 'application/pdf', '%PDF-1.4\n']],
    )
    assert.deepEqual(email.problems, [])
    assert.equal(Buffer.from(email.raw).toString('latin1'), raw)
  })

  it('hands an HTML-only body on as HTML and leaves inline images inside the message', async () => {
    const raw =
      'From: a@agency.gov\r\nContent-Type: multipart/related; boundary="r"\r\n\r\n' +
      '--r\r\nContent-Type: text/html\r\n\r\n<p>Produce the <b>records</b></p><img src="cid:logo">\r\n' +
      '--r\r\nContent-Type: image/png\r\nContent-ID: <logo>\r\nContent-Disposition: inline\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--r--\r\n'
    const email = await parse(raw)
    assert.equal(email.text, null)
    assert.match(email.html ?? '', /Produce the <b>records<\/b>/)
    assert.deepEqual(email.attachments, [])
    assert.deepEqual(email.problems, [])
  })

  const broken: [string, string, RegExp][] = [
    [
      'multipart without boundary',
      'From: a@b.gov\r\nContent-Type: multipart/mixed\r\n\r\n--z\r\n\r\nx\r\n',
      /names no boundary/,
    ],
    [
      'boundary never used',
      'From: a@b.gov\r\nContent-Type: multipart/mixed; boundary="q"\r\n\r\nno parts\r\n',
      /none of its parts/,
    ],
    [
      'last part never ends',
      'From: a@b.gov\r\nContent-Type: multipart/mixed; boundary="q"\r\n\r\n--q\r\nContent-Type: text/plain\r\n\r\nbody',
      /cut short/,
    ],
    ['nothing in it at all', 'From: a@b.gov\r\nSubject: empty\r\n\r\n', /No body text and no attachment/],
  ]
  for (const [name, raw, problem] of broken) {
    it(`notes a broken message: ${name}`, async () => {
      const email = await parse(raw)
      assert.ok(
        email.problems.some((p) => problem.test(p)),
        email.problems.join('\n'),
      )
    })
  }

  it('never throws on bytes that are not an e-mail at all', async () => {
    const email = await parseEmail(Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)), meta)
    assert.equal(email.raw.length, 2048)
    assert.ok(email.problems.length > 0)
  })
})
