/**
 * OCR with tesseract.js, fully offline: every model ships in an npm package (@tesseract.js-data/*)
 * and is read from disk, with no cache written anywhere (cacheMethod 'none'). Tesseract runs in
 * its own worker thread, so a deadline here can always fire and terminate it.
 *
 * The first page is read with English; if its text is Spanish, Portuguese, French or German, or
 * looks like Chinese read as junk, the document is read with English plus that model (see
 * ocr-language.ts). Cyrillic stays on English: there is no Russian model package on npm.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import { err, ok, type Result } from '../../core/result.js'
import { extractionError, type ExtractionError } from '../errors.js'
import {
  chineseReadsBetter,
  detectLatinLanguage,
  englishLooksLikeJunk,
  modelFile,
  type ExtraLanguage,
  type LanguageSet,
  type PageRead,
} from './ocr-language.js'

export type OcrOutput = {
  texts: string[]
  /** Tesseract's mean word confidence per page, 0-100. */
  confidences: number[]
  /** Pages left unread because time ran out. */
  skipped: number
  /** The tesseract language set the pages were read with: 'eng', or e.g. 'eng+deu'. */
  language: LanguageSet
}

type Recognizer = {
  recognize: (image: Uint8Array) => Promise<PageRead>
  terminate: () => Promise<unknown>
}

/**
 * tesseract.js takes a single langPath, and each model sits in its own package. Its documented way
 * round that, { code, data } language objects, is broken in 7.0.0 (initialize joins `l.data`
 * instead of `l.code`: naptha/tesseract.js PR #1052). So English loads from its package as before,
 * the other model is gunzipped here and written to the worker's in-memory file system (not to disk),
 * and the worker is re-initialized with both. tesseract.js keeps the array given to createWorker
 * as its list of loaded models; adding the code to it stops reinitialize() from fetching it again.
 * Should that ever change, reinitialize looks for the model in the English folder on disk, fails,
 * and the document is read with English alone: never a download.
 */
async function startRecognizer(set: LanguageSet): Promise<Recognizer> {
  const { createWorker } = await import('tesseract.js')
  const loaded = ['eng']
  const worker = await createWorker(loaded, 1, {
    langPath: path.dirname(modelFile('eng')),
    gzip: true,
    cacheMethod: 'none',
    logger: () => undefined,
    errorHandler: () => undefined,
  })
  const extra = set.split('+').slice(1) as ExtraLanguage[]
  try {
    for (const code of extra) {
      const model = await promisify(gunzip)(await readFile(modelFile(code)))
      await worker.FS('writeFile', [`${code}.traineddata`, model])
      loaded.push(code)
    }
    if (extra.length > 0) await worker.reinitialize(set, 1)
  } catch (error) {
    await worker.terminate()
    throw error
  }
  return {
    recognize: async (image) => {
      const { data } = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength))
      return { text: data.text, confidence: data.confidence }
    },
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
 * One recognizer per language set is kept warm between documents: starting tesseract and its first
 * page cost time that later pages do not. Each is shut down after a quiet spell with no document
 * using it, on a deadline, or by shutdownOcr() (the CLI calls it before exiting, since tesseract
 * threads keep a process alive).
 */
const IDLE_MS = 15_000
type Entry = { set: LanguageSet; recognizer: Promise<Recognizer>; users: number; idle?: NodeJS.Timeout }
const pool = new Map<LanguageSet, Entry>()

function acquire(set: LanguageSet): Entry {
  let entry = pool.get(set)
  if (!entry) {
    const created: Entry = { set, recognizer: startRecognizer(set), users: 0 }
    // A recognizer that failed to start must not be handed out again.
    created.recognizer.catch(() => {
      if (pool.get(set) === created) pool.delete(set)
    })
    pool.set(set, created)
    entry = created
  }
  clearTimeout(entry.idle)
  entry.users += 1
  return entry
}

function release(entry: Entry): void {
  entry.users = Math.max(0, entry.users - 1)
  if (entry.users > 0 || pool.get(entry.set) !== entry) return
  clearTimeout(entry.idle)
  entry.idle = setTimeout(() => void stop(entry), IDLE_MS)
  entry.idle.unref()
}

