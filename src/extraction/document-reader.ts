/**
 * readDocument behind the app's DocumentReader port, so the composition root can swap it in for
 * the UTF-8-only reader with one line. Extraction errors become domain errors: the two shared codes
 * pass through; the reader's own (corrupt, encrypted, hostile, timeout...) are an unsupported
 * document to the domain, with the precise code kept in `details.extraction_code`.
 */
import type { DocumentReader } from '../app/ports.js'
import { domainError } from '../core/errors.js'
import { err, ok } from '../core/result.js'
import { toCorpusJson } from './corpus-json.js'
import { demandFieldsFromExtraction } from './demand-fields.js'
import { extractFields } from './fields/extract-fields.js'
import { readDocument } from './read/read-document.js'
import type { DocumentFormat, ReadOptions } from './types.js'

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
      if (read.ok) {
        const fields = demandFieldsFromExtraction(toCorpusJson(extractFields(read.value.text)))
        return ok({ text: read.value.text, media_type: MEDIA_TYPES[read.value.format], fields })
      }
      const { code, message, details } = read.error
      const shared = code === 'UNSUPPORTED_DOCUMENT' || code === 'DOCUMENT_TOO_LARGE' ? code : 'UNSUPPORTED_DOCUMENT'
      return err(domainError(shared, `"${filename}": ${message}`, { ...details, extraction_code: code }))
    },
  }
}
