/**
 * Import a demand from served documents (upload, CLI or mailbox). Each document is read for its
 * text; a document that cannot be read is still kept, whole, and the reason is noted on the
 * demand, so nothing served is ever lost.
 */
import type { DocumentReader } from '../ports.js'
import { readDemandFields } from './read-demand-fields.js'
import { receiveDemand, type IncomingDocument, type ReceiveDemandDeps } from './receive-demand.js'

export type ImportDemandInput = {
  files: { filename: string; content: Uint8Array; media_type?: string }[]
  /** Fields the clerk already knows; the rest is to be read from the documents. */
  fields?: Record<string, unknown>
  channel?: unknown
  idempotency_key?: string | null
  actor: string
}

/** Placeholder values until the demand has been read: the queue shows them as such. */
const UNREAD_FIELDS = {
  instrument_type: 'other',
  issuing_authority: { name: 'Not yet identified', kind: 'other', jurisdiction: null },
}

export async function importDemand(
  deps: ReceiveDemandDeps & { reader: DocumentReader },
  input: ImportDemandInput,
): ReturnType<typeof receiveDemand> {
  const documents: IncomingDocument[] = []
  const notes: string[] = []
  for (const file of input.files) {
    const read = await deps.reader.read(file.content, file.filename)
    if (read.ok) {
      documents.push({ id: deps.ids.uuid(), filename: file.filename, media_type: read.value.media_type, content: file.content, text: read.value.text })
    } else {
      documents.push({ filename: file.filename, media_type: file.media_type ?? 'application/octet-stream', content: file.content, text: null })
      notes.push(`The document "${file.filename}" was kept but could not be read: ${read.error.message}`)
    }
  }
  const texts = documents.flatMap((d) => (d.id && d.text ? [{ document_id: d.id, text: d.text }] : []))
  const { read, notes: readNotes } = await readDemandFields(deps.reader, texts, texts.length > 1 ? 'the documents' : 'the document')
  notes.push(...readNotes)
  // What the clerk typed wins over what was read from the documents, which wins over placeholders.
  const given = input.fields ?? {}
  const base = read?.fields ?? UNREAD_FIELDS
  const fields = {
    ...base,
    ...given,
    issuing_authority: { ...base.issuing_authority, ...((given.issuing_authority as object | undefined) ?? {}) },
  }
  return receiveDemand(deps, {
    fields,
    channel: input.channel ?? 'other',
    documents,
    reading: read?.reading ?? null,
    notes,
    idempotency_key: input.idempotency_key ?? null,
    actor: input.actor,
  })
}
