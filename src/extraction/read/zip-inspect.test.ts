import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { DEFAULT_READ_LIMITS } from '../limits.js'
import { docxFiles, zip } from '../testing/builders.js'
import { readZipDirectory } from './zip-inspect.js'

const limits = DEFAULT_READ_LIMITS

describe('readZipDirectory', () => {
  it('lists a .docx without inflating it', () => {
    const dir = readZipDirectory(zip(docxFiles('Order')), limits)
    assert.ok(dir.ok)
    assert.deepEqual(dir.value.entries.map((e) => e.name).sort(), ['[Content_Types].xml', '_rels/.rels', 'word/document.xml'])
  })

  it('refuses an entry that claims an absurd expansion (zip bomb)', () => {
    const bomb = zip([...docxFiles('x'), { name: 'word/media/bomb.bin', data: new Uint8Array(2000), declaredSize: 900 * 1024 * 1024 }])
    const dir = readZipDirectory(bomb, { ...limits, maxUnzippedBytes: 4 * 1024 * 1024 * 1024 })
    assert.ok(!dir.ok)
    assert.equal(dir.error.code, 'DOCUMENT_HOSTILE')
  })

  it('refuses an archive whose declared total is over the limit', () => {
    const big = zip([...docxFiles('x'), { name: 'word/big.xml', data: new Uint8Array(10), declaredSize: 1000 }])
    const dir = readZipDirectory(big, { ...limits, maxUnzippedBytes: 500, maxZipRatio: 1e9 })
    assert.ok(!dir.ok)
    assert.equal(dir.error.code, 'DOCUMENT_TOO_LARGE')
  })

  it('refuses too many entries, encryption and truncation with their own codes', () => {
    const many = zip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, data: new Uint8Array(1) })))
    const tooMany = readZipDirectory(many, { ...limits, maxZipEntries: 10 })
    assert.ok(!tooMany.ok && tooMany.error.code === 'DOCUMENT_HOSTILE')

    const locked = readZipDirectory(zip([{ name: 'word/document.xml', data: new Uint8Array(5), encrypted: true }]), limits)
    assert.ok(!locked.ok && locked.error.code === 'DOCUMENT_ENCRYPTED')

    const whole = zip(docxFiles('Order'))
    const cut = readZipDirectory(whole.subarray(0, whole.length - 30), limits)
    assert.ok(!cut.ok && cut.error.code === 'DOCUMENT_CORRUPT')
  })
})
