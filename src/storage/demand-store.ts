/**
 * DemandStore on Drizzle (PGlite or PostgreSQL). Every change goes through `commit`, which, in
 * one transaction and under one advisory lock: re-folds the demand's whole history with the new
 * events (so an illegal transition can never be written, whatever raced it), extends the hash
 * chain, writes the events, the documents and the projection row.
 */
import { and, asc, count, desc, eq, ilike, inArray, lt, sql, type SQL } from 'drizzle-orm'
import type { DomainError } from '../core/errors.js'
import { domainError } from '../core/errors.js'
import { err, ok, type Result } from '../core/result.js'
import { foldDemand, type DemandEvent, type DemandState, type DemandView } from '../core/workflow/index.js'
import type {
  DemandChange,
  DemandQuery,
  DemandRecord,
  DemandStore,
  DemandSummary,
  DocumentRecord,
  NewJob,
  StoredEvent,
} from '../app/ports.js'
import type { Db } from './db.js'
import { eventHash, GENESIS_HASH } from '../app/audit/event-hash.js'
import { toIsoInstant } from './iso.js'
import { demand, demandEvent, document, job } from './schema/index.js'

/** One lock for the whole log: appends are serialised so the chain has exactly one order. */
const EVENT_LOG_LOCK = 7_301_017

class Refused extends Error {
  constructor(readonly domain: DomainError) {
    super(domain.message)
  }
}

/**
 * Jobs that follow from a demand's state (reminders for its clocks), computed after the fold and
 * written in the same transaction: a demand's reminders exist exactly when its clocks do.
 */
export type DerivedEffects = (demandId: string, view: DemandView, recordedAt: Date) => NewJob[]

export function createDemandStore(db: Db, options: { derivedEffects?: DerivedEffects } = {}): DemandStore {
  return {
    async get(id) {
      const [row] = await db.select().from(demand).where(eq(demand.id, id))
      return row ? toRecord(row) : null
    },

    async findByIdempotencyKey(key) {
      const [row] = await db.select().from(demand).where(eq(demand.idempotencyKey, key))
      return row ? toRecord(row) : null
    },

    async events(demandId) {
      const rows = await db.select().from(demandEvent).where(eq(demandEvent.demandId, demandId)).orderBy(asc(demandEvent.seq))
      return rows.map(toStoredEvent)
    },

    async documents(demandId) {
      const rows = await db
        .select(documentColumns)
        .from(document)
        .where(eq(document.demandId, demandId))
        .orderBy(asc(document.createdAt), asc(document.id))
      return rows.map(toDocumentRecord)
    },

    async documentContent(documentId) {
      const [row] = await db.select().from(document).where(eq(document.id, documentId))
      return row ? { record: toDocumentRecord(row), content: row.content } : null
    },

    list: (query) => listDemands(db, query),

    async commit(change) {
      try {
        const record = await db.transaction(async (tx) => commitInTransaction(tx as unknown as Db, change, options.derivedEffects))
        return ok(record)
      } catch (error) {
        if (error instanceof Refused) return err(error.domain)
        throw error
      }
    },

    async *allEvents() {
      const page = 500
      let after = 0
      for (;;) {
        const rows = await db
          .select()
          .from(demandEvent)
          .where(sql`${demandEvent.seq} > ${after}`)
          .orderBy(asc(demandEvent.seq))
          .limit(page)
        for (const row of rows) yield toStoredEvent(row)
        if (rows.length < page) return
        after = rows[rows.length - 1]!.seq
      }
    },

    async count() {
      const [row] = await db.select({ n: count() }).from(demand)
      return row?.n ?? 0
    },
  }
}

