/**
 * The simplest DocumentReader: accepts documents that are valid UTF-8 text and refuses the rest
 * with UNSUPPORTED_DOCUMENT (the document itself is still kept by the caller).
 */
import type { DocumentReader } from '../app/ports.js'
import { domainError } from '../core/errors.js'
import { err, ok } from '../core/result.js'

export function createUtf8Reader(): DocumentReader {
  return {
    async read(bytes, filename) {
      if (bytes.includes(0)) return err(domainError('UNSUPPORTED_DOCUMENT', `"${filename}" is not a text document.`))
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
        return ok({ text, media_type: 'text/plain' })
      } catch {
        return err(domainError('UNSUPPORTED_DOCUMENT', `"${filename}" is not UTF-8 text.`))
      }
    },
  }
}
