/**
 * E-mail intake against a real IMAP server (a throwaway Dovecot): each message becomes one demand
 * with its documents, exactly once across polls, restarts, lost flags and folders.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import type { DocumentReader } from '../../src/app/ports.js'
import type { AppContext } from '../../src/context.js'
import { receiveEmail } from '../../src/app/intake/receive-email.js'
import { startMailIntake } from '../../src/intake/start-mail-intake.js'
import { createImapPoller, RECEIVED_KEYWORD, type ImapPollerOptions } from '../../src/intake/imap-poller.js'
import { parseEmail } from '../../src/intake/parse-email.js'
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

type Part = { filename: string; contentType: string; content: Uint8Array | string }

/** A multipart/mixed message as an agency's mail system would send it. */
function message(o: {
  messageId?: string | null
  from?: string
  subject?: string
  text?: string
  attachments?: Part[]
}): string {
  const boundary = `b-${Math.random().toString(36).slice(2)}`
  const headers = [
    `From: ${o.from ?? 'Special Agent Dana Reyes <d.reyes@agency.example.gov>'}`,
    'To: legal@platform.example',
    `Subject: ${o.subject ?? 'Grand jury subpoena'}`,
    'Date: Tue, 03 Nov 2026 10:00:00 -0500',
    ...(o.messageId === null
      ? []
      : [`Message-ID: <${o.messageId ?? `${Math.random().toString(36).slice(2)}@agency.example.gov`}>`]),
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ]
  const parts = [
    `--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${o.text ?? 'Please find the subpoena attached.'}\r\n`,
  ]
  for (const a of o.attachments ?? []) {
    const base64 = Buffer.from(a.content).toString('base64').replace(/.{76}/g, '$&\r\n')
    parts.push(
      `--${boundary}\r\nContent-Type: ${a.contentType}; name="${a.filename}"\r\nContent-Transfer-Encoding: base64\r\n` +
        `Content-Disposition: attachment; filename="${a.filename}"\r\n\r\n${base64}\r\n`,
    )
  }
  return `${headers.join('\r\n')}\r\n\r\n${parts.join('')}--${boundary}--\r\n`
}

const SUBPOENA_TEXT = 'SUBPOENA TO TESTIFY BEFORE A GRAND JURY\nProduce subscriber records for @example-user.'
// Not UTF-8 text, so the reader refuses it: the document must still be kept, with a note.
const PDF_BYTES = new Uint8Array([
  ...Buffer.from('%PDF-1.4\n%'),
  0xe2,
  0xe3,
  0xcf,
  0xd3,
  0x00,
  ...Buffer.from('\n1 0 obj <<>> endobj\n%%EOF\n'),
])

async function demandByKey(key: string) {
  const record = await ctx.store.findByIdempotencyKey(key)
  assert.ok(record, `no demand keyed ${key}`)
  const documents = await ctx.store.documents(record.id)
  const events = await ctx.store.events(record.id)
  const notes = events.filter((e) => e.type === 'note_added').map((e) => (e.payload as { text: string }).text)
  return { record, documents, events, notes }
}

/** Raw bytes as the server hands them back (the hash the fallback key is made of). */
async function rawFromServer(mailbox: string, uid: number): Promise<Buffer> {
  const client = await mail.client()
  try {
    const lock = await client.getMailboxLock(mailbox)
    try {
      const m = await client.fetchOne(String(uid), { source: true }, { uid: true })
      assert.ok(m && m.source)
      return m.source
    } finally {
      lock.release()
    }
  } finally {
    await client.logout()
  }
}

/** Take the received keyword off every message, as a clerk or another client might. */
async function clearFlags(mailbox: string): Promise<void> {
  const client = await mail.client()
  try {
    const lock = await client.getMailboxLock(mailbox)
    try {
      await client.messageFlagsRemove('1:*', [RECEIVED_KEYWORD])
    } finally {
      lock.release()
    }
  } finally {
    await client.logout()
  }
}

async function flagsOf(mailbox: string, uid: number): Promise<Set<string>> {
  const client = await mail.client()
  try {
    const lock = await client.getMailboxLock(mailbox)
    try {
      const m = await client.fetchOne(String(uid), { flags: true }, { uid: true })
      return (m && m.flags) || new Set()
    } finally {
      lock.release()
    }
  } finally {
    await client.logout()
  }
}

