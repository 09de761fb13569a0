// Parser worker: runs the libraries that parse untrusted files (pdf.js through unpdf, mammoth,
// mailparser) off the main thread, so that a file that makes a parser loop or balloon can be
// killed (Worker.terminate, resourceLimits) without taking the process down.
// Plain JavaScript on purpose: a worker that had to load a TypeScript loader would start in about
// 270 ms instead of 40 ms. It holds no logic beyond calling the libraries and returning plain data;
// limits, error wording and text assembly live in the TypeScript modules that call it.
import { Buffer } from 'node:buffer'
import { parentPort } from 'node:worker_threads'

// Node 20 lacks ArrayBuffer.prototype.transferToFixedLength, which pdf.js uses when rendering;
// without it pages render blank.
if (!ArrayBuffer.prototype.transferToFixedLength) {
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value: function transferToFixedLength(length = this.byteLength) {
      const copy = new ArrayBuffer(length)
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)))
      return copy
    },
  })
}

/** Text of one page: items in reading order, a line break wherever the baseline moves. */
function pageText(items) {
  let text = ''
  let lastY = null
  for (const item of items) {
    if (typeof item.str !== 'string') continue
    const y = Array.isArray(item.transform) ? item.transform[5] : null
    const height = Math.abs(item.height || 0) || 8
    if (lastY !== null && y !== null && Math.abs(y - lastY) > height * 0.6 && text && !text.endsWith('\n')) text += '\n'
    text += item.str
    if (item.hasEOL) text += '\n'
    if (y !== null) lastY = y
  }
  return text
}

async function openPdf(bytes) {
  const { getDocumentProxy } = await import('unpdf')
  return getDocumentProxy(bytes, { verbosity: 0, isEvalSupported: false, stopAtErrors: false })
}

async function pdfText({ bytes, maxPages }) {
  const pdf = await openPdf(bytes)
  try {
    const pages = pdf.numPages
    if (pages > maxPages) return { pages, texts: [] }
    const texts = []
    for (let n = 1; n <= pages; n++) {
      const page = await pdf.getPage(n)
      const content = await page.getTextContent()
      texts.push(pageText(content.items))
      page.cleanup()
    }
    return { pages, texts }
  } finally {
    await pdf.destroy()
  }
}

async function pdfRender({ bytes, pageNumbers, targetWidth }) {
  const { renderPageAsImage } = await import('unpdf')
  const pdf = await openPdf(bytes)
  try {
    const images = []
    for (const n of pageNumbers) {
      const page = await pdf.getPage(n)
      const width = page.getViewport({ scale: 1 }).width || 612
      const scale = Math.min(4, Math.max(1, targetWidth / width))
      page.cleanup()
      const png = await renderPageAsImage(pdf, n, { canvasImport: () => import('@napi-rs/canvas'), scale })
      images.push(new Uint8Array(png))
    }
    return { images }
  } finally {
    await pdf.destroy()
  }
}

async function docxText({ bytes }) {
  const mammoth = (await import('mammoth')).default
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
  return { text: result.value, messages: result.messages.map((m) => `${m.type}: ${m.message}`) }
}

async function emlParse({ bytes, maxAttachments }) {
  const { simpleParser } = await import('mailparser')
  const mail = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    skipImageLinks: true,
    skipTextToHtml: true,
    skipTextLinks: true,
  })
  const attachments = (mail.attachments || []).slice(0, maxAttachments).map((a) => ({
    filename: a.filename || null,
    content_type: a.contentType || null,
    content: new Uint8Array(a.content.buffer, a.content.byteOffset, a.content.byteLength),
  }))
  return {
    subject: mail.subject || null,
    from: mail.from ? mail.from.text : null,
    to: mail.to ? (Array.isArray(mail.to) ? mail.to.map((t) => t.text).join(', ') : mail.to.text) : null,
    // The Date header as written: converting it to UTC can move it to the next calendar day.
    date: rawDateHeader(mail) ?? (mail.date ? mail.date.toISOString() : null),
    text: typeof mail.text === 'string' ? mail.text : null,
    html: typeof mail.html === 'string' ? mail.html : null,
    attachments,
    attachments_total: (mail.attachments || []).length,
  }
}

function rawDateHeader(mail) {
  const line = (mail.headerLines || []).find((h) => h.key === 'date')
  return line ? line.line.replace(/^date:\s*/i, '').trim() : null
}

/**
 * A small text PDF (WARM_PAGES pages of WARM_LINES lines) made with pdf-lib as a word processor
 * would make one (compressed object streams, an embedded standard font), so the warm-up runs
 * pdf.js's parsing and text-layer code often enough for it to be compiled before the first real
 * document arrives.
 */
const WARM_PAGES = 4
const WARM_LINES = 45

async function warmUpPdf() {
  const { PDFDocument, StandardFonts } = await import('pdf-lib')
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let p = 0; p < WARM_PAGES; p++) {
    const page = doc.addPage([612, 792])
    for (let l = 0; l < WARM_LINES; l++) {
      page.drawText(`Warm-up page ${p + 1}, line ${l + 1}: a subpoena under 18 U.S.C. 2703.`, { x: 48, y: 740 - l * 15, size: 10, font })
    }
  }
  return doc.save()
}

/**
 * Load the parsers and run pdf.js once before the first document arrives, so a running server
 * reads its first upload about as fast as its hundredth (loading and first compilation are most
 * of a cold read).
 */
async function warm() {
  await Promise.all([import('mammoth'), import('mailparser')])
  const bytes = await warmUpPdf()
  let read = ''
  for (let round = 0; round < 2; round++) read = (await pdfText({ bytes: bytes.slice(), maxPages: WARM_PAGES })).texts.join('')
  return read.includes(`page ${WARM_PAGES}, line ${WARM_LINES}:`)
}

const OPS = { 'pdf-text': pdfText, 'pdf-render': pdfRender, docx: docxText, eml: emlParse, warm }

parentPort.on('message', async (message) => {
  const { id, op, input } = message
  try {
    const run = OPS[op]
    if (!run) throw new Error(`unknown operation ${op}`)
    const value = await run(input)
    const transfer = []
    if (value.images) for (const img of value.images) transfer.push(img.buffer)
    parentPort.postMessage({ id, ok: true, value }, transfer)
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error))
    parentPort.postMessage({ id, ok: false, error: { name: e.name, message: e.message } })
  }
})