async function stop(entry: Entry): Promise<void> {
  clearTimeout(entry.idle)
  if (pool.get(entry.set) === entry) pool.delete(entry.set)
  await entry.recognizer.then((r) => r.terminate()).catch(() => undefined)
}

export async function shutdownOcr(): Promise<void> {
  await Promise.all([...pool.values()].map(stop))
}

type Lease = { entry: Entry; recognizer: Recognizer }

/** A started recognizer for the set, or why there is none. The entry is held either way. */
async function start(entry: Entry, deadline: number): Promise<Lease | typeof TIMED_OUT | Error> {
  // A recognizer still starting at the deadline may come up later: the idle timer then stops it.
  const started = await withDeadline(entry.recognizer, deadline).catch((error: unknown) => error as Error)
  return started === TIMED_OUT || started instanceof Error ? started : { entry, recognizer: started }
}

/** One page; a page stuck at the deadline kills its recognizer so the next document does not queue behind it. */
async function read(lease: Lease, image: Uint8Array, deadline: number): Promise<PageRead | typeof TIMED_OUT | Error> {
  if (Date.now() >= deadline) return TIMED_OUT
  const page = await withDeadline(lease.recognizer.recognize(image), deadline).catch((error: unknown) => error as Error)
  if (page === TIMED_OUT) await stop(lease.entry)
  return page
}

/**
 * The language set for the document, from the English reading of its first page, with the first
 * page read again in that set. Null keeps English: nothing to switch to, or the other recognizer
 * could not start or finish in time (the English reading is still good to return).
 */
async function chooseLanguage(first: PageRead, image: Uint8Array, deadline: number, held: Entry[]): Promise<{ lease: Lease; page: PageRead } | null> {
  // Junk from another script is no evidence of a Latin language: it only earns the Chinese look.
  const extra: ExtraLanguage | null = englishLooksLikeJunk(first) ? 'chi_sim' : detectLatinLanguage(first.text)
  if (!extra) return null
  const entry = acquire(`eng+${extra}`)
  held.push(entry)
  const lease = await start(entry, deadline)
  if (lease === TIMED_OUT || lease instanceof Error) return null
  const page = await read(lease, image, deadline)
  if (page === TIMED_OUT || page instanceof Error) return null
  if (extra === 'chi_sim' && !chineseReadsBetter(first, page)) return null
  return { lease, page }
}

/** OCR each image in turn until done or out of time. Partial results are kept when time runs out. */
export async function ocrImages(images: Uint8Array[], deadline: number): Promise<Result<OcrOutput, ExtractionError>> {
  const [firstImage] = images
  if (!firstImage) return ok({ texts: [], confidences: [], skipped: 0, language: 'eng' })
  const english = acquire('eng')
  const held = [english]
  try {
    const lease = await start(english, deadline)
    if (lease === TIMED_OUT) {
      return err(extractionError('EXTRACTION_TIMEOUT', 'The time allowed to read the document ran out before OCR could start.'))
    }
    if (lease instanceof Error) return err(extractionError('OCR_FAILED', `OCR could not start: ${lease.message}`))
    const first = await read(lease, firstImage, deadline)
    if (first === TIMED_OUT) return err(extractionError('EXTRACTION_TIMEOUT', 'OCR did not finish a single page in the time allowed.'))
    if (first instanceof Error) return err(extractionError('OCR_FAILED', `OCR failed on page 1: ${first.message}`))
    const chosen = (await chooseLanguage(first, firstImage, deadline, held)) ?? { lease, page: first }
    const texts = [chosen.page.text]
    const confidences = [chosen.page.confidence]
    for (const image of images.slice(1)) {
      const page = await read(chosen.lease, image, deadline)
      if (page === TIMED_OUT) break
      if (page instanceof Error) return err(extractionError('OCR_FAILED', `OCR failed on page ${texts.length + 1}: ${page.message}`))
      texts.push(page.text)
      confidences.push(page.confidence)
    }
    return ok({ texts, confidences, skipped: images.length - texts.length, language: chosen.lease.entry.set })
  } finally {
    held.forEach(release)
  }
}
