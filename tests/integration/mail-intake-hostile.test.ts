/**
 * Hostile and broken mail against a real IMAP server: each ends as a kept message with a note a
 * legal reader can act on, and none can make the poller loop on it.
 */
import assert from 'node:assert/strict'
import { createServer } from 'node:net'
import { after, before, describe, it } from 'node:test'
import type { DemandStore, DocumentReader } from '../../src/app/ports.js'
import type { AppContext } from '../../src/context.js'
import { createImapPoller, SKIP_POLLS, type ImapPollerOptions } from '../../src/intake/imap-poller.js'
import { startDovecot, type TestMailServer } from '../_util/dovecot.js'
import { createTestContext } from '../_util/test-app.js'

let mail: TestMailServer
let ctx: AppContext
let closeContext: () => Promise<void>

before(async () => {
  mail = await startDovecot()
  const t = await createTestContext()
  ctx = t.ctx
  closeContext = t.close
})
after(async () => {
  await closeContext?.()
  await mail?.stop()
})

function poller(
  mailbox: string,
  options: Partial<ImapPollerOptions> = {},
  reader: DocumentReader = ctx.reader,
) {
  const deps = { store: ctx.store, clock: ctx.clock, ids: ctx.ids, reader }
  return createImapPoller(deps, {
    host: mail.host,
    port: mail.port,
    tls: 'none',
    user: mail.user,
    password: mail.password,
    mailbox,
    ...options,
  })
}

function simpleMessage(messageId: string, attachment?: { filename: string; content: string }): string {
  const head = `From: clerk@court.example.gov\r\nTo: legal@platform.example\r\nSubject: Order\r\nMessage-ID: <${messageId}>\r\nMIME-Version: 1.0\r\n`
  if (!attachment) return `${head}Content-Type: text/plain\r\n\r\nSee the order.\r\n`
  return (
    `${head}Content-Type: multipart/mixed; boundary="xx"\r\n\r\n--xx\r\nContent-Type: text/plain\r\n\r\nSee the order.\r\n` +
    `--xx\r\nContent-Type: text/plain; name="${attachment.filename}"\r\nContent-Disposition: attachment; filename="${attachment.filename}"\r\n\r\n` +
    `${attachment.content}\r\n--xx--\r\n`
  )
}

async function demandByKey(key: string) {
  const record = await ctx.store.findByIdempotencyKey(key)
  assert.ok(record, `no demand keyed ${key}`)
  const documents = await ctx.store.documents(record.id)
  const events = await ctx.store.events(record.id)
  const notes = events.filter((e) => e.type === 'note_added').map((e) => (e.payload as { text: string }).text)
  return { record, documents, notes }
}

