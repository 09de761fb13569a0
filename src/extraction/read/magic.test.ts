import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { classifyText, isEncryptedOfficeFile, looksLikeText, pdfHeaderOffset, sniffBinary } from './magic.js'

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b)
const text = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('sniffBinary', () => {
  it('recognises formats by their first bytes, whatever the name', () => {
    assert.equal(sniffBinary(text('%PDF-1.7\n...')), 'pdf')
    assert.equal(sniffBinary(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0)), 'png')
    assert.equal(sniffBinary(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0)), 'jpeg')
    assert.equal(sniffBinary(bytes(0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0)), 'tiff')
    assert.equal(sniffBinary(bytes(0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8)), 'tiff')
    assert.equal(sniffBinary(bytes(0x50, 0x4b, 0x03, 0x04, 20, 0)), 'zip')
    assert.equal(sniffBinary(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)), 'ole2')
    assert.equal(sniffBinary(text('GIF89a......')), 'gif')
    assert.equal(sniffBinary(bytes(0x1f, 0x8b, 8, 0)), 'gzip')
    assert.equal(sniffBinary(new Uint8Array()), 'empty')
    assert.equal(sniffBinary(text('Subpoena to produce documents')), 'text')
    assert.equal(sniffBinary(bytes(0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3)), 'other-binary')
  })

  it('finds a PDF header behind junk a mail gateway prepended', () => {
    const junk = text(`${'x'.repeat(300)}%PDF-1.4\n`)
    assert.equal(pdfHeaderOffset(junk), 300)
    assert.equal(sniffBinary(junk), 'pdf')
  })

  it('treats UTF-16 with a byte-order mark as text despite the NUL bytes', () => {
    assert.equal(looksLikeText(bytes(0xff, 0xfe, 0x41, 0x00, 0x42, 0x00)), true)
    assert.equal(looksLikeText(bytes(0x41, 0x00, 0x42)), false)
  })

  it('spots a password-protected Office file by its EncryptedPackage stream', () => {
    const name = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]))
    const file = new Uint8Array(600)
    file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0)
    file.set(name, 512)
    assert.equal(isEncryptedOfficeFile(file), true)
    assert.equal(isEncryptedOfficeFile(new Uint8Array(600)), false)
  })
})

describe('classifyText', () => {
  it('tells e-mail, HTML, Markdown and plain text apart by their shape', () => {
    assert.equal(classifyText('From: a@b.example\nTo: c@d.example\nSubject: Subpoena\nMessage-ID: <x@y>\n\nBody'), 'eml')
    assert.equal(classifyText('<!DOCTYPE html><html><body><p>Order</p></body></html>'), 'html')
    assert.equal(classifyText('# Order\n\n**Reference:** 1\n\n- item\n'), 'md')
    assert.equal(classifyText('SUBPOENA\n\nTo: Custodian of Records\nDate: March 3, 2020\n'), 'txt')
  })

  it('does not take a letter with "To:" and "Date:" lines for an e-mail', () => {
    assert.equal(classifyText('To: Twitter, Inc.\nRe: Summons\n\nDear Sir'), 'txt')
  })
})
