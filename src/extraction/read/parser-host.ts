/**
 * Runs parsing jobs in a worker thread (parse-worker.mjs) with a deadline and a heap cap. A job
 * that runs out of time or memory kills the worker; the next job starts a fresh one. The worker
 * is unref'd while idle so a CLI run exits as soon as its work is done.
 */
import { Worker } from 'node:worker_threads'
import { err, ok, type Result } from '../../core/result.js'
import { extractionError, type ExtractionError } from '../errors.js'
import { shutdownOcr } from './ocr.js'

export type WorkerOp = 'pdf-text' | 'pdf-render' | 'docx' | 'eml' | 'warm'

/** The library's own error, as the worker reports it (e.g. pdf.js `PasswordException`). */
export type ParserFailure = { kind: 'parser'; name: string; message: string }
export type HostFailure = { kind: 'host'; error: ExtractionError }

type Pending = {
  id: number
  /** The worker the job runs on: when a worker dies, only its own jobs fail. */
  worker: Worker
  resolve: (value: Result<unknown, ParserFailure | HostFailure>) => void
  timer: NodeJS.Timeout
}

const WORKER_URL = new URL('./parse-worker.mjs', import.meta.url)

let worker: Worker | null = null
let workerMemoryMb = 0
let nextId = 1
const pending = new Map<number, Pending>()

function failAll(error: ExtractionError, on?: Worker): void {
  for (const job of [...pending.values()]) {
    if (on && job.worker !== on) continue
    clearTimeout(job.timer)
    pending.delete(job.id)
    job.resolve(err({ kind: 'host', error }))
  }
}

function spawn(memoryMb: number): Worker {
  // execArgv: [] so the worker does not inherit a TypeScript loader from the parent (costly, unneeded).
  const w = new Worker(WORKER_URL, {
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(16, memoryMb / 8)) },
  })
  w.on('message', (message: { id: number; ok: boolean; value?: unknown; error?: { name: string; message: string } }) => {
    const job = pending.get(message.id)
    if (!job) return
    pending.delete(message.id)
    clearTimeout(job.timer)
    if (![...pending.values()].some((p) => p.worker === w)) w.unref()
    if (message.ok) job.resolve(ok(message.value))
    else job.resolve(err({ kind: 'parser', name: message.error?.name ?? 'Error', message: message.error?.message ?? 'unknown error' }))
  })
  w.on('error', (error: Error & { code?: string }) => {
    if (worker === w) worker = null
    const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(error.message)
    failAll(
      memory
        ? extractionError('DOCUMENT_TOO_LARGE', `Reading the document needed more than ${memoryMb} MB of memory; it was stopped.`)
        : extractionError('EXTRACTION_FAILED', `The document parser failed: ${error.message}`),
      w,
    )
  })
  w.on('exit', () => {
    if (worker === w) worker = null
    failAll(extractionError('EXTRACTION_FAILED', 'The document parser stopped unexpectedly.'), w)
  })
  w.unref()
  return w
}

function ensureWorker(memoryMb: number): Worker {
  if (worker && workerMemoryMb !== memoryMb && pending.size === 0) {
    void worker.terminate()
    worker = null
  }
  if (!worker) {
    worker = spawn(memoryMb)
    workerMemoryMb = memoryMb
  }
  return worker
}

/**
 * Run one parsing job. Resolves with the worker's value, the parser's own error, or a host
 * failure (timeout, out of memory, crash); never rejects.
 */
export function runInWorker<T>(
  op: WorkerOp,
  input: Record<string, unknown>,
  opts: { timeoutMs: number; memoryMb: number; transfer?: ArrayBuffer[] },
): Promise<Result<T, ParserFailure | HostFailure>> {
  return new Promise((resolve) => {
    if (opts.timeoutMs <= 0) {
      resolve(err({ kind: 'host', error: extractionError('EXTRACTION_TIMEOUT', 'The time allowed to read the document ran out.') }))
      return
    }
    let w: Worker
    try {
      w = ensureWorker(opts.memoryMb)
    } catch (error) {
      resolve(err({ kind: 'host', error: extractionError('EXTRACTION_FAILED', `The document parser could not start: ${(error as Error).message}`) }))
      return
    }
    const id = nextId++
    const timer = setTimeout(() => {
      if (!pending.has(id)) return
      pending.delete(id)
      // The worker may be stuck in a loop: kill it, and fail whatever else was queued on it.
      if (worker === w) worker = null
      failAll(extractionError('EXTRACTION_TIMEOUT', 'Another document timed out on the same parser; try again.'), w)
      void w.terminate()
      resolve(err({ kind: 'host', error: extractionError('EXTRACTION_TIMEOUT', `Reading the document took longer than ${opts.timeoutMs} ms and was stopped.`, { timeout_ms: opts.timeoutMs }) }))
    }, opts.timeoutMs)
    pending.set(id, { id, worker: w, resolve: resolve as Pending['resolve'], timer })
    w.ref()
    w.postMessage({ id, op, input }, opts.transfer ?? [])
  })
}

/**
 * Start the parser worker and load its libraries ahead of the first document (a server calls this
 * when it starts). Resolves true when the parsers are ready; false if they could not be loaded,
 * in which case the first document starts them as usual.
 */
export async function warmParser(memoryMb: number): Promise<boolean> {
  const done = await runInWorker<boolean>('warm', {}, { timeoutMs: 30_000, memoryMb })
  return done.ok && done.value
}

/** Stop the parser worker and the OCR engine (tests, CLI exit, server shutdown). Pending jobs fail. */
export async function shutdownReaders(): Promise<void> {
  await Promise.all([shutdownParserHost(), shutdownOcr()])
}

/** Stop the parser worker only. Pending jobs fail. */
export async function shutdownParserHost(): Promise<void> {
  const w = worker
  worker = null
  failAll(extractionError('EXTRACTION_FAILED', 'The document parser was shut down.'))
  if (w) await w.terminate()
}
