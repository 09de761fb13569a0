/**
 * Letters to the issuer through the HTTP API, on the flagship demo: an objection drafted from the
 * findings, downloaded as PDF and DOCX with their hashes, edited into a second version while the
 * first stays as it was, and refused to anyone who may not act on demands.
 */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import mammoth from 'mammoth'
import { PDFDocument } from 'pdf-lib'
import { extractText, getDocumentProxy } from 'unpdf'
import { loadFlagshipDemo } from '../../src/app/demo/load-flagship-demo.js'
import { INTERNAL_RULES } from '../../src/core/letters/phrases.js'
import { createTestApp, type TestApp } from '../_util/test-app.js'

type LetterDoc = {
  id: string
  filename: string
  media_type: string
  size: number
  sha256: string
  url: string
}
type Version = {
  letter_id: string
  version: number
  kind: string
  edited: boolean
  body: string
  body_sha256: string
  finding_ids: string[]
  documents: LetterDoc[]
}
type Finding = { rule_id: string; outcome: string; citation: string }

let t: TestApp
let flagshipId: string
before(async () => {
  t = await createTestApp()
  flagshipId = (await loadFlagshipDemo(t.ctx)).id!
})
after(() => t.close())

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const flat = (s: string) => s.replace(/\s+/g, ' ')

async function call(
  role: 'admin' | 'legal' | 'viewer',
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
) {
  const { cookie } = await t.as(role)
  return t.app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  })
}

/** Downloads a document and checks the hash the server announces against the bytes it sent. */
async function download(doc: LetterDoc): Promise<Uint8Array> {
  const res = await call('legal', 'GET', doc.url)
  assert.equal(res.statusCode, 200, res.body)
  const bytes = new Uint8Array(res.rawPayload)
  assert.equal(res.headers['x-content-sha256'], sha256(bytes), 'the hash header is the hash of the bytes')
  assert.equal(sha256(bytes), doc.sha256, 'the bytes are the version that was recorded')
  assert.match(String(res.headers['content-disposition']), new RegExp(doc.filename.replaceAll('.', '\\.')))
  return bytes
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })
  return flat(text)
}

