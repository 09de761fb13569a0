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

/** A one-page PDF with a line of text, built here so the warm-up reads a real document through pdf.js. */
function warmUpPdf() {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  const stream = 'BT /F1 12 Tf 72 720 Td (Warm-up: subpoena under 18 U.S.C. 2703) Tj ET'
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`)
  let pdf = '%PDF-1.4\n'
  const offsets = objects.map((body, i) => {
    const at = pdf.length
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
    return at
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const at of offsets) pdf += `${String(at).padStart(10, '0')} 00000 n \n`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(pdf, 'latin1'))
}

/**
 * Load the parsers and run pdf.js once before the first document arrives, so a running server
 * reads its first upload about as fast as its hundredth (loading and first compilation are most
 * of a cold read).
 */
async function warm() {
  await Promise.all([import('mammoth'), import('mailparser')])
  const { texts } = await pdfText({ bytes: warmUpPdf(), maxPages: 1 })
  return texts.join('').includes('2703')
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
