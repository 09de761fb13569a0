/** extractDocument: read any supported file, then extract the fields from its text. */
import type { Result } from '../core/result.js'
import { err, ok } from '../core/result.js'
import type { ExtractionError } from './errors.js'
import { readFieldsInWorker } from './fields-host.js'
import { readDocument } from './read/read-document.js'
import type { ExtractionResult, ExtractOptions, ReadDocument, ReadOptions } from './types.js'

export type ExtractedDocument = { document: ReadDocument; fields: ExtractionResult }

/**
 * Both steps run in workers under the limits' deadlines (reading the file, then reading the
 * fields), so a hostile file or a text that sends a pattern into a long search ends in
 * EXTRACTION_TIMEOUT instead of a hang. Warnings from both steps are on the document.
 */
export async function extractDocument(
  bytes: Uint8Array,
  opts: ReadOptions & ExtractOptions = {},
): Promise<Result<ExtractedDocument, ExtractionError>> {
  const read = await readDocument(bytes, opts)
  if (!read.ok) return err(read.error)
  const fields = await readFieldsInWorker(read.value.text, opts.receivedOn ? { receivedOn: opts.receivedOn } : {}, opts.limits)
  if (!fields.ok) return err(fields.error)
  const document = fields.value.warnings.length > 0 ? { ...read.value, warnings: [...read.value.warnings, ...fields.value.warnings] } : read.value
  return ok({ document, fields: fields.value.fields })
}
