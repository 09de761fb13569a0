/** Images (PNG, JPEG, TIFF): dimensions checked from the header, then OCR. */
import { err, ok, type Result } from '../../core/result.js'
import { extractionError, type ExtractionError } from '../errors.js'
import type { ReadContext, ReaderOutput } from './context.js'
import { imageInfo } from './image-info.js'
import { ocrImages } from './ocr.js'

export async function readImage(
  kind: 'png' | 'jpeg' | 'tiff',
  bytes: Uint8Array,
  ctx: ReadContext,
): Promise<Result<ReaderOutput, ExtractionError>> {
  const info = imageInfo(kind, bytes)
  if (!info || info.width === 0 || info.height === 0) {
    return err(extractionError('DOCUMENT_CORRUPT', `The ${kind.toUpperCase()} image is damaged: its size could not be read.`))
  }
  const pixels = info.width * info.height
  if (pixels > ctx.limits.maxImagePixels) {
    return err(extractionError('DOCUMENT_TOO_LARGE', `The image is ${info.width} x ${info.height} pixels; the limit is ${ctx.limits.maxImagePixels} pixels.`, { width: info.width, height: info.height }))
  }
  if (!ctx.ocr) return err(extractionError('UNSUPPORTED_DOCUMENT', 'The document is an image and OCR is turned off.'))
  const warnings: string[] = []
  if (info.pages > 1) warnings.push(`The TIFF has ${info.pages} pages; only the first was read. Send multi-page scans as PDF.`)
  const recognized = await ocrImages([bytes], ctx.deadline)
  if (!recognized.ok) return recognized
  const confidence = recognized.value.confidences[0] ?? 0
  if (confidence < 60) warnings.push(`OCR confidence is low (${Math.round(confidence)}/100): check the fields against the image.`)
  return ok({ text: recognized.value.texts[0] ?? '', pages: 1, ocr: true, ocr_confidence: confidence, ocr_language: recognized.value.language, warnings })
}
