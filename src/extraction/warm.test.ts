import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { readFieldsInWorker } from './fields-host.js'
import { shutdownReaders } from './read/parser-host.js'
import { readDocument } from './read/read-document.js'
import { simplePdf } from './testing/builders.js'
import { warmReaders } from './warm.js'

after(async () => {
  await shutdownReaders()
})

describe('warmReaders', () => {
  it('reads its own multi-page PDF through the parser worker and a summons through the field reader, and reports success', async () => {
    assert.equal(await warmReaders(), true)
  })

  it('leaves the worker ready: the next document is read normally', async () => {
    const read = await readDocument(simplePdf('Subpoena to produce records of @warm_target'))
    assert.ok(read.ok, read.ok ? '' : read.error.message)
    assert.match(read.value.text, /@warm_target/)
    const fields = await readFieldsInWorker(read.value.text)
    assert.ok(fields.ok, fields.ok ? '' : fields.error.message)
    assert.deepEqual(fields.value.fields.target_identifiers.value, ['@warm_target'])
  })
})
