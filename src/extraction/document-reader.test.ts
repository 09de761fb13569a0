import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { createDocumentReader, readFieldsTogether } from './document-reader.js'
import { shutdownReaders } from './read/parser-host.js'
import { simplePdf } from './testing/builders.js'

after(async () => {
  await shutdownReaders()
})

describe('createDocumentReader', () => {
  it('reads any supported document through the app port', async () => {
    const read = await createDocumentReader().read(simplePdf('Summons under 19 U.S.C. 1509'), 'summons.pdf')
    assert.ok(read.ok)
    assert.equal(read.value.media_type, 'application/pdf')
    assert.match(read.value.text, /19 U\.S\.C\. 1509/)
  })

  it('turns extraction errors into domain errors, keeping the precise code', async () => {
    const read = await createDocumentReader().read(new TextEncoder().encode('%PDF-1.7\n1 0 obj <<'), 'broken.pdf')
    assert.ok(!read.ok)
    assert.equal(read.error.code, 'UNSUPPORTED_DOCUMENT')
    assert.equal(read.error.details?.extraction_code, 'DOCUMENT_CORRUPT')
    assert.match(read.error.message, /^"broken\.pdf": /)
  })
})

describe('readFieldsTogether', () => {
  const cover = 'From: Det. Lee <lee@police.example.gov>\nSubject: Emergency request\n\nPlease see the attached request. Respond by 03/15/2024.'
  const request = 'EMERGENCY DISCLOSURE REQUEST\nAccount: @night_owl_22\nWe request subscriber information and IP addresses.'

  it('reads a covering message and its attachment as one demand, each passage pointing into its own document', async () => {
    const read = await readFieldsTogether([
      { document_id: 'cover', text: cover },
      { document_id: 'request', text: request },
    ])
    assert.ok(read?.ok)
    assert.deepEqual(read.warnings, [])
    assert.equal(read.fields.instrument_type, 'emergency_disclosure_request')
    assert.deepEqual(read.fields.targets.map((t) => t.identifier), ['@night_owl_22'])
    const texts: Record<string, string> = { cover, request }
    for (const [name, field] of Object.entries(read.reading.fields)) {
      for (const p of field.passages) assert.equal(texts[p.document_id]?.slice(p.start, p.end), p.text, name)
    }
    assert.equal(read.reading.fields.target_identifiers?.passages[0]?.document_id, 'request')
    assert.equal(read.reading.fields.response_deadline?.value, '2024-03-15')
    assert.equal(read.reading.fields.response_deadline?.passages[0]?.document_id, 'cover')
    assert.equal(read.reading.reader, 'custodian-extract 1')
  })

  it('skips documents without text and reads nothing when none has any', async () => {
    assert.equal(await readFieldsTogether([{ document_id: 'a', text: '  ' }]), null)
    const read = await readFieldsTogether([
      { document_id: 'blank', text: '' },
      { document_id: 'request', text: request },
    ])
    assert.ok(read?.ok)
    assert.ok(read.reading.fields.target_identifiers?.passages.every((p) => p.document_id === 'request'))
  })

  it('stops a reading that runs past its deadline and keeps the event loop free meanwhile', async () => {
    // About 10 s of pattern work on this machine: far past a 200 ms deadline.
    const long = `${cover}\n${request}\n`.repeat(12_000)
    let ticks = 0
    const ticker = setInterval(() => ticks++, 10)
    const started = performance.now()
    const read = await readFieldsTogether([{ document_id: 'long', text: long }], { fieldTimeoutMs: 200 })
    const waited = performance.now() - started
    clearInterval(ticker)
    assert.ok(read && !read.ok)
    assert.match(read.problem, /took longer than 200 ms/)
    assert.ok(waited < 5_000, `stopped after ${Math.round(waited)} ms`)
    // Run on the main thread, the reading would have blocked every tick until it finished.
    assert.ok(ticks >= 5, `the event loop turned ${ticks} times`)
    // The next reading starts a fresh worker and succeeds.
    const next = await readFieldsTogether([{ document_id: 'request', text: request }])
    assert.ok(next?.ok)
    assert.deepEqual(next.fields.targets.map((t) => t.identifier), ['@night_owl_22'])
  })

  it('reads the fields from the first maxFieldChars characters of a long text and says so', async () => {
    const read = await readFieldsTogether([{ document_id: 'request', text: `${request}\n${'Filler line of an exhibit.\n'.repeat(200)}@late_account` }], { maxFieldChars: 400 })
    assert.ok(read?.ok)
    assert.deepEqual(read.fields.targets.map((t) => t.identifier), ['@night_owl_22'])
    assert.match(read.warnings[0] ?? '', /fields were read from the first 400 only/)
  })
})
