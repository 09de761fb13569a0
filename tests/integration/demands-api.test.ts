import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import { createDocumentReader } from '../../src/extraction/index.js'
import { demandFields } from '../_util/builders.js'
import { createTestApp, type TestApp } from '../_util/test-app.js'

let t: TestApp
let cookie: string
before(async () => {
  t = await createTestApp()
  cookie = (await t.as('legal')).cookie
})
after(() => t.close())

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers: { cookie, ...headers } })
const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } })

describe('POST /api/demands', () => {
  it('records a demand with its pasted text and answers with the demand', async () => {
    const res = await post('/api/demands', { fields: demandFields(), channel: 'email', text: 'SUBPOENA TO TESTIFY BEFORE A GRAND JURY' })
    assert.equal(res.statusCode, 201, res.body)
    const d = res.json()
    assert.equal(d.state, 'received')
    assert.match(d.reference, /^CUS-\d{5}$/)
    assert.equal(d.fields.instrument_type, 'grand_jury_subpoena')
    assert.equal(d.documents.length, 1)
    assert.equal(d.documents[0].text, 'SUBPOENA TO TESTIFY BEFORE A GRAND JURY')
    assert.deepEqual(d.timeline.map((e: { type: string }) => e.type), ['demand_received', 'document_attached'])
    assert.ok(d.allowed_events.includes('triage_started'))
    assert.equal(d.timeline[0].actor_name, 'Test legal')
  })

  it('honours the Idempotency-Key: the same request twice is one demand', async () => {
    const body = { fields: demandFields({ summary: 'idempotent' }) }
    const first = await post('/api/demands', body, { 'idempotency-key': 'key-1' })
    const second = await post('/api/demands', body, { 'idempotency-key': 'key-1' })
    assert.equal(first.statusCode, 201)
    assert.equal(second.statusCode, 200)
    assert.equal(second.json().id, first.json().id)
  })

  it('refuses a different request under a used Idempotency-Key', async () => {
    await post('/api/demands', { fields: demandFields({ summary: 'a' }) }, { 'idempotency-key': 'key-2' })
    const res = await post('/api/demands', { fields: demandFields({ summary: 'b' }) }, { 'idempotency-key': 'key-2' })
    assert.equal(res.statusCode, 409)
    assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
    assert.equal(res.json().code, 'IDEMPOTENCY_CONFLICT')
  })

  it('answers bad fields with problem+json naming the field', async () => {
    const res = await post('/api/demands', { fields: demandFields({ instrument_type: 'letter_of_marque', due_at: 'tomorrow' }) })
    assert.equal(res.statusCode, 400)
    const p = res.json()
    assert.equal(p.code, 'VALIDATION_FAILED')
    assert.match(p.detail, /instrument_type/)
    const fields = p.problems.map((x: { field: string }) => x.field)
    assert.ok(fields.includes('instrument_type') && fields.includes('due_at'), JSON.stringify(p.problems))
  })

  it('answers a body that is not JSON with a clear 400', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/demands', payload: '{not json', headers: { cookie, 'content-type': 'application/json' } })
    assert.equal(res.statusCode, 400)
    assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  })
})

