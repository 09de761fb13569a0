/**
 * Receive a demand: validate its fields, honour the idempotency key (the same request twice
 * yields the same demand; a different request under the same key is refused), and commit the
 * demand with its documents in one transaction, before anything is acknowledged.
 */
import { demandFieldsSchema, channelSchema } from '../../core/demand/schema.js'
import { domainError, type DomainError } from '../../core/errors.js'
import { err, ok, type Result } from '../../core/result.js'
import type { Reading } from '../../core/demand/reading.js'
import type { DemandEvent } from '../../core/workflow/index.js'
import { canonicalJson } from '../../core/canonical-json.js'
import { sha256Hex } from '../hashing.js'
import type { Clock, DemandRecord, DemandStore, Ids, NewDocument } from '../ports.js'
import { validate } from '../validation.js'

/** A served document; `id` is given when a reading's passages already point at it. */
export type IncomingDocument = { id?: string; filename: string; media_type: string; content: Uint8Array; text: string | null }

export type ReceiveDemandInput = {
  fields: unknown
  channel?: unknown
  received_at?: string | null
  /** Text pasted by the clerk; kept as a document of its own. */
  text?: string | null
  documents?: IncomingDocument[]
  /** What was read from the documents, every value with its passages; recorded beside the fields. */
  reading?: Reading | null
  /** Notes to record with the demand, e.g. why a document could not be read. */
  notes?: string[]
  idempotency_key?: string | null
  actor: string
}

export type ReceiveDemandDeps = { store: DemandStore; clock: Clock; ids: Ids }

export async function receiveDemand(
  deps: ReceiveDemandDeps,
  input: ReceiveDemandInput,
): Promise<Result<{ record: DemandRecord; created: boolean }, DomainError>> {
  const fields = validate(demandFieldsSchema, input.fields, 'demand')
  if (!fields.ok) return fields
  const channel = validate(channelSchema.default('other'), input.channel ?? undefined, 'channel')
  if (!channel.ok) return channel

  const requestHash = sha256Hex(
    canonicalJson({
      fields: fields.value,
      channel: channel.value,
      received_at: input.received_at ?? null,
      text: input.text ?? null,
      documents: (input.documents ?? []).map((d) => sha256Hex(d.content)),
    }),
  )
  if (input.idempotency_key) {
    const existing = await deps.store.findByIdempotencyKey(input.idempotency_key)
    if (existing) {
      if (existing.request_hash === requestHash) return ok({ record: existing, created: false })
      return err(
        domainError(
          'IDEMPOTENCY_CONFLICT',
          'This Idempotency-Key was already used for a different demand. Use a new key for a new demand.',
          { demand_id: existing.id },
        ),
      )
    }
  }

  const now = deps.clock.now().toISOString()
  const receivedAt = input.received_at ?? now
  const documents: NewDocument[] = []
  if (input.text && input.text.trim()) {
    const content = new TextEncoder().encode(input.text)
    documents.push({ id: deps.ids.uuid(), filename: 'pasted-text.txt', media_type: 'text/plain', content, sha256: sha256Hex(content), text: input.text })
  }
  for (const d of input.documents ?? []) {
    documents.push({ id: d.id ?? deps.ids.uuid(), filename: d.filename, media_type: d.media_type, content: d.content, sha256: sha256Hex(d.content), text: d.text })
  }

  const events: DemandEvent[] = [
    { type: 'demand_received', payload: { fields: fields.value, channel: channel.value }, occurred_at: receivedAt, actor: input.actor },
    ...documents.map(
      (d): DemandEvent => ({
        type: 'document_attached',
        payload: { document_id: d.id, filename: d.filename, sha256: d.sha256 },
        occurred_at: receivedAt,
        actor: input.actor,
      }),
    ),
    // Custodian read these values, not the person who uploaded: the reading is the system's.
    ...(input.reading ? [{ type: 'fields_read', payload: input.reading, occurred_at: now, actor: 'system' } satisfies DemandEvent] : []),
    ...(input.notes ?? []).map((text): DemandEvent => ({ type: 'note_added', payload: { text }, occurred_at: now, actor: input.actor })),
  ]

  const committed = await deps.store.commit({
    demandId: deps.ids.uuid(),
    create: { idempotency_key: input.idempotency_key ?? null, request_hash: requestHash },
    events,
    documents,
    recordedAt: now,
  })
  if (!committed.ok) return committed
  return ok({ record: committed.value, created: true })
}
