/**
 * PDF: the text layer through unpdf (pdf.js) in the parser worker; pages without one (scans) are
 * rendered to images with @napi-rs/canvas and read by OCR.
 */
import { err, ok, type Result } from '../../core/result.js'
import { extractionError, type ExtractionError } from '../errors.js'
import { remainingMs, type ReadContext, type ReaderOutput } from './context.js'
import { ocrImages } from './ocr.js'
import { runInWorker, type HostFailure, type ParserFailure } from './parser-host.js'

/** A page with fewer visible characters than this has no usable text layer (a scan). */
const MIN_PAGE_CHARS = 25
/** Pixel width pages are rendered at for OCR: about 220 dpi for Letter or A4. */
const OCR_RENDER_WIDTH = 1900

function pdfFailure(failure: ParserFailure | HostFailure): ExtractionError {
  if (failure.kind === 'host') return failure.error
  if (failure.name === 'PasswordException') {
    return extractionError('DOCUMENT_ENCRYPTED', 'The PDF is password-protected; ask the sender for an unprotected copy.')
  }
  if (failure.name === 'InvalidPDFException' || failure.name === 'FormatError' || /invalid pdf|bad xref|no pdf header/i.test(failure.message)) {
    return extractionError('DOCUMENT_CORRUPT', `The PDF is damaged and could not be read (${failure.message}).`)
  }
  return extractionError('DOCUMENT_CORRUPT', `The PDF could not be read: ${failure.message}`)
}

function visibleChars(text: string): number {
  return text.replace(/\s+/g, '').length
}

export async function readPdf(bytes: Uint8Array, ctx: ReadContext): Promise<Result<ReaderOutput, ExtractionError>> {
  const warnings: string[] = []
  const textRun = await runInWorker<{ pages: number; texts: string[] }>(
    'pdf-text',
    { bytes, maxPages: ctx.limits.maxPages },
    { timeoutMs: remainingMs(ctx), memoryMb: ctx.limits.workerMemoryMb },
  )
  if (!textRun.ok) return err(pdfFailure(textRun.error))
  const { pages, texts } = textRun.value
  if (pages > ctx.limits.maxPages) {
    return err(extractionError('DOCUMENT_TOO_LARGE', `The PDF has ${pages} pages; the limit is ${ctx.limits.maxPages}.`, { pages, limit: ctx.limits.maxPages }))
  }
  const scanned = texts.flatMap((t, i) => (visibleChars(t) < MIN_PAGE_CHARS ? [i + 1] : []))
  let ocr = false
  let ocrConfidence: number | undefined
  let ocrLanguage: string | undefined
  if (scanned.length > 0 && !ctx.ocr) {
    warnings.push(`${scanned.length} page(s) have no text layer and OCR is turned off.`)
  } else if (scanned.length > 0) {
    const chosen = scanned.slice(0, ctx.limits.maxOcrPages)
    if (chosen.length < scanned.length) {
      warnings.push(`Only the first ${chosen.length} of ${scanned.length} scanned pages were read by OCR (limit maxOcrPages).`)
    }
    const render = await runInWorker<{ images: Uint8Array[] }>(
      'pdf-render',
      { bytes, pageNumbers: chosen, targetWidth: OCR_RENDER_WIDTH },
      { timeoutMs: remainingMs(ctx), memoryMb: ctx.limits.workerMemoryMb },
    )
    if (!render.ok) return err(pdfFailure(render.error))
    const recognized = await ocrImages(render.value.images, ctx.deadline)
    if (!recognized.ok) return recognized
    const { texts: ocrTexts, confidences, skipped, language } = recognized.value
    ocrLanguage = language
    ocrTexts.forEach((t, i) => {
      const page = chosen[i] as number
      texts[page - 1] = t
    })
    if (skipped > 0) warnings.push(`OCR ran out of time: ${skipped} scanned page(s) were not read.`)
    ocr = ocrTexts.length > 0
    ocrConfidence = confidences.reduce((a, b) => a + b, 0) / Math.max(confidences.length, 1)
    if (ocrConfidence < 60) warnings.push(`OCR confidence is low (${Math.round(ocrConfidence)}/100): check the fields against the scan.`)
  }
  const text = texts.map((t) => t.replace(/\s+$/, '')).join('\n\f\n')
  if (visibleChars(text) === 0) warnings.push('The PDF contains no readable text.')
  return ok({ text, pages, ocr, ...(ocrConfidence === undefined ? {} : { ocr_confidence: ocrConfidence }), ...(ocrLanguage ? { ocr_language: ocrLanguage } : {}), warnings })
}
