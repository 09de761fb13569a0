/** Word (.docx): the archive's directory is checked for bombs first, then mammoth reads the text. */
import { err, ok, type Result } from '../../core/result.js'
import { extractionError, type ExtractionError } from '../errors.js'
import { remainingMs, type ReadContext, type ReaderOutput } from './context.js'
import { runInWorker } from './parser-host.js'
import { readZipDirectory } from './zip-inspect.js'

export function isDocxDirectory(names: readonly string[]): boolean {
  return names.includes('word/document.xml') && names.includes('[Content_Types].xml')
}

export async function readDocx(bytes: Uint8Array, ctx: ReadContext): Promise<Result<ReaderOutput, ExtractionError>> {
  const directory = readZipDirectory(bytes, ctx.limits)
  if (!directory.ok) return directory
  const names = directory.value.entries.map((e) => e.name)
  if (!isDocxDirectory(names)) {
    const kind = names.some((n) => n.startsWith('xl/')) ? 'an Excel workbook' : names.some((n) => n.startsWith('ppt/')) ? 'a PowerPoint deck' : 'a zip archive'
    return err(extractionError('UNSUPPORTED_DOCUMENT', `The file is ${kind}, not a Word document; send the demand as PDF, .docx, e-mail or text.`))
  }
  const run = await runInWorker<{ text: string; messages: string[] }>(
    'docx',
    { bytes },
    { timeoutMs: remainingMs(ctx), memoryMb: ctx.limits.workerMemoryMb },
  )
  if (!run.ok) {
    if (run.error.kind === 'host') return err(run.error.error)
    return err(extractionError('DOCUMENT_CORRUPT', `The Word document is damaged and could not be read (${run.error.message}).`))
  }
  const warnings = run.value.messages.filter((m) => m.startsWith('error')).slice(0, 5)
  return ok({ text: run.value.text, ocr: false, warnings })
}
