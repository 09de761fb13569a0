/** extractDocument: read any supported file, then extract the fields from its text. */
import type { Result } from '../core/result.js'
import { err, ok } from '../core/result.js'
import type { ExtractionError } from './errors.js'
import { extractFields } from './fields/extract-fields.js'
import { readDocument } from './read/read-document.js'
import type { ExtractionResult, ExtractOptions, ReadDocument, ReadOptions } from './types.js'

export type ExtractedDocument = { document: ReadDocument; fields: ExtractionResult }

export async function extractDocument(
  bytes: Uint8Array,
  opts: ReadOptions & ExtractOptions = {},
): Promise<Result<ExtractedDocument, ExtractionError>> {
  const read = await readDocument(bytes, opts)
  if (!read.ok) return err(read.error)
  const fields = extractFields(read.value.text, opts.receivedOn ? { receivedOn: opts.receivedOn } : {})
  return ok({ document: read.value, fields })
}