describe('POST /api/demands/:id/events', () => {
  it('moves a demand through the workflow and refuses an illegal move with 409 naming state and event', async () => {
    const id = (await post('/api/demands', { fields: demandFields() })).json().id
    const triage = await post(`/api/demands/${id}/events`, { type: 'triage_started', payload: {} })
    assert.equal(triage.statusCode, 201, triage.body)
    assert.equal(triage.json().state, 'triage')
    const review = await post(`/api/demands/${id}/events`, { type: 'sent_to_legal_review', payload: { note: 'Check scope' } })
    assert.equal(review.json().state, 'legal_review')

    const illegal = await post(`/api/demands/${id}/events`, { type: 'production_delivered', payload: {} })
    assert.equal(illegal.statusCode, 409)
    const p = illegal.json()
    assert.equal(p.code, 'INVALID_TRANSITION')
    assert.equal(p.state, 'legal_review')
    assert.equal(p.event, 'production_delivered')
    assert.match(p.detail, /legal_review.*production_delivered/)
    assert.equal((await get(`/api/demands/${id}`)).json().state, 'legal_review')
  })

  it('validates event payloads (litigation needs a court and case number)', async () => {
    const id = (await post('/api/demands', { fields: demandFields() })).json().id
    for (const type of ['triage_started', 'sent_to_legal_review']) await post(`/api/demands/${id}/events`, { type, payload: {} })
    const res = await post(`/api/demands/${id}/events`, { type: 'litigation_filed', payload: { court: 'N.D. Cal.' } })
    assert.equal(res.statusCode, 400)
    assert.match(res.json().detail, /case_number/)
  })

  it('answers 404 for an unknown demand and 400 for an unknown event type', async () => {
    const missing = await post('/api/demands/00000000-0000-4000-8000-000000000000/events', { type: 'note_added', payload: { text: 'x' } })
    assert.equal(missing.statusCode, 404)
    assert.equal(missing.json().code, 'DEMAND_NOT_FOUND')
    const id = (await post('/api/demands', { fields: demandFields() })).json().id
    const unknown = await post(`/api/demands/${id}/events`, { type: 'teleported', payload: {} })
    assert.equal(unknown.statusCode, 400)
    const forged = await post(`/api/demands/${id}/events`, { type: 'document_attached', payload: { document_id: 'x', filename: 'fake.pdf', sha256: 'a'.repeat(64) } })
    assert.equal(forged.statusCode, 400, 'documents are attached by uploading them, never by hand')
    const reading = { reader: 'me', fields: { instrument_type: { value: 'search_warrant', confidence: 1, passages: [] } } }
    const forgedReading = await post(`/api/demands/${id}/events`, { type: 'fields_read', payload: reading })
    assert.equal(forgedReading.statusCode, 400, 'a reading is what Custodian read; a person corrects the fields instead')
  })
})

