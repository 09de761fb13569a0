/**
 * Read a new demand's fields from its documents' texts, if the reader can, and say what happened
 * in notes for the demand's timeline. A reading that fails never stops a demand from being
 * received: it is kept with placeholder fields for the clerk to fill in.
 */
import type { DemandFields, Reading } from '../../core/demand/index.js'
import type { DocumentReader, DocumentText } from '../ports.js'

export type DemandFieldsRead = { read: { fields: DemandFields; reading: Reading } | null; notes: string[] }

/** `source` names what was read in the notes: "the document", "the message and its attachments". */
export async function readDemandFields(reader: DocumentReader | undefined, texts: readonly DocumentText[], source: string): Promise<DemandFieldsRead> {
  if (texts.length === 0 || !reader?.readFields) return { read: null, notes: [] }
  const outcome = await reader.readFields(texts)
  if (!outcome) return { read: null, notes: [] }
  if (!outcome.ok) return { read: null, notes: [`The fields could not be read from ${source} automatically: ${outcome.problem} Fill them in by hand from ${source}.`] }
  return {
    read: { fields: outcome.fields, reading: outcome.reading },
    notes: [
      `Fields were read from ${source} automatically: check each one against the passages marked in the documents before relying on it.`,
      ...outcome.warnings,
    ],
  }
}