async function commitInTransaction(tx: Db, change: DemandChange, derivedEffects?: DerivedEffects): Promise<DemandRecord> {
  await tx.execute(sql`select pg_advisory_xact_lock(${EVENT_LOG_LOCK})`)
  const [current] = await tx.select().from(demand).where(eq(demand.id, change.demandId))

  if (change.create) {
    if (current) throw new Refused(domainError('VALIDATION_FAILED', `A demand with id ${change.demandId} already exists.`))
  } else {
    if (!current) throw new Refused(domainError('DEMAND_NOT_FOUND', `No demand has the id ${change.demandId}.`))
    if (change.expectedVersion !== undefined && current.version !== change.expectedVersion) {
      throw new Refused(
        domainError('INVALID_TRANSITION', 'The demand changed while you were working on it; reload and try again.', {
          expected_version: change.expectedVersion,
          current_version: current.version,
        }),
      )
    }
  }

  const history = current
    ? (await tx.select().from(demandEvent).where(eq(demandEvent.demandId, change.demandId)).orderBy(asc(demandEvent.seq))).map(toStoredEvent)
    : []
  const folded = foldDemand([...history.map(toCoreEvent), ...change.events])
  if (!folded.ok) throw new Refused(folded.error)
  const view = folded.value

  const [last] = await tx.select({ seq: demandEvent.seq, hash: demandEvent.hash }).from(demandEvent).orderBy(desc(demandEvent.seq)).limit(1)
  let seq = last?.seq ?? 0
  let prevHash = last?.hash ?? GENESIS_HASH
  const recordedAt = toIsoInstant(change.recordedAt)

  let number = current?.number
  let reference = current?.reference
  if (!current) {
    const [max] = await tx.select({ n: sql<string | null>`max(${demand.number})` }).from(demand)
    number = Number(max?.n ?? 0) + 1
    reference = `CUS-${String(number).padStart(5, '0')}`
  }

  const projection = {
    state: view.state,
    instrumentType: view.fields.instrument_type,
    authorityName: view.fields.issuing_authority.name,
    authorityKind: view.fields.issuing_authority.kind,
    jurisdiction: view.fields.issuing_authority.jurisdiction,
    receivedAt: view.received_at,
    dueAt: view.fields.due_at,
    emergency: view.fields.emergency,
    targetCount: view.fields.targets.length,
    summary: view.fields.summary,
    fields: view.fields,
    view,
    version: view.event_count,
    updatedAt: recordedAt,
  }
  if (current) {
    await tx.update(demand).set(projection).where(eq(demand.id, change.demandId))
  } else {
    await tx.insert(demand).values({
      id: change.demandId,
      reference: reference!,
      number: number!,
      idempotencyKey: change.create?.idempotency_key ?? null,
      requestHash: change.create?.request_hash ?? null,
      ...projection,
    })
  }

  for (const doc of change.documents ?? []) {
    await tx.insert(document).values({
      id: doc.id,
      demandId: change.demandId,
      filename: doc.filename,
      mediaType: doc.media_type,
      size: doc.content.byteLength,
      sha256: doc.sha256,
      content: doc.content,
      text: doc.text,
      createdAt: recordedAt,
    })
  }

  for (const event of change.events) {
    seq += 1
    const row = {
      seq,
      id: crypto.randomUUID(),
      demand_id: change.demandId,
      type: event.type,
      payload: event.payload as Record<string, unknown>,
      occurred_at: toIsoInstant(event.occurred_at),
      recorded_at: recordedAt,
      actor: event.actor,
    }
    const hash = eventHash(prevHash, row)
    await tx.insert(demandEvent).values({
      seq: row.seq,
      id: row.id,
      demandId: row.demand_id,
      type: row.type,
      payload: row.payload,
      occurredAt: row.occurred_at,
      recordedAt: row.recorded_at,
      actor: row.actor,
      prevHash,
      hash,
    })
    prevHash = hash
  }

  const effects = [...(change.effects ?? []), ...(derivedEffects?.(change.demandId, view, new Date(recordedAt)) ?? [])]
  for (const effect of effects) {
    await tx
      .insert(job)
      .values({
        id: crypto.randomUUID(),
        kind: effect.kind,
        key: effect.key,
        demandId: change.demandId,
        payload: effect.payload,
        runAt: toIsoInstant(effect.run_at),
        createdAt: recordedAt,
      })
      .onConflictDoNothing({ target: job.key })
  }

  return {
    id: change.demandId,
    reference: reference!,
    view,
    version: view.event_count,
    idempotency_key: current?.idempotencyKey ?? change.create?.idempotency_key ?? null,
    request_hash: current?.requestHash ?? change.create?.request_hash ?? null,
  }
}

