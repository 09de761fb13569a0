import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { createDocumentReader } from './document-reader.js'
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
