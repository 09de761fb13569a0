/**
 * The parser worker (parse-worker.mjs): pdf.js, mammoth and mailparser read untrusted files off
 * the main thread, under a deadline and a heap cap (see ../worker-host.ts).
 */
import { createWorkerHost, type HostFailure, type WorkerFailure } from '../worker-host.js'
import { shutdownFieldReader } from '../fields-host.js'
import { shutdownOcr } from './ocr.js'

export type WorkerOp = 'pdf-text' | 'pdf-render' | 'docx' | 'eml' | 'warm'
/** The library's own error, as the worker reports it (e.g. pdf.js `PasswordException`). */
export type ParserFailure = WorkerFailure
export type { HostFailure }

const host = createWorkerHost(new URL('./parse-worker.mjs', import.meta.url), 'Reading the document')

/** Run one parsing job. Resolves with the worker's value, the parser's own error, or a host failure; never rejects. */
export function runInWorker<T>(op: WorkerOp, input: Record<string, unknown>, opts: { timeoutMs: number; memoryMb: number; transfer?: ArrayBuffer[] }) {
  return host.run<T>(op, input, opts)
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

/** Stop the parser worker, the field reader and the OCR engine (tests, CLI exit, server shutdown). Pending jobs fail. */
export async function shutdownReaders(): Promise<void> {
  await Promise.all([shutdownParserHost(), shutdownFieldReader(), shutdownOcr()])
}

/** Stop the parser worker only. Pending jobs fail. */
export function shutdownParserHost(): Promise<void> {
  return host.shutdown()
}
