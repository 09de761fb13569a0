import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { createCanvas } from '@napi-rs/canvas'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { docx, docxFiles, emlWithAttachment, rawPdf, simplePdf, zip } from '../testing/builders.js'
import { shutdownReaders } from './parser-host.js'
import { readDocument } from './read-document.js'

after(async () => {
  await shutdownReaders()
})

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

async function pdfPages(n: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let p = 0; p < n; p++) {
    const page = doc.addPage([612, 792])
    for (let l = 0; l < 40; l++) page.drawText(`Page ${p + 1} line ${l + 1}: records of the account @target_${p}`, { x: 50, y: 740 - l * 16, size: 10, font })
  }
  return doc.save()
}

function scanPng(lines: string[]): Uint8Array {
  const canvas = createCanvas(1200, 120 + lines.length * 60)
  const g = canvas.getContext('2d')
  g.fillStyle = '#fff'
  g.fillRect(0, 0, canvas.width, canvas.height)
  g.fillStyle = '#000'
  g.font = '36px "Liberation Sans"'
  lines.forEach((l, i) => g.fillText(l, 40, 90 + i * 60))
  return new Uint8Array(canvas.toBuffer('image/png'))
}

describe('readDocument: text formats', () => {
  it('reads UTF-8 text as is, keeping odd line endings (offsets must match the file)', async () => {
    const read = await readDocument(utf8('Cyber Security Association of China\r\rJune 8, 2016'))
    assert.ok(read.ok)
    assert.equal(read.value.format, 'txt')
    assert.equal(read.value.text, 'Cyber Security Association of China\r\rJune 8, 2016')
    assert.equal(read.value.ocr, false)
  })

  it('reads UTF-16 with a byte-order mark and falls back to Windows-1252 for Latin-1 files', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Ofício'].flatMap((c) => [c.charCodeAt(0), 0])])
    const read16 = await readDocument(utf16)
    assert.ok(read16.ok)
    assert.equal(read16.value.text, 'Ofício')
    const latin1 = new Uint8Array([0x4f, 0x66, 0xed, 0x63, 0x69, 0x6f]) // "Ofício" in Windows-1252
    const read1252 = await readDocument(latin1)
    assert.ok(read1252.ok)
    assert.equal(read1252.value.text, 'Ofício')
    assert.match(read1252.value.warnings.join(), /Windows-1252/)
  })

  it('strips HTML safely and detects Markdown', async () => {
    const html = await readDocument(utf8('<!DOCTYPE html><html><body><p>Removal notice</p><script>evil()</script></body></html>'))
    assert.ok(html.ok)
    assert.equal(html.value.format, 'html')
    assert.equal(html.value.text, 'Removal notice')
    const md = await readDocument(utf8('# Production order\n\n- **Date:** 12 September 2023\n- item\n'))
    assert.ok(md.ok)
    assert.equal(md.value.format, 'md')
  })
})

describe('readDocument: PDF', () => {
  it('reads the text layer of every page, with the page count', async () => {
    const read = await readDocument(await pdfPages(3))
    assert.ok(read.ok)
    assert.equal(read.value.format, 'pdf')
    assert.equal(read.value.pages, 3)
    assert.match(read.value.text, /Page 3 line 40: records of the account @target_2/)
    assert.equal(read.value.ocr, false)
  })

  it('reads a 10-page text PDF in under 300 ms once the parser is warm', async () => {
    const pdf = await pdfPages(10)
    await readDocument(pdf)
    // The best of five runs: the machine is shared, and a busy neighbour is not the reader's cost.
    let best = Infinity
    for (let i = 0; i < 5; i++) {
      const started = performance.now()
      const read = await readDocument(pdf)
      best = Math.min(best, performance.now() - started)
      assert.ok(read.ok)
      assert.equal(read.value.pages, 10)
    }
    assert.ok(best < 300, `took ${Math.round(best)} ms`)
  })

  it('refuses a password-protected PDF with DOCUMENT_ENCRYPTED', async () => {
    const encrypted = rawPdf(
      ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', `<< /Filter /Standard /V 1 /R 2 /O <${'a'.repeat(64)}> /U <${'b'.repeat(64)}> /P -44 >>`],
      '/Encrypt 3 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]',
    )
    const read = await readDocument(encrypted)
    assert.ok(!read.ok)
    assert.equal(read.error.code, 'DOCUMENT_ENCRYPTED')
  })

  it('refuses a truncated or garbled PDF with a clear error, not a crash', async () => {
    const whole = await pdfPages(1)
    const cut = await readDocument(whole.subarray(0, 200))
    assert.ok(!cut.ok)
    assert.equal(cut.error.code, 'DOCUMENT_CORRUPT')
    const garbage = await readDocument(utf8(`%PDF-1.7\n${'\u0001garbage '.repeat(100)}`))
    assert.ok(garbage.ok ? garbage.value.text.trim() === '' : ['DOCUMENT_CORRUPT', 'UNSUPPORTED_DOCUMENT'].includes(garbage.error.code))
  })

  it('ends a page tree that loops on itself with an error, not a hang', async () => {
    const loop = rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>'])
    const started = performance.now()
    const read = await readDocument(loop, { limits: { timeoutMs: 10_000 } })
    assert.ok(performance.now() - started < 10_500)
    if (read.ok) assert.ok(read.value.pages !== undefined)
    else assert.ok(['DOCUMENT_CORRUPT', 'EXTRACTION_TIMEOUT'].includes(read.error.code))
  })

  it('kills a parse that outlives its time budget and stays usable afterwards', async () => {
    const pdf = await pdfPages(10)
    const read = await readDocument(pdf, { limits: { timeoutMs: 1 } })
    assert.ok(!read.ok)
    assert.equal(read.error.code, 'EXTRACTION_TIMEOUT')
    const again = await readDocument(simplePdf('Grand jury subpoena'))
    assert.ok(again.ok)
    assert.match(again.value.text, /Grand jury subpoena/)
  })

  it('refuses a PDF with more pages than allowed, before reading them', async () => {
    const read = await readDocument(await pdfPages(3), { limits: { maxPages: 2 } })
    assert.ok(!read.ok)
    assert.equal(read.error.code, 'DOCUMENT_TOO_LARGE')
  })
})