describe('GET /api/demands', () => {
  it('filters by state, instrument, authority and due date, and pages with a keyset cursor', async () => {
    const local = await createTestApp()
    const c = (await local.as('legal')).cookie
    const make = (o: Record<string, unknown>) =>
      local.app.inject({ method: 'POST', url: '/api/demands', payload: { fields: demandFields(o) }, headers: { cookie: c } })
    const dues = ['2026-12-05T12:00:00Z', '2026-12-01T12:00:00Z', null, '2026-12-03T12:00:00Z', '2026-12-02T12:00:00Z']
    for (const [i, due] of dues.entries()) {
      await make({ due_at: due, issuing_authority: { name: i % 2 ? 'Federal Bureau of Investigation' : 'Example County Sheriff', kind: 'local_police', jurisdiction: 'US-CA' }, instrument_type: i === 0 ? 'search_warrant' : 'grand_jury_subpoena' })
    }
    const q = async (qs: string) => {
      const res = await local.app.inject({ method: 'GET', url: `/api/demands?${qs}`, headers: { cookie: c } })
      assert.equal(res.statusCode, 200, res.body)
      return res.json() as { items: { due_at: string | null; issuing_authority: string; id: string }[]; next: string | null }
    }
    const all = await q('sort=due_at')
    assert.deepEqual(all.items.map((i) => i.due_at?.slice(0, 10) ?? null), ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-05', null])
    for (const key of ['id', 'state', 'instrument_type', 'issuing_authority', 'received_at', 'due_at']) assert.ok(key in all.items[0]!, key)

    const pages: string[] = []
    let cursor: string | null = null
    do {
      const page = await q(`sort=due_at&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      assert.ok(page.items.length <= 2)
      pages.push(...page.items.map((i) => i.id))
      cursor = page.next
    } while (cursor)
    assert.deepEqual(pages, all.items.map((i) => i.id))

    const desc = await q('sort=-due_at&limit=2')
    assert.equal(desc.items[0]!.due_at?.slice(0, 10), '2026-12-05')
    assert.equal((await q('instrument=search_warrant')).items.length, 1)
    assert.equal((await q('authority=bureau')).items.length, 2)
    assert.equal((await q('due_before=2026-12-03')).items.length, 2)
    assert.equal((await q('state=received')).items.length, 5)
    assert.equal((await q('state=closed,objected')).items.length, 0)

    const bad = await local.app.inject({ method: 'GET', url: '/api/demands?state=pending&due_before=soon', headers: { cookie: c } })
    assert.equal(bad.statusCode, 400)
    assert.equal(bad.json().code, 'VALIDATION_FAILED')
    const badCursor = await local.app.inject({ method: 'GET', url: '/api/demands?cursor=garbage', headers: { cookie: c } })
    assert.equal(badCursor.statusCode, 400)
    await local.close()
  })
})

describe('POST /api/demands/import', () => {
  const multipart = (parts: { name: string; filename?: string; content: string | Buffer; type?: string }[]) => {
    const boundary = '----custodian-test-boundary'
    const chunks: Buffer[] = []
    for (const p of parts) {
      const disposition = p.filename ? `form-data; name="${p.name}"; filename="${p.filename}"` : `form-data; name="${p.name}"`
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`))
      chunks.push(Buffer.isBuffer(p.content) ? p.content : Buffer.from(p.content))
      chunks.push(Buffer.from('\r\n'))
    }
    chunks.push(Buffer.from(`--${boundary}--\r\n`))
    return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
  }

  it('stores the uploaded document and its text, with the fields given', async () => {
    const m = multipart([
      { name: 'fields', content: JSON.stringify({ instrument_type: 'search_warrant', issuing_authority: { name: 'Superior Court of the District of Columbia' } }) },
      { name: 'file', filename: 'warrant.txt', content: 'SEARCH AND SEIZURE WARRANT\nfor the account disruptj20', type: 'text/plain' },
    ])
    const res = await t.app.inject({ method: 'POST', url: '/api/demands/import', ...m, headers: { ...m.headers, cookie } })
    assert.equal(res.statusCode, 201, res.body)
    const d = res.json()
    assert.equal(d.fields.instrument_type, 'search_warrant')
    assert.equal(d.documents[0].filename, 'warrant.txt')
    assert.match(d.documents[0].text, /SEIZURE WARRANT/)
    assert.match(d.documents[0].sha256, /^[0-9a-f]{64}$/)

    const download = await t.app.inject({ method: 'GET', url: `/api/documents/${d.documents[0].id}/content`, headers: { cookie } })
    assert.equal(download.statusCode, 200)
    assert.equal(download.body, 'SEARCH AND SEIZURE WARRANT\nfor the account disruptj20')
    assert.equal(download.headers['x-content-sha256'], d.documents[0].sha256)
  })

  it('pre-fills the demand from what it reads in the document, and says the fields need checking', async () => {
    const text = readFileSync('fixtures/demands/docs/01_us-cbp-summons-alt-uscis-2017.txt')
    const m = multipart([{ name: 'file', filename: 'summons.txt', content: text, type: 'text/plain' }])
    const res = await t.app.inject({ method: 'POST', url: '/api/demands/import', ...m, headers: { ...m.headers, cookie } })
    assert.equal(res.statusCode, 201, res.body)
    const d = res.json()
    assert.equal(d.fields.instrument_type, 'administrative_summons')
    assert.match(d.fields.issuing_authority.name, /Customs and Border Protection/)
    assert.deepEqual(d.fields.statutes_cited, ['19 U.S.C. 1509'])
    assert.equal(d.fields.targets[0].identifier, '@ALT_USCIS')
    assert.equal(d.fields.nondisclosure.basis, 'request')
    assert.ok(d.timeline.some((e: { type: string; payload: { text?: string } }) => e.type === 'note_added' && /read from the document automatically/.test(e.payload.text ?? '')))
  })

  it('keeps a document it cannot read, and says so on the demand', async () => {
    const binary = Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x42])
    const m = multipart([{ name: 'file', filename: 'mystery.bin', content: binary, type: 'application/octet-stream' }])
    const res = await t.app.inject({ method: 'POST', url: '/api/demands/import', ...m, headers: { ...m.headers, cookie } })
    assert.equal(res.statusCode, 201, res.body)
    const d = res.json()
    assert.equal(d.documents[0].text, null)
    assert.equal(d.documents[0].size, binary.length)
    const note = d.timeline.find((e: { type: string }) => e.type === 'note_added')
    assert.match(note.payload.text, /mystery\.bin.*could not be read/)
    assert.equal(d.fields.issuing_authority.name, 'Not yet identified')
  })

  it('keeps a demand whose fields take too long to read, unread and noted, and answers other requests meanwhile', async () => {
    const slow = await createTestApp({ reader: createDocumentReader({ limits: { fieldTimeoutMs: 300 } }) })
    const c = (await slow.as('legal')).cookie
    // Seconds of pattern work: past the 300 ms the field reader is given here.
    const text = `${readFileSync('fixtures/demands/docs/01_us-cbp-summons-alt-uscis-2017.txt', 'utf8')}\n`.repeat(300)
    const m = multipart([{ name: 'file', filename: 'long.txt', content: text, type: 'text/plain' }])
    const upload = slow.app.inject({ method: 'POST', url: '/api/demands/import', ...m, headers: { ...m.headers, cookie: c } })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const asked = performance.now()
    const health = await slow.app.inject({ method: 'GET', url: '/api/health' })
    const healthMs = performance.now() - asked
    const res = await upload
    assert.equal(health.statusCode, 200)
    assert.ok(healthMs < 1_000, `the server answered after ${Math.round(healthMs)} ms`)
    assert.equal(res.statusCode, 201, res.body)
    const d = res.json()
    assert.equal(d.documents[0].text.length, text.length)
    assert.equal(d.fields.issuing_authority.name, 'Not yet identified')
    const notes = d.timeline.filter((e: { type: string }) => e.type === 'note_added').map((e: { payload: { text: string } }) => e.payload.text)
    assert.ok(notes.some((n: string) => /fields could not be read .*took longer than 300 ms/.test(n)), notes.join(' | '))
    await slow.close()
  })

  it('refuses a file over the upload limit with 413, and a request without a file with 400', async () => {
    const small = await createTestApp({ config: { maxUploadBytes: 1024 } })
    const c = (await small.as('legal')).cookie
    const big = multipart([{ name: 'file', filename: 'big.txt', content: 'x'.repeat(5000), type: 'text/plain' }])
    const res = await small.app.inject({ method: 'POST', url: '/api/demands/import', ...big, headers: { ...big.headers, cookie: c } })
    assert.equal(res.statusCode, 413)
    assert.equal(res.json().code, 'DOCUMENT_TOO_LARGE')
    const none = multipart([{ name: 'fields', content: '{}' }])
    const res2 = await small.app.inject({ method: 'POST', url: '/api/demands/import', ...none, headers: { ...none.headers, cookie: c } })
    assert.equal(res2.statusCode, 400)
    await small.close()
  })
})

describe('API surface', () => {
  it('serves the OpenAPI document at /api/docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' })
    assert.equal(res.statusCode, 200)
    const doc = res.json()
    assert.ok(doc.openapi.startsWith('3.'))
    for (const p of ['/api/demands', '/api/demands/{id}', '/api/demands/import', '/api/demands/{id}/events', '/api/health']) assert.ok(doc.paths[p], p)
    assert.ok(doc.paths['/api/demands'].post.requestBody, 'create-demand body is documented')
  })

  it('answers unknown API paths with problem+json 404', async () => {
    const res = await get('/api/nothing-here')
    assert.equal(res.statusCode, 404)
    assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  })

  it('reports health without signing in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' })
    assert.deepEqual(res.json(), { status: 'ok', database: t.ctx.database.kind })
  })
})
