/**
 * The field reader: extractFields run in its own worker (fields-worker.mjs) under a deadline, so
 * a text that sends a pattern into a long search costs that one reading, never the server. A
 * reading that runs out of time ends in EXTRACTION_TIMEOUT and the demand is kept unread.
 */
import { err, ok, type Result } from '../core/result.js'
import type { ExtractionError } from './errors.js'
import { resolveLimits, type ReadLimits } from './limits.js'
import type { ExtractionResult, ExtractOptions } from './types.js'
import { createWorkerHost } from './worker-host.js'

const host = createWorkerHost(new URL('./fields-worker.mjs', import.meta.url), 'Reading the fields')

export type FieldsRead = { fields: ExtractionResult; warnings: string[] }

/** The part of a text the fields are read from: the first `maxFieldChars` characters. */
export function textForFields(text: string, limits: Pick<ReadLimits, 'maxFieldChars'>): { text: string; warnings: string[] } {
  if (text.length <= limits.maxFieldChars) return { text, warnings: [] }
  return {
    text: text.slice(0, limits.maxFieldChars),
    warnings: [`The text is ${text.length} characters long; fields were read from the first ${limits.maxFieldChars} only.`],
  }
}

export async function readFieldsInWorker(
  text: string,
  opts: ExtractOptions = {},
  partial?: Partial<ReadLimits>,
): Promise<Result<FieldsRead, ExtractionError>> {
  const limits = resolveLimits(partial)
  const part = textForFields(text, limits)
  const input = { text: part.text, ...(opts.receivedOn ? { receivedOn: opts.receivedOn } : {}) }
  const run = await host.run<ExtractionResult>('fields', input, { timeoutMs: limits.fieldTimeoutMs, memoryMb: limits.workerMemoryMb })
  if (run.ok) return ok({ fields: run.value, warnings: part.warnings })
  if (run.error.kind === 'host') return err(run.error.error)
  return err({ code: 'EXTRACTION_FAILED', message: `Reading the fields failed: ${run.error.message}` })
}

/** Start the field reader and compile its patterns ahead of the first document (a server calls this at start). */
export async function warmFieldReader(memoryMb: number): Promise<boolean> {
  const done = await host.run<boolean>('warm', {}, { timeoutMs: 30_000, memoryMb })
  return done.ok && done.value
}

/** Stop the field reader. Pending readings fail. */
export function shutdownFieldReader(): Promise<void> {
  return host.shutdown()
}
