/**
 * readDocument behind the app's DocumentReader port, so the composition root can swap it in for
 * the UTF-8-only reader with one line. Extraction errors become domain errors: the two shared codes
 * pass through; the reader's own (corrupt, encrypted, hostile, timeout...) are an unsupported
 * document to the domain, with the precise code kept in `details.extraction_code`.
 */
import type { DocumentReader, DocumentText, FieldsReading } from '../app/ports.js'
import { READ_FIELDS, type Passage, type Reading } from '../core/demand/reading.js'
import { domainError } from '../core/errors.js'
import { err, ok } from '../core/result.js'
import { toCorpusJson } from './corpus-json.js'
import { demandFieldsFromExtraction } from './demand-fields.js'
import { readFieldsInWorker } from './fields-host.js'
import type { ReadLimits } from './limits.js'
import { readDocument } from './read/read-document.js'
import type { DocumentFormat, ReadOptions, Span } from './types.js'

/** Names the extractor in every reading it leaves, so a later, better reader's readings can be told apart. */
export const READER_ID = 'custodian-extract 1'

/** Between two documents' texts when they are read together, so no cue runs from one into the next. */
const SEPARATOR = '\n\n\n'

const MEDIA_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  eml: 'message/rfc822',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
}

export function createDocumentReader(opts: ReadOptions = {}): DocumentReader {
  return {
    async read(bytes, filename) {
      const read = await readDocument(bytes, opts)
      if (read.ok) return ok({ text: read.value.text, media_type: MEDIA_TYPES[read.value.format] })
      const { code, message, details } = read.error
      const shared = code === 'UNSUPPORTED_DOCUMENT' || code === 'DOCUMENT_TOO_LARGE' ? code : 'UNSUPPORTED_DOCUMENT'
      return err(domainError(shared, `"${filename}": ${message}`, { ...details, extraction_code: code }))
    },
    async readFields(documents) {
      return readFieldsTogether(documents, opts.limits)
    },
  }
}

/**
 * Read the fields from several documents' texts as one text (a covering e-mail and its attachment
 * are one demand), in the field reader's worker under its deadline, then give each passage back to
 * the document it lies in, with offsets into that document's own text.
 */
export async function readFieldsTogether(documents: readonly DocumentText[], limits?: Partial<ReadLimits>): Promise<FieldsReading | null> {
  const withText = documents.filter((d) => d.text.trim() !== '')
  if (withText.length === 0) return null
  const starts: number[] = []
  let combined = ''
  for (const [i, d] of withText.entries()) {
    if (i > 0) combined += SEPARATOR
    starts.push(combined.length)
    combined += d.text
  }
  const read = await readFieldsInWorker(combined, {}, limits)
  if (!read.ok) return { ok: false, problem: read.error.message }
  const json = toCorpusJson(read.value.fields)
  const passagesOf = (spans: Span[]): Passage[] =>
    spans.flatMap((span) => {
      const i = starts.findLastIndex((start) => start <= span.start)
      const doc = withText[i]
      const start = starts[i]
      if (!doc || start === undefined) return []
      const end = Math.min(span.end - start, doc.text.length)
      const from = span.start - start
      if (end <= from) return []
      return [{ document_id: doc.document_id, start: from, end, text: doc.text.slice(from, end).slice(0, 2000) }]
    })
  const fields: Reading['fields'] = {}
  for (const name of READ_FIELDS) {
    fields[name] = { value: json[name] ?? null, confidence: json.confidence[name] ?? 0, passages: passagesOf(json.evidence[name] ?? []) }
  }
  return { ok: true, fields: demandFieldsFromExtraction(json), reading: { reader: READER_ID, fields }, warnings: read.value.warnings }
}
