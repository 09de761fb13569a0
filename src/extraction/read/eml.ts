/**
 * E-mail (.eml): mailparser reads the message in the parser worker; the body and every
 * attachment are read (attachments through the same reader as any file, one level deeper) and
 * laid end to end in one text, each part's position recorded so evidence can point into it.
 */
import { err, ok, type Result } from '../../core/result.js'
import { extractionError, type ExtractionError } from '../errors.js'
import type { DocumentPart, ReadDocument } from '../types.js'
import { remainingMs, type ReadContext } from './context.js'
import { htmlToText } from './html-to-text.js'
import { runInWorker } from './parser-host.js'

type ParsedMail = {
  subject: string | null
  from: string | null
  to: string | null
  date: string | null
  text: string | null
  html: string | null
  attachments: { filename: string | null; content_type: string | null; content: Uint8Array }[]
  attachments_total: number
}

export type ReadPart = (bytes: Uint8Array, ctx: ReadContext) => Promise<Result<ReadDocument, ExtractionError>>

export type EmlOutput = Omit<ReadDocument, 'format'>

export async function readEml(bytes: Uint8Array, ctx: ReadContext, readPart: ReadPart): Promise<Result<EmlOutput, ExtractionError>> {
  const run = await runInWorker<ParsedMail>(
    'eml',
    { bytes, maxAttachments: ctx.limits.maxAttachments },
    { timeoutMs: remainingMs(ctx), memoryMb: ctx.limits.workerMemoryMb },
  )
  if (!run.ok) {
    if (run.error.kind === 'host') return err(run.error.error)
    return err(extractionError('DOCUMENT_CORRUPT', `The e-mail could not be parsed (${run.error.message}).`))
  }
  const mail = run.value
  const warnings: string[] = []
  const parts: DocumentPart[] = []
  const header = [
    mail.from ? `From: ${mail.from}` : null,
    mail.to ? `To: ${mail.to}` : null,
    // "Sent", not "Date": the sending time is weaker evidence of the issue date than a letter's own date.
    mail.date ? `Sent: ${mail.date}` : null,
    mail.subject ? `Subject: ${mail.subject}` : null,
  ].filter((l): l is string => l !== null)
  const body = mail.text ?? (mail.html ? htmlToText(mail.html) : '')
  let text = `${header.join('\n')}\n\n`
  const bodyStart = text.length
  text += body.replace(/\s+$/, '')
  parts.push({ role: 'body', filename: null, content_type: mail.html && !mail.text ? 'text/html' : 'text/plain', format: 'eml', start: bodyStart, end: text.length, ocr: false })
  let ocr = false
  let pages = 0
  for (const [index, attachment] of mail.attachments.entries()) {
    const label = `\n\n----- Attachment ${index + 1}: ${attachment.filename ?? 'unnamed'} (${attachment.content_type ?? 'unknown type'}) -----\n`
    text += label
    const start = text.length
    if (ctx.depth + 1 > ctx.limits.maxDepth) {
      const error = extractionError('DOCUMENT_HOSTILE', `Attachments nest more than ${ctx.limits.maxDepth} levels deep; this one was not opened.`)
      parts.push({ role: 'attachment', filename: attachment.filename, content_type: attachment.content_type, format: null, start, end: start, ocr: false, error })
      warnings.push(`Attachment ${attachment.filename ?? index + 1}: ${error.message}`)
      continue
    }
    const read = await readPart(attachment.content, { ...ctx, depth: ctx.depth + 1 })
    if (!read.ok) {
      parts.push({ role: 'attachment', filename: attachment.filename, content_type: attachment.content_type, format: null, start, end: start, ocr: false, error: read.error })
      warnings.push(`Attachment ${attachment.filename ?? index + 1} could not be read: ${read.error.message}`)
      if (read.error.code === 'EXTRACTION_TIMEOUT') break
      continue
    }
    const doc = read.value
    text += doc.text
    ocr ||= doc.ocr
    pages += doc.pages ?? 0
    const part: DocumentPart = { role: 'attachment', filename: attachment.filename, content_type: attachment.content_type, format: doc.format, start, end: text.length, ocr: doc.ocr }
    if (doc.pages !== undefined) part.pages = doc.pages
    if (doc.parts.length > 0) part.parts = doc.parts.map((p) => ({ ...p, start: p.start + start, end: p.end + start }))
    parts.push(part)
    warnings.push(...doc.warnings.map((w) => `Attachment ${attachment.filename ?? index + 1}: ${w}`))
  }
  if (mail.attachments_total > mail.attachments.length) {
    warnings.push(`Only the first ${mail.attachments.length} of ${mail.attachments_total} attachments were read (limit maxAttachments).`)
  }
  return ok({ text, parts, ocr, ...(pages > 0 ? { pages } : {}), warnings })
}
