import assert from 'node:assert/strict'
import { inflateRawSync } from 'node:zlib'
import { describe, it } from 'node:test'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { extractText, getDocumentProxy } from 'unpdf'
import { composeLetter, letterToText, textToBlocks, type LetterPrintMeta } from '../../core/letters/index.js'
import { DEFAULT_POLICY, EXAMPLES, evaluate } from '../../core/rules/index.js'
import { letterRenderer } from './index.js'
import { printableText, wrap } from './render-pdf.js'

const flagship = EXAMPLES.flagship
const facts = { ...flagship.facts, purpose_within_statute: false }
const letter = composeLetter({
  kind: 'objection',
  demand: { reference: 'CUS-00001', fields: facts, received_at: '2017-03-14T12:00:00-04:00', channel: 'fax' },
  assessment: evaluate(facts, DEFAULT_POLICY, flagship.now),
  organisation: 'Example Platform, Inc.',
  signer: { name: 'Jane Counsel' },
  date: '2017-03-20',
})
const text = letterToText(letter)
const meta: LetterPrintMeta = {
  title: 'Objection letter - CUS-00001',
  footer: 'Example Platform, Inc. - our reference CUS-00001',
  author: 'Example Platform, Inc.',
  created_at: '2017-03-20T15:00:00Z',
  page_size: 'letter',
}
const flat = (s: string) => s.replace(/\s+/g, ' ')

/** One entry of a zip archive, read through its central directory (enough for the files docx writes). */
function unzipEntry(bytes: Uint8Array, name: string): string | null {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = bytes.length - 22
  while (eocd >= 0 && dv.getUint32(eocd, true) !== 0x06054b50) eocd--
  if (eocd < 0) return null
  let at = dv.getUint32(eocd + 16, true)
  for (let n = dv.getUint16(eocd + 10, true); n > 0; n--) {
    const method = dv.getUint16(at + 10, true)
    const size = dv.getUint32(at + 20, true)
    const nameLength = dv.getUint16(at + 28, true)
    const local = dv.getUint32(at + 42, true)
    const entry = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
    if (entry === name) {
      const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true)
      const data = bytes.subarray(start, start + size)
      return new TextDecoder().decode(method === 8 ? inflateRawSync(data) : data)
    }
    at += 46 + nameLength + dv.getUint16(at + 30, true) + dv.getUint16(at + 32, true)
  }
  return null
}

/** The visible text of a WordprocessingML body: the runs' text, one paragraph per line. */
function docxText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' '))
    .join('\n')
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
}

describe('letter renderer', () => {
  it('writes a valid DOCX: a zip whose word/document.xml holds the letter, with a page-numbered footer', async () => {
    const { docx } = await letterRenderer.render(text, meta)
    assert.equal(new TextDecoder().decode(docx.subarray(0, 2)), 'PK')
    const xml = unzipEntry(docx, 'word/document.xml')
    assert.ok(xml, 'word/document.xml is in the archive')
    const body = flat(docxText(xml))
    for (const point of letter.points)
      assert.ok(body.includes(flat(point.statement)), `point ${point.number} is in the document`)
    assert.ok(body.includes('19 U.S.C. § 1509(a)'))
    assert.ok(body.includes('Re: Administrative summons dated March 14, 2017'))
    const footers = ['word/footer1.xml', 'word/footer2.xml'].map((f) => unzipEntry(docx, f) ?? '').join('')
    assert.match(footers, /our reference CUS-00001/)
    assert.match(footers, /PAGE/)
    assert.match(footers, /NUMPAGES/)
  })

  it('writes a valid PDF: letter-size pages, the letter text, "Page X of Y" on each page', async () => {
    const { pdf } = await letterRenderer.render(text, meta)
    const doc = await PDFDocument.load(pdf)
    const pages = doc.getPageCount()
    assert.ok(pages >= 2, `the flagship objection runs over a page, got ${pages}`)
    assert.deepEqual(doc.getPage(0).getSize(), { width: 612, height: 792 })
    assert.equal(doc.getTitle(), meta.title)
    const { text: perPage } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
      mergePages: false,
    })
    const all = flat(perPage.join(' '))
    assert.ok(all.includes('We object to the demand for the reasons set out below'))
    assert.ok(all.includes('18 U.S.C. § 2703(c)(2)'))
    assert.ok(
      all.includes(
        'Nothing in this letter waives any right, privilege or objection of Example Platform, Inc.',
      ),
    )
    perPage.forEach((p, i) =>
      assert.ok(flat(p).includes(`Page ${i + 1} of ${pages}`), `page ${i + 1} is numbered`),
    )
  })

  it('breaks a long letter over as many pages as it needs, wrapping every line inside the margins', async () => {
    const long = [
      text,
      ...Array.from(
        { length: 40 },
        (_, i) => `${i + 1}. ${'A sentence that goes on for a while. '.repeat(12)}`,
      ),
    ].join('\n\n')
    const { pdf } = await letterRenderer.render(long, { ...meta, page_size: 'a4' })
    const doc = await PDFDocument.load(pdf)
    assert.ok(doc.getPageCount() >= 8, `got ${doc.getPageCount()} pages`)
    assert.deepEqual(doc.getPage(0).getSize(), { width: 595.28, height: 841.89 })
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica)
    for (const line of wrap(`${'word '.repeat(200)}${'x'.repeat(300)}`, font, 11, 400)) {
      assert.ok(font.widthOfTextAtSize(line, 11) <= 400, `"${line.slice(0, 20)}..." fits`)
    }
  })

  it('prints what the standard fonts cannot as plain letters or "?", never failing; the DOCX keeps the original', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica)
    const printable = new Set(font.getCharacterSet())
    assert.equal(
      printableText('Łódź – § 2705(b) “quoted” ≥ 3 東京', printable),
      'Lódz – § 2705(b) “quoted” >= 3 ??',
    )
    const odd = 'Head\n\nPolicja w Łodzi, 東京 office'
    const { pdf, docx } = await letterRenderer.render(odd, meta)
    const { text: extracted } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
      mergePages: true,
    })
    assert.match(flat(extracted), /Policja w Lodzi, \?\? office/)
    assert.match(docxText(unzipEntry(docx, 'word/document.xml') ?? ''), /Policja w Łodzi, 東京 office/)
  })

  it('renders any text, even blank, as documents that open', async () => {
    const { pdf, docx } = await letterRenderer.render('', meta)
    assert.equal((await PDFDocument.load(pdf)).getPageCount(), 1)
    assert.ok(unzipEntry(docx, 'word/document.xml'))
    assert.deepEqual(textToBlocks(''), [])
  })
})
