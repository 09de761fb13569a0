/** A demand with everything the demand page shows: fields, documents, timeline, next actions. */
import { domainError, type DomainError } from '../../core/errors.js'
import { err, ok, type Result } from '../../core/result.js'
import { userActions, type DemandEventType } from '../../core/workflow/index.js'
import type { DemandRecord, DemandStore, DocumentRecord, StoredEvent } from '../ports.js'

export type DemandDetail = {
  record: DemandRecord
  events: StoredEvent[]
  documents: DocumentRecord[]
  /** What a person may record by hand now (system-recorded events excluded). */
  allowed_events: DemandEventType[]
}

export async function getDemand(deps: { store: DemandStore }, id: string): Promise<Result<DemandDetail, DomainError>> {
  const record = isUuid(id) ? await deps.store.get(id) : null
  if (!record) return err(domainError('DEMAND_NOT_FOUND', `No demand has the id "${id}".`, { id }))
  const [events, documents] = await Promise.all([deps.store.events(id), deps.store.documents(id)])
  return ok({ record, events, documents, allowed_events: userActions(record.view.state) })
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
}
