/**
 * Extraction errors. Two codes are shared with the domain (UNSUPPORTED_DOCUMENT,
 * DOCUMENT_TOO_LARGE) so the server and CLI map them like any other domain error; the rest are
 * specific to reading files and stay inside src/extraction.
 */
export const EXTRACTION_ERROR_CODES = [
  'UNSUPPORTED_DOCUMENT',
  'DOCUMENT_TOO_LARGE',
  'DOCUMENT_CORRUPT',
  'DOCUMENT_ENCRYPTED',
  'DOCUMENT_HOSTILE',
  'EXTRACTION_TIMEOUT',
  'EXTRACTION_FAILED',
  'OCR_FAILED',
] as const

export type ExtractionErrorCode = (typeof EXTRACTION_ERROR_CODES)[number]

export type ExtractionError = {
  code: ExtractionErrorCode
  /** A sentence a legal-ops user can act on. */
  message: string
  details?: Record<string, unknown>
}

export function extractionError(
  code: ExtractionErrorCode,
  message: string,
  details?: Record<string, unknown>,
): ExtractionError {
  return details ? { code, message, details } : { code, message }
}

export function isExtractionError(value: unknown): value is ExtractionError {
  if (typeof value !== 'object' || value === null) return false
  const code = (value as { code?: unknown }).code
  return typeof code === 'string' && (EXTRACTION_ERROR_CODES as readonly string[]).includes(code)
}