async function docxText(bytes: Uint8Array): Promise<string> {
  return flat((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value)
}

const byExt = (v: Version, ext: string) => v.documents.find((d) => d.filename.endsWith(ext))!

describe('letters on the flagship demand', () => {
  let first: Version

  it('drafts an objection from the findings, stored as DOCX and PDF with their hashes and a letter_drafted event', async () => {
    const res = await call('legal', 'POST', `/api/demands/${flagshipId}/letters`, {
      kind: 'objection',
      organisation: 'Twitter, Inc.',
    })
    assert.equal(res.statusCode, 201, res.body)
    first = res.json()
    assert.equal(first.version, 1)
    assert.equal(first.kind, 'objection')
    assert.equal(first.edited, false)
    assert.deepEqual(
      first.documents.map((d) => d.media_type),
      ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/pdf'],
    )
    assert.equal(res.json().letter.points.length > 0, true)

    const demand = (await call('viewer', 'GET', `/api/demands/${flagshipId}`)).json()
    const failing = (demand.assessment.findings as Finding[]).filter(
      (f) => f.outcome === 'fail' && !INTERNAL_RULES.has(f.rule_id),
    )
    assert.deepEqual(
      [...first.finding_ids].sort(),
      failing.map((f) => f.rule_id).sort(),
      'the letter answers every failing finding',
    )
    assert.ok(first.finding_ids.includes('ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE'))

    const event = demand.timeline.at(-1)
    assert.equal(event.type, 'letter_drafted')
    assert.equal(event.payload.letter_id, first.letter_id)
    assert.deepEqual(
      event.payload.document_ids,
      first.documents.map((d) => d.id),
    )
    assert.deepEqual(
      event.payload.sha256s,
      first.documents.map((d) => d.sha256),
    )
    assert.equal(event.payload.body_sha256, sha256(new TextEncoder().encode(first.body)))
    assert.deepEqual(event.payload.finding_ids, first.finding_ids)
    assert.equal(demand.state, 'closed', 'a letter is a record: the demand stays where it was')
  })

  it('downloads the PDF and the DOCX, each matching its hash and carrying the statute and rule citations', async () => {
    const demand = (await call('viewer', 'GET', `/api/demands/${flagshipId}`)).json()
    const failing = (demand.assessment.findings as Finding[]).filter((f) =>
      first.finding_ids.includes(f.rule_id),
    )
    const pdf = await download(byExt(first, '.pdf'))
    assert.ok((await PDFDocument.load(pdf)).getPageCount() >= 1)
    const docx = await download(byExt(first, '.docx'))
    for (const text of [await pdfText(pdf), await docxText(docx)]) {
      assert.ok(text.includes('19 U.S.C. § 1509'), 'the statute the summons relies on')
      assert.ok(text.includes('We object to the demand for the reasons set out below'))
      assert.ok(text.includes('Twitter, Inc.'))
      for (const f of failing) {
        for (const part of f.citation.split('; '))
          assert.ok(text.includes(flat(part)), `${f.rule_id}: "${part}" is cited`)
      }
    }
  })

  it('saves an edited body as version 2, rendered again, while version 1 stays as it was', async () => {
    const edited = first.body
      .replace('We object to the demand', 'We firmly object to the demand')
      .replace('[Name]', 'Jane Counsel')
    const res = await call('legal', 'PUT', `/api/demands/${flagshipId}/letters/${first.letter_id}`, {
      body: edited,
    })
    assert.equal(res.statusCode, 201, res.body)
    const second: Version = res.json()
    assert.equal(second.letter_id, first.letter_id)
    assert.equal(second.version, 2)
    assert.equal(second.edited, true)
    assert.equal(second.kind, 'objection')
    assert.deepEqual(second.finding_ids, first.finding_ids)
    assert.equal(second.body, edited)
    assert.ok(
      second.documents.every((d) => !first.documents.some((f) => f.id === d.id)),
      'new documents, nothing overwritten',
    )
    assert.match(await pdfText(await download(byExt(second, '.pdf'))), /We firmly object to the demand/)
    assert.match(await docxText(await download(byExt(second, '.docx'))), /We firmly object to the demand/)

    // The first version downloads exactly as before.
    assert.doesNotMatch(await pdfText(await download(byExt(first, '.pdf'))), /firmly/)
    await download(byExt(first, '.docx'))

    const list = await call('viewer', 'GET', `/api/demands/${flagshipId}/letters`)
    assert.equal(list.statusCode, 200, list.body)
    const [letter, ...others] = list.json().items
    assert.equal(others.length, 0)
    assert.equal(letter.letter_id, first.letter_id)
    assert.deepEqual(
      letter.versions.map((v: Version) => [v.version, v.edited, v.body === first.body]),
      [
        [1, false, true],
        [2, true, false],
      ],
    )
    assert.deepEqual(
      letter.versions[0].documents.map((d: LetterDoc) => d.sha256),
      first.documents.map((d) => d.sha256),
    )

    const drafted = (await call('viewer', 'GET', `/api/demands/${flagshipId}`))
      .json()
      .timeline.filter((e: { type: string }) => e.type === 'letter_drafted')
    assert.deepEqual(
      drafted.map((e: { payload: { version: number } }) => e.payload.version),
      [1, 2],
    )
  })

  it('refuses an unchanged body, an unknown letter, an unknown kind and a stale version', async () => {
    const list = (await call('legal', 'GET', `/api/demands/${flagshipId}/letters`)).json()
    const latest = list.items[0].versions.at(-1) as Version
    const url = `/api/demands/${flagshipId}/letters/${first.letter_id}`
    const same = await call('legal', 'PUT', url, { body: latest.body })
    assert.equal(same.statusCode, 400)
    assert.match(same.json().detail, /same as version 2/)
    assert.equal((await call('legal', 'PUT', url, { body: '  ' })).statusCode, 400)
    const unknown = await call('legal', 'PUT', `/api/demands/${flagshipId}/letters/no-such-letter`, {
      body: 'Text',
    })
    assert.equal(unknown.statusCode, 404)
    const kind = await call('legal', 'POST', `/api/demands/${flagshipId}/letters`, { kind: 'apology' })
    assert.equal(kind.statusCode, 400)
    assert.match(kind.json().detail, /objection, narrowing, clarification, rejection/)
    const stale = await call('legal', 'PUT', url, { body: `${latest.body}\nP.S.`, expected_version: 1 })
    assert.equal(stale.statusCode, 409)
    assert.equal(
      (
        await call('legal', 'POST', '/api/demands/00000000-0000-4000-8000-000000000000/letters', {
          kind: 'objection',
        })
      ).statusCode,
      404,
    )
  })

  it('drafts a narrowing letter that names the categories that may be produced', async () => {
    const res = await call('admin', 'POST', `/api/demands/${flagshipId}/letters`, { kind: 'narrowing' })
    assert.equal(res.statusCode, 201, res.body)
    const v: Version & { letter: { categories: { producible: { category: string }[] } } } = res.json()
    assert.notEqual(v.letter_id, first.letter_id, 'a new letter, not a version of the objection')
    assert.deepEqual(
      v.letter.categories.producible.map((c) => c.category),
      ['subscriber_identity', 'contact', 'ip_logs'],
    )
    assert.match(await pdfText(await download(byExt(v, '.pdf'))), /We will not produce: • Other records/)
    assert.equal((await call('viewer', 'GET', `/api/demands/${flagshipId}/letters`)).json().items.length, 2)
  })

  it('a viewer can read the letters but cannot draft or edit one (403)', async () => {
    const draft = await call('viewer', 'POST', `/api/demands/${flagshipId}/letters`, { kind: 'objection' })
    assert.equal(draft.statusCode, 403)
    assert.equal(draft.json().code, 'NOT_AUTHORIZED')
    const edit = await call('viewer', 'PUT', `/api/demands/${flagshipId}/letters/${first.letter_id}`, {
      body: 'Changed',
    })
    assert.equal(edit.statusCode, 403)
    const list = (await call('viewer', 'GET', `/api/demands/${flagshipId}/letters`)).json()
    assert.deepEqual(
      list.items[0].versions.map((v: Version) => v.version),
      [1, 2],
      'nothing changed',
    )
  })
})