async function listDemands(
  db: Db,
  query: DemandQuery,
): Promise<Result<{ items: DemandSummary[]; next: string | null }, DomainError>> {
  const descending = query.sort.startsWith('-')
  const column = query.sort.endsWith('due_at') ? demand.dueAt : demand.receivedAt
  // Undated demands sort last in both directions.
  const missing = descending ? -1e12 : 1e12
  const key = sql`coalesce(extract(epoch from ${column}), ${missing})`

  const where: SQL[] = []
  if (query.states?.length) where.push(inArray(demand.state, query.states))
  if (query.instrument) where.push(eq(demand.instrumentType, query.instrument))
  if (query.authority) where.push(ilike(demand.authorityName, `%${escapeLike(query.authority)}%`))
  if (query.dueBefore) where.push(lt(demand.dueAt, toIsoInstant(query.dueBefore)))
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor)
    if (!cursor) return err(domainError('VALIDATION_FAILED', 'The cursor is not one this server issued; start again without it.'))
    where.push(
      descending
        ? sql`(${key}, ${demand.id}) < (${cursor.key}::numeric, ${cursor.id}::uuid)`
        : sql`(${key}, ${demand.id}) > (${cursor.key}::numeric, ${cursor.id}::uuid)`,
    )
  }
  const rows = await db
    .select({ row: summaryColumns, sortKey: sql<string>`(${key})::text` })
    .from(demand)
    .where(where.length ? and(...where) : undefined)
    .orderBy(descending ? sql`${key} desc` : sql`${key} asc`, descending ? desc(demand.id) : asc(demand.id))
    .limit(query.limit + 1)

  const page = rows.slice(0, query.limit)
  const lastRow = page[page.length - 1]
  const next = rows.length > query.limit && lastRow ? encodeCursor({ key: lastRow.sortKey, id: lastRow.row.id }) : null
  return ok({ items: page.map(({ row }) => toSummary(row)), next })
}

const summaryColumns = {
  id: demand.id,
  reference: demand.reference,
  state: demand.state,
  instrumentType: demand.instrumentType,
  authorityName: demand.authorityName,
  authorityKind: demand.authorityKind,
  jurisdiction: demand.jurisdiction,
  receivedAt: demand.receivedAt,
  dueAt: demand.dueAt,
  targetCount: demand.targetCount,
  emergency: demand.emergency,
  summary: demand.summary,
}

const documentColumns = {
  id: document.id,
  demandId: document.demandId,
  filename: document.filename,
  mediaType: document.mediaType,
  size: document.size,
  sha256: document.sha256,
  text: document.text,
  createdAt: document.createdAt,
}

function toSummary(row: { [K in keyof typeof summaryColumns]: (typeof demand.$inferSelect)[K extends 'id' ? 'id' : K] }): DemandSummary {
  return {
    id: row.id,
    reference: row.reference,
    state: row.state as DemandState,
    instrument_type: row.instrumentType,
    issuing_authority: row.authorityName,
    authority_kind: row.authorityKind,
    jurisdiction: row.jurisdiction,
    received_at: toIsoInstant(row.receivedAt),
    due_at: row.dueAt ? toIsoInstant(row.dueAt) : null,
    target_count: row.targetCount,
    emergency: row.emergency,
    summary: row.summary,
  }
}

function toRecord(row: typeof demand.$inferSelect): DemandRecord {
  return {
    id: row.id,
    reference: row.reference,
    view: row.view as DemandView,
    version: row.version,
    idempotency_key: row.idempotencyKey,
    request_hash: row.requestHash,
  }
}

function toStoredEvent(row: typeof demandEvent.$inferSelect): StoredEvent {
  return {
    seq: row.seq,
    id: row.id,
    demand_id: row.demandId,
    type: row.type,
    payload: row.payload,
    occurred_at: toIsoInstant(row.occurredAt),
    recorded_at: toIsoInstant(row.recordedAt),
    actor: row.actor,
    prev_hash: row.prevHash,
    hash: row.hash,
  } as StoredEvent
}

function toCoreEvent(e: StoredEvent): DemandEvent {
  return { type: e.type, payload: e.payload, occurred_at: e.occurred_at, actor: e.actor } as DemandEvent
}

function toDocumentRecord(row: Omit<typeof document.$inferSelect, 'content'>): DocumentRecord {
  return {
    id: row.id,
    demand_id: row.demandId,
    filename: row.filename,
    media_type: row.mediaType,
    size: row.size,
    sha256: row.sha256,
    text: row.text,
    created_at: toIsoInstant(row.createdAt),
  }
}

function encodeCursor(c: { key: string; id: string }): string {
  return Buffer.from(JSON.stringify([c.key, c.id])).toString('base64url')
}

function decodeCursor(raw: string): { key: string; id: string } | null {
  try {
    const [key, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[]
    if (typeof key !== 'string' || !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(key)) return null
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) return null
    return { key, id }
  } catch {
    return null
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}
