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

/**
 * One recognizer is kept warm between documents: starting tesseract and its first page cost about
 * two seconds that later pages do not. It is shut down after a quiet spell, on a deadline, or by
 * shutdownOcr() (the CLI calls it before exiting, since the tesseract thread keeps a process alive).
 */
const IDLE_MS = 15_000
let shared: Promise<Recognizer> | null = null
let idleTimer: NodeJS.Timeout | undefined

function acquire(): Promise<Recognizer> {
  clearTimeout(idleTimer)
  if (!shared) {
    const starting = startRecognizer()
    shared = starting
    // A recognizer that failed to start must not be handed out again.
    starting.catch(() => {
      if (shared === starting) shared = null
    })
  }
  return shared
}

function release(): void {
  clearTimeout(idleTimer)
  idleTimer = setTimeout(() => void shutdownOcr(), IDLE_MS)
  idleTimer.unref()
}

export async function shutdownOcr(): Promise<void> {
  clearTimeout(idleTimer)
  const current = shared
  shared = null
  if (current) await current.then((r) => r.terminate()).catch(() => undefined)
}

/** OCR each image in turn until done or out of time. Partial results are kept when time runs out. */
export async function ocrImages(images: Uint8Array[], deadline: number): Promise<Result<OcrOutput, ExtractionError>> {
  if (images.length === 0) return ok({ texts: [], confidences: [], skipped: 0 })
  const starting = acquire()
  const started = await withDeadline(starting, deadline).catch((error: unknown) => error as Error)
  if (started === TIMED_OUT) {
    // It may still come up later: the idle timer then shuts it down.
    release()
    return err(extractionError('EXTRACTION_TIMEOUT', 'The time allowed to read the document ran out before OCR could start.'))
  }
  if (started instanceof Error) return err(extractionError('OCR_FAILED', `OCR could not start: ${started.message}`))
  const recognizer = started
  const texts: string[] = []
  const confidences: number[] = []
  try {
    for (const image of images) {
      const result = await withDeadline(recognizer.recognize(image), deadline).catch((error: unknown) => error as Error)
      if (result === TIMED_OUT) {
        // Tesseract may be stuck on this page: kill it rather than let the next document queue behind it.
        await shutdownOcr()
        break
      }
      if (result instanceof Error) return err(extractionError('OCR_FAILED', `OCR failed on page ${texts.length + 1}: ${result.message}`))
      texts.push(result.data.text)
      confidences.push(result.data.confidence)
    }
  } finally {
    if (shared) release()
  }
  if (texts.length === 0) return err(extractionError('EXTRACTION_TIMEOUT', 'OCR did not finish a single page in the time allowed.'))
  return ok({ texts, confidences, skipped: images.length - texts.length })
}
