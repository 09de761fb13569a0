/**
 * Notifying the affected user: queued with its delivery job in one transaction, sent over real
 * SMTP with a copy of the process, recorded with its Message-ID, never twice; refused while a
 * binding gag applies; delayed until a gag ends; templates editable but never asking for credentials.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'drizzle-orm'
import { deliverUserNotice } from '../../src/app/notices/deliver-user-notice.js'
import { createSmtpMailer } from '../../src/notifications/smtp-mailer.js'
import { demandFields } from '../_util/builders.js'
import { startSmtpSink, type SmtpSink } from '../_util/smtp-sink.js'
import { createTestApp, type TestApp } from '../_util/test-app.js'

let t: TestApp
let sink: SmtpSink
let mailer: ReturnType<typeof createSmtpMailer>
before(async () => {
  sink = await startSmtpSink()
  mailer = createSmtpMailer({ url: sink.url, from: 'Example Legal <legal@example.test>' })
  t = await createTestApp({ mailer, config: { organisation: 'Example Social' } })
})
after(async () => {
  await t.close()
  mailer.close()
  await sink.close()
})

async function newDemand(overrides: Record<string, unknown> = {}) {
  const { cookie } = await t.as('legal')
  const res = await t.app.inject({ method: 'POST', url: '/api/demands', headers: { cookie }, payload: { fields: demandFields(overrides), text: 'SUBPOENA (copy of the process)' } })
  assert.equal(res.statusCode, 201, res.body)
  return res.json().id as string
}

async function queueNotice(id: string, body: object = { recipient: 'holder@example.test', respond_on: '2026-12-15' }) {
  const { cookie } = await t.as('legal')
  return t.app.inject({ method: 'POST', url: `/api/demands/${id}/notices`, headers: { cookie }, payload: body })
}

/** The demand's notice jobs (its clocks' reminder jobs live in the same table). */
const jobs = async (id: string) =>
  ((await t.ctx.database.db.execute(sql`select kind, key, run_at from job where demand_id = ${id} and kind = 'user_notice'`)) as unknown as {
    rows: { kind: string; key: string; run_at: string }[]
  }).rows

