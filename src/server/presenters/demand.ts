/** Domain values to API JSON (snake_case, documented in the OpenAPI document). */
import type { DemandDetail } from '../../app/demands/get-demand.js'
import type { DemandRecord, StaffStore } from '../../app/ports.js'
import { EVENT_LABELS, type DemandEventType } from '../../core/workflow/index.js'

const SYSTEM_ACTORS: Record<string, string> = { demo: 'Demo data', system: 'Custodian' }

export async function presentDemand(detail: DemandDetail, staff: StaffStore) {
  const { record, events, documents, allowed_events } = detail
  const names = new Map<string, string>()
  for (const actor of new Set(events.map((e) => e.actor))) {
    names.set(actor, SYSTEM_ACTORS[actor] ?? (await staff.get(actor).catch(() => null))?.name ?? actor)
  }
  return {
    ...presentRecord(record),
    allowed_events,
    documents: documents.map((d) => ({
      id: d.id,
      filename: d.filename,
      media_type: d.media_type,
      size: d.size,
      sha256: d.sha256,
      created_at: d.created_at,
      text: d.text,
    })),
    /** The latest reading of the documents (each field with its passages), or null when none was read. */
    reading: events.findLast((e) => e.type === 'fields_read')?.payload ?? null,
    timeline: events.map((e) => ({
      seq: e.seq,
      type: e.type,
      label: EVENT_LABELS[e.type as DemandEventType] ?? e.type,
      payload: e.payload,
      occurred_at: e.occurred_at,
      recorded_at: e.recorded_at,
      actor: e.actor,
      actor_name: names.get(e.actor) ?? e.actor,
      hash: e.hash,
    })),
  }
}

export function presentRecord(record: DemandRecord) {
  const v = record.view
  return {
    id: record.id,
    reference: record.reference,
    state: v.state,
    channel: v.channel,
    received_at: v.received_at,
    version: record.version,
    fields: v.fields,
    /** Facts recorded for the rules beyond the fields, merged. */
    extras: v.extras ?? {},
    litigation: v.litigation,
    production: v.production ?? null,
    assignee_id: v.assignee_id ?? null,
    user_notified_at: v.user_notified_at,
    outcome: v.outcome,
    closed_at: v.closed_at,
    reopened_count: v.reopened_count,
  }
}
