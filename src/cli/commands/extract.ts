/**
 * `custodian extract FILE [--json]`: read a demand and print its fields. With --json, exactly the
 * corpus FORMAT.md object (plus the two extras, confidence and evidence). Exit codes follow
 * sysexits: 0 done, 64 usage, 65 a document that cannot be read, 66 a file that cannot be opened.
 */
import { readFile, stat } from 'node:fs/promises'
import type { Command } from 'commander'
// Imported module by module, not through extraction/index.ts: the field patterns load in the field reader's worker only.
import { toCorpusJson, type CorpusJson } from '../../extraction/corpus-json.js'
import { extractDocument } from '../../extraction/extract-document.js'
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../../extraction/limits.js'
import { shutdownReaders } from '../../extraction/read/parser-host.js'

export const EXIT_OK = 0
export const EXIT_USAGE = 64
export const EXIT_DATA = 65
export const EXIT_NO_INPUT = 66

export type ExtractIo = {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Ends the command with this exit code; tests pass one that throws instead. */
  exit: (code: number) => never
}

const nodeIo: ExtractIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  exit: (code) => process.exit(code),
}

type ExtractCliOptions = { json?: boolean; ocr: boolean; timeout?: string; maxPages?: string; receivedOn?: string }

function positiveInt(raw: string | undefined, name: string, io: ExtractIo): number | undefined {
  if (raw === undefined) return undefined
  const n = Number(raw)
  if (!Number.isInteger(n) || n <= 0) {
    io.stderr(`custodian extract: ${name} must be a positive whole number, got "${raw}"\n`)
    return io.exit(EXIT_USAGE)
  }
  return n
}

function humanReadable(json: CorpusJson): string {
  const rows: [string, unknown][] = Object.entries(json).filter(([k]) => k !== 'confidence' && k !== 'evidence')
  const width = Math.max(...rows.map(([k]) => k.length))
  return `${rows
    .map(([k, v]) => {
      const value = Array.isArray(v) ? (v.length === 0 ? '-' : v.join('; ')) : v === null ? '-' : typeof v === 'object' ? JSON.stringify(v) : String(v)
      const confidence = json.confidence[k]
      return `${k.padEnd(width)}  ${value}${confidence === undefined ? '' : `  (${Math.round(confidence * 100)}%)`}`
    })
    .join('\n')}\n`
}

async function run(file: string, opts: ExtractCliOptions, io: ExtractIo): Promise<void> {
  const limits: Partial<ReadLimits> = {}
  const timeout = positiveInt(opts.timeout, '--timeout', io)
  const maxPages = positiveInt(opts.maxPages, '--max-pages', io)
  // One budget a user can name: for reading the file, and again for reading its fields.
  if (timeout !== undefined) limits.timeoutMs = limits.fieldTimeoutMs = timeout
  if (maxPages !== undefined) limits.maxPages = maxPages
  if (opts.receivedOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.receivedOn)) {
    io.stderr(`custodian extract: --received-on must be a date such as 2017-03-14, got "${opts.receivedOn}"\n`)
    return io.exit(EXIT_USAGE)
  }
  let size: number
  try {
    const info = await stat(file)
    if (!info.isFile()) {
      io.stderr(`custodian extract: ${file}: not a file\n`)
      return io.exit(EXIT_NO_INPUT)
    }
    size = info.size
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    io.stderr(`custodian extract: ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}\n`)
    return io.exit(EXIT_NO_INPUT)
  }
  // Refuse before reading: a 10 GB "document" should not be loaded into memory to be refused.
  const maxBytes = limits.maxBytes ?? DEFAULT_READ_LIMITS.maxBytes
  if (size > maxBytes) {
    io.stderr(`custodian extract: ${file}: the file is ${size} bytes; the limit is ${maxBytes} (DOCUMENT_TOO_LARGE)\n`)
    return io.exit(EXIT_DATA)
  }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(file))
  } catch (error) {
    io.stderr(`custodian extract: ${file}: ${(error as Error).message}\n`)
    return io.exit(EXIT_NO_INPUT)
  }
  const result = await extractDocument(bytes, { limits, ocr: opts.ocr, ...(opts.receivedOn ? { receivedOn: opts.receivedOn } : {}) })
  if (!result.ok) {
    io.stderr(`custodian extract: ${file}: ${result.error.message} (${result.error.code})\n`)
    return io.exit(EXIT_DATA)
  }
  for (const warning of result.value.document.warnings) io.stderr(`custodian extract: warning: ${warning}\n`)
  const json = toCorpusJson(result.value.fields)
  io.stdout(opts.json ? `${JSON.stringify(json, null, 2)}\n` : humanReadable(json))
}

export function registerExtract(program: Command, io: ExtractIo = nodeIo): void {
  const cmd = program
    .command('extract')
    .description('read a demand (PDF, scan, image, e-mail, Word or text file) and print its fields')
    .argument('<file>', 'the document; its format is detected from its content')
    .option('--json', 'print the fields as JSON (corpus FORMAT.md, with evidence spans)')
    .option('--no-ocr', 'do not run OCR on scans and images')
    .option('--timeout <ms>', 'give up reading the file, or its fields, after this many milliseconds')
    .option('--max-pages <n>', 'refuse PDFs with more pages than this')
    .option('--received-on <date>', 'date the document was received (starts relative deadlines)')
  cmd.configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
  cmd.exitOverride((error) => io.exit(error.exitCode === 0 ? EXIT_OK : EXIT_USAGE))
  cmd.action(async (file: string, opts: ExtractCliOptions) => {
    try {
      await run(file, opts, io)
    } finally {
      // The parser worker and the OCR engine are threads: stop them so the process can exit at once.
      await shutdownReaders()
    }
  })
}
