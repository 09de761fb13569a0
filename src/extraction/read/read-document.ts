/**
 * readDocument: bytes in, text out. The format is taken from the content (magic bytes, then the
 * shape of the text), never from a file name. Every failure is a typed value, never a throw.
 */
import { err, ok, type Result } from '../../core/result.js'
import { extractionError, type ExtractionError } from '../errors.js'
import { resolveLimits } from '../limits.js'
import type { DocumentFormat, ReadDocument, ReadOptions } from '../types.js'
import type { ReadContext, ReaderOutput } from './context.js'
import { decodeText } from './decode-text.js'
import { readDocx } from './docx.js'
import { readEml } from './eml.js'
import { htmlToText } from './html-to-text.js'
import { readImage } from './image.js'
import { classifyText, isEncryptedOfficeFile, sniffBinary } from './magic.js'
import { readPdf } from './pdf.js'

function finish(format: DocumentFormat, out: ReaderOutput | Omit<ReadDocument, 'format'>, ctx: ReadContext): ReadDocument {
  const warnings = [...out.warnings]
  let text = out.text
  if (text.length > ctx.limits.maxTextChars) {
    text = text.slice(0, ctx.limits.maxTextChars)
    warnings.push(`The text was cut at ${ctx.limits.maxTextChars} characters (limit maxTextChars).`)
  }
  const doc: ReadDocument = { format, text, parts: 'parts' in out ? out.parts : [], ocr: out.ocr, warnings }
  if (out.pages !== undefined) doc.pages = out.pages
  if (out.ocr_confidence !== undefined) doc.ocr_confidence = out.ocr_confidence
  if (out.ocr_language !== undefined) doc.ocr_language = out.ocr_language
  return doc
}

function unsupported(message: string): Result<never, ExtractionError> {
  return err(extractionError('UNSUPPORTED_DOCUMENT', message))
}

async function readWithContext(bytes: Uint8Array, ctx: ReadContext): Promise<Result<ReadDocument, ExtractionError>> {
  if (bytes.length > ctx.limits.maxBytes) {
    return err(extractionError('DOCUMENT_TOO_LARGE', `The file is ${bytes.length} bytes; the limit is ${ctx.limits.maxBytes}.`, { bytes: bytes.length, limit: ctx.limits.maxBytes }))
  }
  const kind = sniffBinary(bytes)
  switch (kind) {
    case 'empty':
      return unsupported('The file is empty.')
    case 'pdf': {
      const read = await readPdf(bytes, ctx)
      return read.ok ? ok(finish('pdf', read.value, ctx)) : read
    }
    case 'png':
    case 'jpeg':
    case 'tiff': {
      const read = await readImage(kind, bytes, ctx)
      return read.ok ? ok(finish(kind, read.value, ctx)) : read
    }
    case 'zip': {
      const read = await readDocx(bytes, ctx)
      return read.ok ? ok(finish('docx', read.value, ctx)) : read
    }
    case 'ole2':
      return isEncryptedOfficeFile(bytes)
        ? err(extractionError('DOCUMENT_ENCRYPTED', 'The Office document is password-protected; ask the sender for an unprotected copy.'))
        : unsupported('The file is a legacy Office document (.doc/.xls); save it as .docx or PDF.')
    case 'gif':
    case 'bmp':
    case 'webp':
      return unsupported(`${kind.toUpperCase()} images are not read; send the scan as PDF, PNG, JPEG or TIFF.`)
    case 'gzip':
      return unsupported('The file is a compressed archive; unpack it and send the documents inside.')
    case 'other-binary':
      return unsupported('The file is not a PDF, Word document, e-mail, image or text file.')
    case 'text':
      return readText(bytes, ctx)
  }
}

async function readText(bytes: Uint8Array, ctx: ReadContext): Promise<Result<ReadDocument, ExtractionError>> {
  const { text, encoding } = decodeText(bytes)
  const warnings = encoding === 'windows-1252' ? ['The text is not valid UTF-8; it was read as Windows-1252.'] : []
  const kind = classifyText(text)
  if (kind === 'eml') {
    const read = await readEml(bytes, ctx, readWithContext)
    if (!read.ok) return read
    return ok(finish('eml', { ...read.value, warnings: [...warnings, ...read.value.warnings] }, ctx))
  }
  if (kind === 'html') return ok(finish('html', { text: htmlToText(text), ocr: false, warnings }, ctx))
  return ok(finish(kind, { text: text.replace(/^\uFEFF/, ''), ocr: false, warnings }, ctx))
}

export async function readDocument(bytes: Uint8Array, opts: ReadOptions = {}): Promise<Result<ReadDocument, ExtractionError>> {
  const limits = resolveLimits(opts.limits)
  const ctx: ReadContext = { limits, deadline: Date.now() + limits.timeoutMs, ocr: opts.ocr ?? true, depth: 0 }
  try {
    return await readWithContext(bytes, ctx)
  } catch (error) {
    // Readers return errors as values; this is the last guard against a library throwing anyway.
    return err(extractionError('EXTRACTION_FAILED', `The document could not be read: ${(error as Error).message}`))
  }
}
