/**
 * The hash chain over the event log. Each event's hash covers its own content and the previous
 * event's hash, so editing, removing or reordering any event breaks the chain from there on.
 * jsonb may reorder keys, so the payload is hashed as canonical JSON.
 */
import { createHash } from 'node:crypto'
import { canonicalJson } from '../../core/canonical-json.js'

export const GENESIS_HASH = '0'.repeat(64)

export type HashedFields = {
  seq: number
  id: string
  demand_id: string
  type: string
  payload: unknown
  occurred_at: string
  recorded_at: string
  actor: string
}

export function eventHash(prevHash: string, e: HashedFields): string {
  const body = canonicalJson({
    seq: e.seq,
    id: e.id,
    demand_id: e.demand_id,
    type: e.type,
    payload: e.payload,
    occurred_at: e.occurred_at,
    recorded_at: e.recorded_at,
    actor: e.actor,
  })
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex')
}
