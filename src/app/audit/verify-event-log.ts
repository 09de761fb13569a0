/** Check the whole event log's hash chain; used by `custodian audit verify` and the health page. */
import type { DemandStore } from '../ports.js'
import { verifyChain, type ChainReport } from './verify-chain.js'

export function verifyEventLog(deps: { store: DemandStore }): Promise<ChainReport> {
  return verifyChain(deps.store.allEvents())
}
