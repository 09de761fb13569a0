/**
 * Letter versions, shared by the letter use cases. A version is one `letter_drafted` event plus
 * the documents it names (DOCX and PDF, each with its SHA-256, both holding the plain text staff
 * edit), committed in one transaction. Nothing is overwritten: an edit is a new version, with new
 * documents and a new event, and the earlier versions stay as they were.
 */
import { domainError, type DomainError } from '../../core/errors.js'
import { LETTER_KIND_LABELS, type LetterKind, type LetterPrintMeta } from '../../core/letters/index.js'
import { err, ok, type Result } from '../../core/result.js'
import type { EventPayload } from '../../core/workflow/index.js'
import { isUuid } from '../demands/get-demand.js'
import { sha256Hex } from '../hashing.js'
import type {
  Clock,
  DemandRecord,
  DemandStore,
  DocumentRecord,
  Ids,
  NewDocument,
  StoredEvent,
} from '../ports.js'
import type { LetterRenderer } from './ports.js'

export const LETTER_MEDIA_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const

/** Longest letter text accepted: far beyond any letter, short of a pasted book. */
export const MAX_LETTER_CHARS = 100_000

export type LetterDocument = {
  id: string
  filename: string
  media_type: string
  size: number
  sha256: string
}

export type LetterVersion = {
  letter_id: string
  version: number
  kind: LetterKind
  edited: boolean
  organisation: string
  finding_ids: string[]
  body: string
  body_sha256: string
  drafted_at: string
  drafted_by: string
  documents: LetterDocument[]
}

export type LetterHistory = { letter_id: string; kind: LetterKind; versions: LetterVersion[] }

export type LetterDeps = { store: DemandStore; clock: Clock; ids: Ids; renderer: LetterRenderer }

type LetterPayload = EventPayload<'letter_drafted'>

/** Render a version, then commit its documents and its event together. */
export async function saveLetterVersion(
  deps: LetterDeps,
  args: {
    record: DemandRecord
    letter_id: string
    version: number
    kind: LetterKind
    organisation: string
    body: string
    finding_ids: string[]
    edited: boolean
    actor: string
    expected_version: number
  },
): Promise<Result<{ record: DemandRecord; version: LetterVersion }, DomainError>> {
  const now = deps.clock.now().toISOString()
  const { record } = args
  const meta: LetterPrintMeta = {
    title: `${LETTER_KIND_LABELS[args.kind]} - ${record.reference}`,
    footer: `${args.organisation} - our reference ${record.reference}`,
    author: args.organisation,
    created_at: now,
    page_size: (record.view.fields.issuing_authority.jurisdiction ?? '').toUpperCase().startsWith('US')
      ? 'letter'
      : 'a4',
  }
  const rendered = await deps.renderer.render(args.body, meta)
  const base = `${record.reference}-${args.kind}-letter-v${args.version}`
  const documents: NewDocument[] = (['docx', 'pdf'] as const).map((ext) => ({
    id: deps.ids.uuid(),
    filename: `${base}.${ext}`,
    media_type: LETTER_MEDIA_TYPES[ext],
    content: rendered[ext],
    sha256: sha256Hex(rendered[ext]),
    text: args.body,
  }))
  const payload: LetterPayload = {
    letter_id: args.letter_id,
    version: args.version,
    kind: args.kind,
    document_ids: documents.map((d) => d.id),
    sha256s: documents.map((d) => d.sha256),
    body_sha256: sha256Hex(args.body),
    finding_ids: args.finding_ids,
    organisation: args.organisation,
    edited: args.edited,
  }
  const committed = await deps.store.commit({
    demandId: record.id,
    expectedVersion: args.expected_version,
    events: [{ type: 'letter_drafted', payload, occurred_at: now, actor: args.actor }],
    documents,
    recordedAt: now,
  })
  if (!committed.ok) return committed
  return ok({
    record: committed.value,
    version: {
      ...versionFields(payload),
      body: args.body,
      drafted_at: now,
      drafted_by: args.actor,
      documents: documents.map((d) => ({
        id: d.id,
        filename: d.filename,
        media_type: d.media_type,
        size: d.content.byteLength,
        sha256: d.sha256,
      })),
    },
  })
}

/** Every letter on a demand with all its versions, oldest first, from its events and documents. */
export function letterHistories(
  events: readonly StoredEvent[],
  documents: readonly DocumentRecord[],
): LetterHistory[] {
  const byId = new Map(documents.map((d) => [d.id, d]))
  const letters = new Map<string, LetterHistory>()
  for (const event of events) {
    if (event.type !== 'letter_drafted') continue
    const payload = event.payload
    const docs = payload.document_ids
      .map((id) => byId.get(id))
      .filter((d): d is DocumentRecord => d !== undefined)
    const version: LetterVersion = {
      ...versionFields(payload),
      body: docs[0]?.text ?? '',
      drafted_at: event.recorded_at,
      drafted_by: event.actor,
      documents: docs.map((d) => ({
        id: d.id,
        filename: d.filename,
        media_type: d.media_type,
        size: d.size,
        sha256: d.sha256,
      })),
    }
    const letter = letters.get(payload.letter_id) ?? {
      letter_id: payload.letter_id,
      kind: payload.kind,
      versions: [],
    }
    letter.versions.push(version)
    letters.set(payload.letter_id, letter)
  }
  return [...letters.values()]
}

/** The demand, or DEMAND_NOT_FOUND in words a user can act on. */
export async function findDemand(store: DemandStore, id: string): Promise<Result<DemandRecord, DomainError>> {
  const record = isUuid(id) ? await store.get(id) : null
  return record ? ok(record) : err(domainError('DEMAND_NOT_FOUND', `No demand has the id "${id}".`, { id }))
}

function versionFields(p: LetterPayload) {
  return {
    letter_id: p.letter_id,
    version: p.version,
    kind: p.kind,
    edited: p.edited,
    organisation: p.organisation,
    finding_ids: p.finding_ids,
    body_sha256: p.body_sha256,
  }
}