describe('readDocument: Word, e-mail, images and refusals', () => {
  it('reads a .docx', async () => {
    const read = await readDocument(docx('ORDER TO PROVIDE INFORMATION\nArticle 10 of Regulation (EU) 2022/2065'))
    assert.ok(read.ok)
    assert.equal(read.value.format, 'docx')
    assert.match(read.value.text, /ORDER TO PROVIDE INFORMATION\s+Article 10/)
  })

  it('refuses a zip bomb before mammoth opens it, and a zip that is not a Word file', async () => {
    const bomb = zip([...docxFiles('x'), { name: 'word/media/a.bin', data: new Uint8Array(4096), declaredSize: 3_000_000_000 }])
    const bombRead = await readDocument(bomb)
    assert.ok(!bombRead.ok)
    assert.ok(['DOCUMENT_HOSTILE', 'DOCUMENT_TOO_LARGE'].includes(bombRead.error.code))
    const plainZip = await readDocument(zip([{ name: 'notes.txt', data: utf8('hello') }]))
    assert.ok(!plainZip.ok)
    assert.equal(plainZip.error.code, 'UNSUPPORTED_DOCUMENT')
  })

  it('reads an e-mail body and its PDF attachment, each linked to its place in the text', async () => {
    const eml = emlWithAttachment({
      from: 'Agent <agent@agency.example>',
      to: 'legal@provider.example',
      subject: 'Preservation request',
      date: 'Mon, 18 Apr 2022 14:22:05 -0300',
      body: 'Please see the attached letter.\n',
      filename: 'letter.pdf',
      pdf: simplePdf('Pursuant to 18 U.S.C. 2703(f), preserve the account @example_target'),
    })
    const read = await readDocument(eml)
    assert.ok(read.ok)
    assert.equal(read.value.format, 'eml')
    const [body, attachment] = read.value.parts
    assert.equal(body?.role, 'body')
    assert.equal(attachment?.role, 'attachment')
    assert.equal(attachment?.format, 'pdf')
    assert.equal(attachment?.filename, 'letter.pdf')
    assert.match(read.value.text.slice(attachment?.start, attachment?.end), /2703\(f\), preserve the account @example_target/)
    assert.match(read.value.text.slice(body?.start, body?.end), /Please see the attached letter/)
    assert.match(read.value.text, /^From: "?Agent"? <agent@agency\.example>\nTo: legal@provider\.example\nSent: Mon, 18 Apr 2022 14:22:05 -0300\nSubject: Preservation request/)
  })

  it('keeps the message when one attachment cannot be read, and says which', async () => {
    const eml = emlWithAttachment({
      from: 'a@b.example', to: 'c@d.example', subject: 'Order', date: 'Tue, 1 Mar 2022 10:00:00 +0000',
      body: 'Order attached.', filename: 'broken.pdf', pdf: utf8('%PDF-1.4\nnot really'),
    })
    const read = await readDocument(eml)
    assert.ok(read.ok)
    assert.ok(read.value.parts[1]?.error)
    assert.match(read.value.warnings.join('\n'), /broken\.pdf/)
  })

  it('reads a scanned image by OCR', async () => {
    const read = await readDocument(scanPng(['GRAND JURY SUBPOENA', 'Account: @example_target']))
    assert.ok(read.ok)
    assert.equal(read.value.format, 'png')
    assert.equal(read.value.ocr, true)
    assert.equal(read.value.ocr_language, 'eng', 'an English scan is read with the English model alone')
    assert.match(read.value.text, /GRAND JURY SUBPOENA/)
  })

  it('refuses an image whose declared size would exhaust memory', async () => {
    const huge = new Uint8Array(33)
    huge.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
    new DataView(huge.buffer).setUint32(16, 100_000)
    new DataView(huge.buffer).setUint32(20, 100_000)
    const read = await readDocument(huge)
    assert.ok(!read.ok)
    assert.equal(read.error.code, 'DOCUMENT_TOO_LARGE')
  })

  it('refuses empty, oversized, binary and legacy files with specific errors', async () => {
    const empty = await readDocument(new Uint8Array())
    assert.ok(!empty.ok && empty.error.code === 'UNSUPPORTED_DOCUMENT')
    const big = await readDocument(utf8('x'.repeat(2000)), { limits: { maxBytes: 1000 } })
    assert.ok(!big.ok && big.error.code === 'DOCUMENT_TOO_LARGE')
    const elf = await readDocument(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 4]))
    assert.ok(!elf.ok && elf.error.code === 'UNSUPPORTED_DOCUMENT')
    const doc = await readDocument(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))
    assert.ok(!doc.ok && doc.error.code === 'UNSUPPORTED_DOCUMENT')
    const gif = await readDocument(utf8('GIF89a\u0001\u0000'))
    assert.ok(!gif.ok && gif.error.code === 'UNSUPPORTED_DOCUMENT')
  })
})