describe('hostile mail', () => {
  it('keeps a broken message whole with a note saying what is wrong', async () => {
    // Multipart whose last part never ends, holding a "PDF" whose base64 is garbage.
    const raw =
      'From: "Records Unit" <records@police.example.gov>\r\nTo: legal@platform.example\r\nSubject: Production order\r\n' +
      'Message-ID: <broken-1@police.example.gov>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="cut"\r\n\r\n' +
      '--cut\r\nContent-Type: text/plain\r\n\r\nOrder attached.\r\n' +
      '--cut\r\nContent-Type: application/pdf; name="order.pdf"\r\nContent-Transfer-Encoding: base64\r\n' +
      'Content-Disposition: attachment; filename="order.pdf"\r\n\r\n%%%% not base64 \u0000\u0001 !!!\r\n'
    await mail.append('Broken', raw)
    const report = await poller('Broken').pollOnce()
    assert.equal(report.created, 1)

    const { documents, notes } = await demandByKey('email:broken-1@police.example.gov')
    const eml = documents.find((d) => d.media_type === 'message/rfc822')
    assert.ok(eml)
    const kept = await ctx.store.documentContent(eml.id)
    assert.match(
      Buffer.from(kept!.content).toString('latin1'),
      /not base64/,
      'the broken bytes are kept as they came',
    )
    assert.ok(
      notes.some((n) => n.includes('cut short')),
      notes.join('\n'),
    )
    // Whatever the reader makes of the garbled attachment, it is kept as it came.
    assert.ok(
      documents.some((d) => d.filename === 'order.pdf'),
      documents.map((d) => d.filename).join(', '),
    )
  })

  it('keeps a multipart message without a boundary, noting that its parts could not be separated', async () => {
    const raw =
      'From: agent@agency.example.gov\r\nSubject: Request\r\nMessage-ID: <no-boundary@agency.example.gov>\r\n' +
      'MIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nHidden body\r\n--zz--\r\n'
    await mail.append('NoBoundary', raw)
    assert.equal((await poller('NoBoundary').pollOnce()).created, 1)
    const { documents, notes } = await demandByKey('email:no-boundary@agency.example.gov')
    assert.equal(documents.length, 1)
    assert.ok(
      notes.some((n) => n.includes('names no boundary')),
      notes.join('\n'),
    )
  })

  it('records a message over the size limit from its headers, with a note, and leaves it in the mailbox', async () => {
    const big = 'A'.repeat(200 * 1024)
    await mail.append(
      'Huge',
      simpleMessage('huge-1@court.example.gov', { filename: 'exhibits.txt', content: big }),
    )
    const limited = { maxMessageBytes: 64 * 1024 }
    const report = await poller('Huge', limited).pollOnce()
    assert.equal(report.created, 1)

    const { documents, notes } = await demandByKey('email:huge-1@court.example.gov')
    assert.equal(documents.length, 1, 'only the headers are kept')
    assert.match(documents[0]!.filename, /\.headers\.txt$/)
    assert.match(documents[0]!.text ?? '', /Message-ID: <huge-1@court\.example\.gov>/)
    assert.ok(
      notes.some((n) => /over the 0\.1 MB limit/.test(n) && n.includes('Huge, UID')),
      notes.join('\n'),
    )

    const again = await poller('Huge', limited).pollOnce()
    assert.equal(again.created, 0)
    const client = await mail.client()
    try {
      const status = await client.status('Huge', { messages: true })
      assert.equal(status && status.messages, 1, 'the message stays in the mailbox')
    } finally {
      await client.logout()
    }
  })

  it('records a message that keeps failing after maxAttempts, skips it thereafter, and takes the others meanwhile', async () => {
    const failing: DocumentReader = {
      async read(bytes, filename) {
        if (filename === 'poison.txt') throw new Error('reader crashed on poison.txt')
        return ctx.reader.read(bytes, filename)
      },
    }
    await mail.append(
      'Poison',
      simpleMessage('poison@agency.example.gov', { filename: 'poison.txt', content: 'x' }),
    )
    await mail.append(
      'Poison',
      simpleMessage('healthy@agency.example.gov', { filename: 'fine.txt', content: 'a fine order' }),
    )
    const p = poller('Poison', { maxAttempts: 2 }, failing)

    const first = await p.pollOnce()
    assert.equal(first.created, 1, 'the healthy message is not held up')
    assert.equal(first.failed, 1)
    assert.equal(await ctx.store.findByIdempotencyKey('email:poison@agency.example.gov'), null)

    const second = await p.pollOnce()
    assert.equal(second.recorded_as_failed, 1)
    const { documents, notes } = await demandByKey('email:poison@agency.example.gov')
    assert.deepEqual(
      documents.map((d) => d.media_type),
      ['message/rfc822'],
    )
    assert.ok(
      notes.some((n) => n.includes('after 2 attempts')),
      notes.join('\n'),
    )

    const third = await p.pollOnce()
    assert.equal(third.found, 0)
    assert.equal(
      (await demandByKey('email:healthy@agency.example.gov')).documents.find((d) => d.filename === 'fine.txt')
        ?.text,
      'a fine order',
    )
  })

  it('sets aside a message that cannot even be recorded, and takes it once the store works again', async () => {
    let broken = true
    const store: DemandStore = {
      ...ctx.store,
      commit: async (change) => {
        if (broken) throw new Error('database unavailable')
        return ctx.store.commit(change)
      },
    }
    await mail.append('Unrecordable', simpleMessage('unrecordable@agency.example.gov'))
    const p = createImapPoller(
      { store, clock: ctx.clock, ids: ctx.ids, reader: ctx.reader },
      {
        host: mail.host,
        port: mail.port,
        tls: 'none',
        user: mail.user,
        password: mail.password,
        mailbox: 'Unrecordable',
        maxAttempts: 2,
      },
    )
    assert.equal((await p.pollOnce()).failed, 1)
    assert.equal((await p.pollOnce()).skipped, 1, 'neither taken nor recorded: set aside')
    broken = false
    for (let i = 0; i < SKIP_POLLS; i++) assert.equal((await p.pollOnce()).skipped, 1)
    const retried = await p.pollOnce()
    assert.equal(retried.created, 1, JSON.stringify(retried))
    const { documents, notes } = await demandByKey('email:unrecordable@agency.example.gov')
    assert.equal(documents.length, 1)
    assert.ok(!notes.some((n) => n.includes('attempts')), 'taken normally, not as a failure')
  })

  it('rejects a poll with a wrong password, saying so', async () => {
    const p = poller('INBOX', { password: 'wrong' })
    await assert.rejects(p.pollOnce(), /refused the sign-in for "legal".*Authentication failed/)
  })

  it('keeps polling on its timer when the server cannot be reached, and stops when told', async () => {
    const warnings: string[] = []
    const log = { info() {}, error() {}, warn: (m: string) => warnings.push(m) }
    const deps = { store: ctx.store, clock: ctx.clock, ids: ctx.ids, reader: ctx.reader, log }
    // A port nothing listens on: the server is down.
    const closed = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const port = (s.address() as { port: number }).port
        s.close(() => resolve(port))
      })
    })
    const p = createImapPoller(deps, {
      host: '127.0.0.1',
      port: closed,
      tls: 'none',
      user: 'x',
      password: 'y',
      intervalMs: 20,
    })
    p.start()
    const deadline = Date.now() + 10_000
    while (warnings.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
    await p.stop()
    const seen = warnings.length
    assert.ok(seen >= 3, `the timer keeps trying: ${warnings.join('\n')}`)
    assert.match(warnings[0]!, /could not poll "INBOX" on 127\.0\.0\.1/)
    await new Promise((r) => setTimeout(r, 100))
    assert.equal(warnings.length, seen, 'nothing polls after stop()')
  })
})
