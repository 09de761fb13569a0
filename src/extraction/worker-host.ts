/**
 * Runs jobs in one worker thread with a deadline and a heap cap. A job that runs out of time or
 * memory kills the worker; the next job starts a fresh one. The worker is unref'd while idle so a
 * CLI run exits as soon as its work is done. The parser (untrusted files) and the field reader
 * (untrusted text through many patterns) each have one host.
 */
import { Worker } from 'node:worker_threads'
import { err, ok, type Result } from '../core/result.js'
import { extractionError, type ExtractionError } from './errors.js'

/** The worker's own error, as it reports it (e.g. pdf.js `PasswordException`). */
export type WorkerFailure = { kind: 'worker'; name: string; message: string }
export type HostFailure = { kind: 'host'; error: ExtractionError }

export type WorkerHost = {
  /** Run one job. Resolves with the worker's value, its own error, or a host failure (timeout, out of memory, crash); never rejects. */
  run<T>(
    op: string,
    input: Record<string, unknown>,
    opts: { timeoutMs: number; memoryMb: number; transfer?: ArrayBuffer[] },
  ): Promise<Result<T, WorkerFailure | HostFailure>>
  /** Stop the worker. Pending jobs fail. */
  shutdown(): Promise<void>
}

type Pending = {
  id: number
  /** The worker the job runs on: when a worker dies, only its own jobs fail. */
  worker: Worker
  resolve: (value: Result<unknown, WorkerFailure | HostFailure>) => void
  timer: NodeJS.Timeout
}

type Reply = { id: number; ok: boolean; value?: unknown; error?: { name: string; message: string } }

/** A time limit as a person would say it: "300 ms", "30 seconds", "2 minutes". */
function duration(ms: number): string {
  if (ms < 1_000) return `${ms} ms`
  if (ms < 120_000) return `${Math.round(ms / 1_000)} seconds`
  return `${Math.round(ms / 60_000)} minutes`
}

/** `what` names the work in messages a user reads: "Reading the document", "Reading the fields". */
export function createWorkerHost(url: URL, what: string): WorkerHost {
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
    // execArgv: [] so the worker does not inherit a TypeScript loader from the parent; a worker
    // that needs one registers it itself.
    const w = new Worker(url, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(16, memoryMb / 8)) },
    })
    w.on('message', (message: Reply) => {
      const job = pending.get(message.id)
      if (!job) return
      pending.delete(message.id)
      clearTimeout(job.timer)
      if (![...pending.values()].some((p) => p.worker === w)) w.unref()
      if (message.ok) job.resolve(ok(message.value))
      else job.resolve(err({ kind: 'worker', name: message.error?.name ?? 'Error', message: message.error?.message ?? 'unknown error' }))
    })
    w.on('error', (error: Error & { code?: string }) => {
      if (worker === w) worker = null
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(error.message)
      failAll(
        memory
          ? extractionError('DOCUMENT_TOO_LARGE', `${what} needed more than ${memoryMb} MB of memory; it was stopped.`)
          : extractionError('EXTRACTION_FAILED', `${what} failed: ${error.message}`),
        w,
      )
    })
    w.on('exit', () => {
      if (worker === w) worker = null
      failAll(extractionError('EXTRACTION_FAILED', `${what} stopped unexpectedly.`), w)
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

  return {
    run<T>(op: string, input: Record<string, unknown>, opts: { timeoutMs: number; memoryMb: number; transfer?: ArrayBuffer[] }) {
      return new Promise<Result<T, WorkerFailure | HostFailure>>((resolve) => {
        if (opts.timeoutMs <= 0) {
          resolve(err({ kind: 'host', error: extractionError('EXTRACTION_TIMEOUT', `The time allowed for ${what.toLowerCase()} ran out.`) }))
          return
        }
        let w: Worker
        try {
          w = ensureWorker(opts.memoryMb)
        } catch (error) {
          resolve(err({ kind: 'host', error: extractionError('EXTRACTION_FAILED', `${what} could not start: ${(error as Error).message}`) }))
          return
        }
        const id = nextId++
        const timer = setTimeout(() => {
          if (!pending.has(id)) return
          pending.delete(id)
          // The worker may be stuck in a loop: kill it, and fail whatever else was queued on it.
          if (worker === w) worker = null
          failAll(extractionError('EXTRACTION_TIMEOUT', 'Another document read at the same time ran out of time and stopped this one too; try again.'), w)
          void w.terminate()
          const message = `${what} took longer than ${duration(opts.timeoutMs)} and was stopped.`
          resolve(err({ kind: 'host', error: extractionError('EXTRACTION_TIMEOUT', message, { timeout_ms: opts.timeoutMs }) }))
        }, opts.timeoutMs)
        pending.set(id, { id, worker: w, resolve: resolve as Pending['resolve'], timer })
        w.ref()
        w.postMessage({ id, op, input }, opts.transfer ?? [])
      })
    },
    async shutdown() {
      const w = worker
      worker = null
      failAll(extractionError('EXTRACTION_FAILED', `${what} was shut down.`))
      if (w) await w.terminate()
    },
  }
}
