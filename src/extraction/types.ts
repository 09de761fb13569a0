/**
 * The shapes extraction hands to the rest of Custodian. Data shapes are snake_case because they
 * are serialized as they are (CLI JSON, stored extraction results), like the corpus FORMAT.md.
 */
import type { DataCategory, InstrumentType, NondisclosureBasis } from '../core/demand/index.js'
import type { ExtractionError } from './errors.js'
import type { ReadLimits } from './limits.js'

export const DOCUMENT_FORMATS = ['pdf', 'png', 'jpeg', 'tiff', 'eml', 'docx', 'txt', 'md', 'html'] as const
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number]

/** One piece of a document that was read on its own: an e-mail body or attachment. */
export type DocumentPart = {
  /** `body` for the message text, `attachment` for a file attached to it. */
  role: 'body' | 'attachment'
  filename: string | null
  content_type: string | null
  /** Format detected from the attachment's bytes; null when it could not be read. */
  format: DocumentFormat | null
  /** Where this part's text sits in the document's `text` (end exclusive). */
  start: number
  end: number
  ocr: boolean
  pages?: number
  /** Why the part could not be read; the rest of the message is still returned. */
  error?: ExtractionError
  /** Parts of a part (an e-mail attached to an e-mail). */
  parts?: DocumentPart[]
}

export type ReadDocument = {
  format: DocumentFormat
  text: string
  pages?: number
  parts: DocumentPart[]
  /** True when any of the text came from OCR. */
  ocr: boolean
  /** Mean OCR confidence (0-100) over the OCR'd pages, when OCR ran. */
  ocr_confidence?: number
  /** The OCR language set used, chosen from the first page ('eng', 'eng+deu', 'eng+chi_sim'...). */
  ocr_language?: string
  warnings: string[]
}

export type ReadOptions = {
  limits?: Partial<ReadLimits>
  /** Set to false to refuse scans instead of running OCR (e.g. on a constrained host). */
  ocr?: boolean
}

/** A stretch of the extracted text a value was read from. `end` is exclusive. */
export type Span = { start: number; end: number; text: string }

export type Field<T> = {
  value: T
  /** 0..1: how sure the extractor is. 0 for a default that no text supports. */
  confidence: number
  evidence: Span[]
}

export type RelativeDeadline = {
  /** The wording, e.g. "within 3 working days of receipt". */
  text: string
  amount: number
  unit: 'hours' | 'days' | 'working_days' | 'weeks' | 'months'
  /** The calendar date it comes to, when the start date is known (issue or service date). */
  due_on: string | null
}

export type ExtractionResult = {
  instrument_type: Field<InstrumentType>
  issuing_authority: Field<string | null>
  jurisdiction: Field<string | null>
  statutes_cited: Field<string[]>
  target_identifiers: Field<string[]>
  data_categories_requested: Field<DataCategory[]>
  date_issued: Field<string | null>
  /** Absolute deadline only: the corpus labels relative deadlines null. */
  response_deadline: Field<string | null>
  response_deadline_relative: Field<RelativeDeadline | null>
  nondisclosure: Field<boolean | null>
  nondisclosure_basis: Field<NondisclosureBasis | null>
  emergency: Field<boolean>
}

export type ExtractOptions = {
  /** When the provider received the document (ISO date); starts relative deadlines if no issue date. */
  receivedOn?: string
}
