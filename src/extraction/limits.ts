/**
 * Limits on what one document may cost to read. Every reader checks them before doing the
 * expensive part, so a hostile file is refused early instead of exhausting memory or time.
 */
export type ReadLimits = {
  /** Largest input file, in bytes. */
  maxBytes: number
  /** Most PDF pages read for text. */
  maxPages: number
  /** Most pages (PDF scans or images) sent to OCR; later pages are skipped with a warning. */
  maxOcrPages: number
  /** Wall-clock budget for the whole document, attachments included. */
  timeoutMs: number
  /** Largest text kept from one document; longer text is cut with a warning. */
  maxTextChars: number
  /** Most e-mail attachments read. */
  maxAttachments: number
  /** How deep messages may nest (an e-mail attached to an e-mail...). */
  maxDepth: number
  /** Largest declared uncompressed size of a .docx archive. */
  maxUnzippedBytes: number
  /** Largest compression ratio of one archive entry before it counts as a zip bomb. */
  maxZipRatio: number
  /** Most entries in a .docx archive. */
  maxZipEntries: number
  /** Largest image (width x height) sent to OCR. */
  maxImagePixels: number
  /** Heap given to each worker (the parser, the field reader); a file that needs more is refused. */
  workerMemoryMb: number
  /** Wall-clock budget for reading the fields from a document's text. */
  fieldTimeoutMs: number
  /** Longest text the fields are read from; the rest of a longer text is not searched for fields. */
  maxFieldChars: number
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxPages: 500,
  maxOcrPages: 25,
  timeoutMs: 120_000,
  maxTextChars: 5_000_000,
  maxAttachments: 20,
  maxDepth: 3,
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxZipRatio: 200,
  maxZipEntries: 5_000,
  maxImagePixels: 60_000_000,
  workerMemoryMb: 768,
  fieldTimeoutMs: 30_000,
  maxFieldChars: 1_000_000,
}

export function resolveLimits(partial?: Partial<ReadLimits>): ReadLimits {
  const limits = { ...DEFAULT_READ_LIMITS }
  if (!partial) return limits
  for (const key of Object.keys(limits) as (keyof ReadLimits)[]) {
    const value = partial[key]
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) limits[key] = value
  }
  return limits
}