describe('mail intake over IMAP', () => {
  it('turns a message into one demand: the .eml kept whole, attachments kept and read, the sender domain as a fact', async () => {
    const raw = message({
      messageId: 'subpoena-1@agency.example.gov',
      subject: 'Grand jury subpoena GJ-2026-17',
      attachments: [
        { filename: 'subpoena.txt', contentType: 'text/plain', content: SUBPOENA_TEXT },
        { filename: 'subpoena.pdf', contentType: 'application/pdf', content: PDF_BYTES },
      ],
    })
    const { uid } = await mail.append('Single', raw)
    const before = await ctx.store.count()

    const report = await poller('Single').pollOnce()
    assert.equal(report.created, 1)
    assert.equal(await ctx.store.count(), before + 1)

    const { record, documents, events, notes } = await demandByKey('email:subpoena-1@agency.example.gov')
    assert.equal(record.view.channel, 'email')
    assert.equal(record.view.fields.summary, 'E-mail: Grand jury subpoena GJ-2026-17')
    assert.equal(record.view.extras.sender_email_domain, 'agency.example.gov')
    assert.ok(events.some((e) => e.type === 'facts_recorded'))

    const eml = documents.find((d) => d.media_type === 'message/rfc822')
    assert.ok(eml, JSON.stringify(documents))
    const kept = await ctx.store.documentContent(eml.id)
    assert.deepEqual(Buffer.from(kept!.content), await rawFromServer('Single', uid))
    assert.match(eml.text ?? '', /Please find the subpoena attached/)
    assert.match(eml.text ?? '', /^From: Special Agent Dana Reyes <d\.reyes@agency\.example\.gov>/)

    const txt = documents.find((d) => d.filename === 'subpoena.txt')
    assert.equal(txt?.text, SUBPOENA_TEXT)
    const pdf = documents.find((d) => d.filename === 'subpoena.pdf')
    assert.ok(pdf)
    assert.equal(pdf.sha256, createHash('sha256').update(PDF_BYTES).digest('hex'))
    assert.equal(pdf.text, null)
    assert.ok(
      notes.some((n) => n.includes('"subpoena.pdf" was kept but could not be read')),
      notes.join('\n'),
    )

    // The fields are read from the message and its attachments together, each passage pointing into its own document.
    assert.equal(record.view.fields.instrument_type, 'grand_jury_subpoena')
    assert.deepEqual(record.view.fields.targets.map((t) => t.identifier), ['@example-user'])
    const reading = events.find((e) => e.type === 'fields_read')
    assert.ok(reading && reading.type === 'fields_read', 'the reading is recorded')
    assert.equal(reading.actor, 'system')
    const [target] = reading.payload.fields.target_identifiers?.passages ?? []
    assert.equal(target?.document_id, txt?.id)
    assert.equal(SUBPOENA_TEXT.slice(target.start, target.end), '@example-user')

    assert.ok((await flagsOf('Single', uid)).has(RECEIVED_KEYWORD), 'the message is marked as received')
    assert.ok(
      !(await flagsOf('Single', uid)).has('\\Seen'),
      '\\Seen is left to the people reading the mailbox',
    )
  })

  it('creates nothing new on a second poll, after a restart, or when the received flag is lost', async () => {
    await mail.append('Repeat', message({ messageId: 'repeat-1@agency.example.gov' }))
    const first = poller('Repeat')
    assert.equal((await first.pollOnce()).created, 1)
    const count = await ctx.store.count()

    const again = await first.pollOnce()
    assert.equal(again.created, 0)
    assert.equal(again.found, 0, 'the flag spares the second poll the work')

    const restarted = poller('Repeat')
    assert.equal((await restarted.pollOnce()).created, 0)

    await clearFlags('Repeat')
    const unflagged = await poller('Repeat').pollOnce()
    assert.equal(unflagged.found, 1)
    assert.equal(unflagged.created, 0)
    assert.equal(unflagged.already_taken, 1)
    assert.equal(await ctx.store.count(), count)
  })

  it('turns two messages into two demands', async () => {
    await mail.append('Two', message({ messageId: 'two-a@agency.example.gov', subject: 'Order A' }))
    await mail.append('Two', message({ messageId: 'two-b@agency.example.gov', subject: 'Order B' }))
    const before = await ctx.store.count()
    assert.equal((await poller('Two').pollOnce()).created, 2)
    assert.equal(await ctx.store.count(), before + 2)
    assert.equal(
      (await demandByKey('email:two-a@agency.example.gov')).record.view.fields.summary,
      'E-mail: Order A',
    )
    assert.equal(
      (await demandByKey('email:two-b@agency.example.gov')).record.view.fields.summary,
      'E-mail: Order B',
    )
  })

  it('takes the same message in two folders once', async () => {
    const raw = message({ messageId: 'twice-filed@agency.example.gov' })
    await mail.append('Folder-A', raw)
    await mail.append('Folder-B', raw)
    const before = await ctx.store.count()
    assert.equal((await poller('Folder-A').pollOnce()).created, 1)
    const second = await poller('Folder-B').pollOnce()
    assert.equal(second.created, 0)
    assert.equal(second.already_taken, 1)
    assert.equal(await ctx.store.count(), before + 1)
  })

  it('takes a message once when two pollers race for it', async () => {
    await mail.append('Race', message({ messageId: 'race@agency.example.gov' }))
    const before = await ctx.store.count()
    const reports = await Promise.all([poller('Race').pollOnce(), poller('Race').pollOnce()])
    assert.equal(
      reports.reduce((n, r) => n + r.created, 0),
      1,
    )
    assert.equal(await ctx.store.count(), before + 1)
  })

  it('lets the UNIQUE key settle two deliveries committed at the same moment', async () => {
    const raw = Buffer.from(message({ messageId: 'same-moment@agency.example.gov' }))
    const email = await parseEmail(raw, { origin: 'test', received_at: null })
    const deps = { store: ctx.store, clock: ctx.clock, ids: ctx.ids, reader: ctx.reader }
    const before = await ctx.store.count()
    // Both pass the look-up before either commits; the database refuses the second.
    const results = await Promise.all([receiveEmail(deps, email), receiveEmail(deps, email)])
    assert.deepEqual(results.map((r) => r.ok && r.value.created).sort(), [false, true])
    assert.equal(await ctx.store.count(), before + 1)
  })

  it('reads an HTML-only body through the DocumentReader', async () => {
    const raw =
      'From: clerk@court.example.gov\r\nSubject: Order\r\nMessage-ID: <html-only@court.example.gov>\r\nMIME-Version: 1.0\r\n' +
      'Content-Type: multipart/related; boundary="r"\r\n\r\n--r\r\nContent-Type: text/html\r\n\r\n<p>Produce the <b>records</b></p>\r\n--r--\r\n'
    await mail.append('Html', raw)
    const read: string[] = []
    const htmlReader: DocumentReader = {
      async read(bytes, filename) {
        read.push(filename)
        return ctx.reader.read(
          new TextEncoder().encode(new TextDecoder().decode(bytes).replace(/<[^>]+>/g, '')),
          filename,
        )
      },
    }
    assert.equal((await poller('Html', {}, htmlReader).pollOnce()).created, 1)
    assert.deepEqual(read, ['body.html'])
    const { documents } = await demandByKey('email:html-only@court.example.gov')
    assert.match(documents[0]!.text ?? '', /Produce the records/)
  })

  it('takes a message without Message-ID once, keyed by the hash of its bytes', async () => {
    const { uid } = await mail.append('NoId', message({ messageId: null, subject: 'Preservation letter' }))
    const before = await ctx.store.count()
    assert.equal((await poller('NoId').pollOnce()).created, 1)
    await clearFlags('NoId')
    const again = await poller('NoId').pollOnce()
    assert.equal(again.created, 0)
    assert.equal(again.already_taken, 1)
    assert.equal(await ctx.store.count(), before + 1)

    const sha = createHash('sha256')
      .update(await rawFromServer('NoId', uid))
      .digest('hex')
    const { notes } = await demandByKey(`email:sha256:${sha}`)
    assert.ok(
      notes.some((n) => n.includes('no Message-ID')),
      notes.join('\n'),
    )
  })

  it('starts with the server only when a mailbox is configured, and stops with it', async () => {
    const log = { info() {}, warn() {}, error() {} }
    assert.equal(startMailIntake(ctx, log), null, 'no IMAP settings: intake is off')

    await mail.append('Served', message({ messageId: 'served@agency.example.gov' }))
    const url = `imap://${encodeURIComponent(mail.user)}:${encodeURIComponent(mail.password)}@${mail.host}:${mail.port}?tls=none`
    const configured = {
      ...ctx,
      config: { ...ctx.config, imapMailbox: 'Served', imapPollSeconds: 5 },
      secrets: { ...ctx.secrets, imapUrl: url },
    } as AppContext
    const intake = startMailIntake(configured, log)
    assert.ok(intake)
    try {
      const deadline = Date.now() + 15_000
      while (
        !(await ctx.store.findByIdempotencyKey('email:served@agency.example.gov')) &&
        Date.now() < deadline
      ) {
        await new Promise((r) => setTimeout(r, 50))
      }
      assert.ok(await ctx.store.findByIdempotencyKey('email:served@agency.example.gov'))
    } finally {
      await intake.poller.stop()
    }
  })
})
