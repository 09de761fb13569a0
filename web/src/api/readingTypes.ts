/** What Custodian read from a demand's documents (src/core/demand/reading.ts), as the API sends it. */

/** A stretch of one document's text (end exclusive, UTF-16 offsets as JavaScript counts them). */
export type Passage = { document_id: string; start: number; end: number; text: string }

export type ReadFieldValue = { value: unknown; confidence: number; passages: Passage[] }

/** Field names are the extraction vocabulary (instrument_type, statutes_cited...). */
export type Reading = { reader: string; fields: Partial<Record<string, ReadFieldValue>> }
