/**
 * OCR with tesseract.js, fully offline: the English model ships in @tesseract.js-data/eng and is
 * loaded from disk (langPath), with no cache written anywhere (cacheMethod 'none'). Tesseract
 * runs in its own worker thread, so a deadline here can always fire and terminate it.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { err, ok, type Result } from '../../core/result.js'
import { extractionError, type ExtractionError } from '../errors.js'

export type OcrOutput = {
  texts: string[]
  /** Tesseract's mean word confidence per page, 0-100. */
  confidences: number[]
  /** Pages left unread because time ran out. */
  skipped: number
}

function languagePath(): string {
  const require = createRequire(import.meta.url)
  return path.join(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int')
}

type Recognizer = {
  recognize: (image: Uint8Array) => Promise<{ data: { text: string; confidence: number } }>
  terminate: () => Promise<unknown>
}

async function startRecognizer(): Promise<Recognizer> {
  const { createWorker } = await import('tesseract.js')
  const worker = await createWorker('eng', 1, {
    langPath: languagePath(),
    gzip: true,
    cacheMethod: 'none',
    logger: () => undefined,
    errorHandler: () => undefined,
  })
  return {
    recognize: (image) => worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength)),
    terminate: () => worker.terminate(),
  }
}

const TIMED_OUT = Symbol('timed out')

function withDeadline<T>(promise: Promise<T>, deadline: number): Promise<T | typeof TIMED_OUT> {
  const ms = deadline - Date.now()
  if (ms <= 0) return Promise.resolve(TIMED_OUT)
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** OCR each image in turn until done or out of time. Partial results are kept when time runs out. */
export async function ocrImages(images: Uint8Array[], deadline: number): Promise<Result<OcrOutput, ExtractionError>> {
  if (images.length === 0) return ok({ texts: [], confidences: [], skipped: 0 })
  let recognizer: Recognizer | null = null
  try {
    const starting = startRecognizer()
    const started = await withDeadline(starting, deadline).catch((error: unknown) => error as Error)
    if (started === TIMED_OUT) {
      // It may still come up later: make sure it is then shut down, or it keeps the process alive.
      starting.then((r) => r.terminate()).catch(() => undefined)
      return err(extractionError('EXTRACTION_TIMEOUT', 'The time allowed to read the document ran out before OCR could start.'))
    }
    if (started instanceof Error) return err(extractionError('OCR_FAILED', `OCR could not start: ${started.message}`))
    recognizer = started
    const texts: string[] = []
    const confidences: number[] = []
    for (const image of images) {
      const result = await withDeadline(recognizer.recognize(image), deadline).catch((error: unknown) => error as Error)
      if (result === TIMED_OUT) break
      if (result instanceof Error) return err(extractionError('OCR_FAILED', `OCR failed on page ${texts.length + 1}: ${result.message}`))
      texts.push(result.data.text)
      confidences.push(result.data.confidence)
    }
    if (texts.length === 0) return err(extractionError('EXTRACTION_TIMEOUT', 'OCR did not finish a single page in the time allowed.'))
    return ok({ texts, confidences, skipped: images.length - texts.length })
  } finally {
    if (recognizer) await recognizer.terminate().catch(() => undefined)
  }
}
