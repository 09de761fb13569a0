/**
 * Verifies the event log's hash chain from the first event to the last. It names the first event
 * that does not fit and why: its content changed, an event before it is missing, or events are
 * out of order.
 */
import type { StoredEvent } from '../ports.js'
import { eventHash, GENESIS_HASH } from './event-hash.js'

export type ChainBreak = {
  seq: number
  event_id: string
  demand_id: string
  problem: 'modified' | 'missing_before' | 'reordered' | 'broken_link'
  message: string
}

export type ChainReport = { checked: number; last_hash: string; breaks: ChainBreak[] }

export async function verifyChain(events: AsyncIterable<StoredEvent>): Promise<ChainReport> {
  let prevHash = GENESIS_HASH
  let prevSeq = 0
  let checked = 0
  const breaks: ChainBreak[] = []
  for await (const e of events) {
    checked += 1
    const at = { seq: e.seq, event_id: e.id, demand_id: e.demand_id }
    if (e.seq !== prevSeq + 1) {
      breaks.push({ ...at, problem: 'missing_before', message: `Event #${e.seq} follows #${prevSeq}: ${e.seq - prevSeq - 1} event(s) before it are missing.` })
    }
    const recomputed = eventHash(e.prev_hash, e)
    if (recomputed !== e.hash) {
      breaks.push({ ...at, problem: 'modified', message: `Event #${e.seq} (${e.type}) was changed after it was recorded: its content no longer matches its hash.` })
    } else if (e.prev_hash !== prevHash) {
      const problem = e.seq === prevSeq + 1 ? 'reordered' : 'broken_link'
      breaks.push({ ...at, problem, message: `Event #${e.seq} (${e.type}) does not follow the event recorded before it: the log was reordered or cut.` })
    }
    prevHash = e.hash
    prevSeq = e.seq
  }
  return { checked, last_hash: prevHash, breaks }
}