describe('user notice', () => {
  it('queues the notice with its delivery job, sends it once with the process attached, and records it', async () => {
    const id = await newDemand()
    const res = await queueNotice(id)
    assert.equal(res.statusCode, 201, res.body)
    const queued = res.json().timeline.at(-1)
    assert.equal(queued.type, 'user_notice_queued')
    const [job] = await jobs(id)
    assert.equal(job?.kind, 'user_notice')
    assert.equal(job?.key, queued.payload.notice_key)

    const outcome = await deliverUserNotice({ ...t.ctx, mailer }, { demand_id: id, notice_key: queued.payload.notice_key })
    assert.equal(outcome.status, 'sent')
    const [mail] = await sink.waitFor(1)
    assert.equal(mail?.to && 'text' in mail.to ? mail.to.text : '', 'holder@example.test')
    assert.match(mail!.subject!, /Example Social: legal demand/)
    assert.match(mail!.text!, /2026-12-15/)
    assert.match(mail!.text!, /never ask for your password/)
    assert.equal(mail!.attachments[0]?.filename, 'pasted-text.txt')
    assert.equal(mail!.attachments[0]?.content.toString(), 'SUBPOENA (copy of the process)')

    const again = await deliverUserNotice({ ...t.ctx, mailer }, { demand_id: id, notice_key: queued.payload.notice_key })
    assert.equal(again.status, 'already_sent')
    assert.equal(sink.messages.length, 1)

    const { cookie } = await t.as('viewer')
    const d = (await t.app.inject({ method: 'GET', url: `/api/demands/${id}`, headers: { cookie } })).json()
    const notified = d.timeline.find((e: { type: string }) => e.type === 'user_notified')
    assert.equal(notified.payload.message_id, mail!.messageId)
    assert.ok(d.user_notified_at)
  })

  it('refuses while a binding gag with no end applies', async () => {
    const id = await newDemand({ nondisclosure: { basis: 'court_order', expires_on: null, citation: '18 U.S.C. 2705(b)' } })
    const res = await queueNotice(id)
    assert.equal(res.statusCode, 409, res.body)
    assert.equal(res.json().code, 'NOTICE_BARRED')
    assert.equal((await jobs(id)).length, 0)
  })

  it('delays the notice until a court gag ends, then the job is due on that day', async () => {
    const id = await newDemand({ nondisclosure: { basis: 'court_order', expires_on: '2099-06-30', citation: '18 U.S.C. 2705(b)' } })
    const res = await queueNotice(id)
    assert.equal(res.statusCode, 201, res.body)
    const queued = res.json().timeline.at(-1)
    assert.equal(queued.payload.send_at, '2099-06-30T00:00:00.000Z')
    const [job] = await jobs(id)
    assert.equal(new Date(job!.run_at).toISOString(), '2099-06-30T00:00:00.000Z')
    const early = await deliverUserNotice({ ...t.ctx, mailer }, { demand_id: id, notice_key: queued.payload.notice_key })
    assert.equal(early.status, 'held')
  })

  it('answers clearly when mail is not configured', async () => {
    const bare = await createTestApp()
    const { cookie } = await bare.as('legal')
    const id = (await bare.app.inject({ method: 'POST', url: '/api/demands', headers: { cookie }, payload: { fields: demandFields() } })).json().id
    const res = await bare.app.inject({ method: 'POST', url: `/api/demands/${id}/notices`, headers: { cookie }, payload: { recipient: 'a@example.test' } })
    assert.equal(res.statusCode, 503)
    assert.match(res.json().detail, /CUSTODIAN_SMTP_URL/)
    await bare.close()
  })

  it('lets an administrator edit a template, but never to ask for credentials', async () => {
    const { cookie } = await t.as('admin')
    const templates = (await t.app.inject({ method: 'GET', url: '/api/notice-templates', headers: { cookie } })).json().items
    assert.deepEqual(templates.map((x: { language: string }) => x.language), ['en', 'es'])
    const en = templates[0]
    const phishy = await t.app.inject({ method: 'PUT', url: '/api/notice-templates/en', headers: { cookie }, payload: { subject: en.subject, body: `${en.body}\nConfirm your password here.` } })
    assert.equal(phishy.statusCode, 400)
    assert.match(phishy.json().detail, /never ask for credentials/)
    const ok = await t.app.inject({ method: 'PUT', url: '/api/notice-templates/en', headers: { cookie }, payload: { subject: en.subject, body: `${en.body}\nWith regards.` } })
    assert.equal(ok.statusCode, 200, ok.body)
    assert.equal(ok.json().items[0].edited, true)
    const legal = (await t.as('legal')).cookie
    assert.equal((await t.app.inject({ method: 'PUT', url: '/api/notice-templates/en', headers: { cookie: legal }, payload: en })).statusCode, 403)
  })
})

describe('user notice dates and attachments', () => {
  it('refuses a respond-on date already past, and defaults to at least two weeks ahead', async () => {
    const id = await newDemand({ due_at: '2017-03-13T15:45:00Z' })
    const past = await queueNotice(id, { recipient: 'holder@example.test', respond_on: '2017-03-20' })
    assert.equal(past.statusCode, 400)
    assert.match(past.json().detail, /respond-on date/)
    const defaulted = await queueNotice(id, { recipient: 'holder@example.test' })
    assert.equal(defaulted.statusCode, 201, defaulted.body)
    const respondOn = defaulted.json().timeline.at(-1).payload.respond_on as string
    assert.ok(respondOn >= new Date(Date.now() + 13 * 86_400_000).toISOString().slice(0, 10), respondOn)
  })

  it('attaches the documents as served, never a letter we drafted', async () => {
    const id = await newDemand()
    const { cookie } = await t.as('legal')
    for (const type of ['triage_started', 'sent_to_legal_review']) {
      await t.app.inject({ method: 'POST', url: `/api/demands/${id}/events`, headers: { cookie }, payload: { type, payload: {} } })
    }
    const letter = await t.app.inject({ method: 'POST', url: `/api/demands/${id}/letters`, headers: { cookie }, payload: { kind: 'clarification' } })
    assert.equal(letter.statusCode, 201, letter.body)
    const queued = (await queueNotice(id)).json().timeline.at(-1)
    const before = sink.messages.length
    await deliverUserNotice({ ...t.ctx, mailer }, { demand_id: id, notice_key: queued.payload.notice_key })
    const [mail] = (await sink.waitFor(before + 1)).slice(before)
    assert.deepEqual(mail!.attachments.map((a) => a.filename), ['pasted-text.txt'])
  })
})
