/** The letters drafted on a demand, each with every version and its documents, oldest first. */
import type { DomainError } from '../../core/errors.js'
import { ok, type Result } from '../../core/result.js'
import type { DemandStore } from '../ports.js'
import { findDemand, letterHistories, type LetterHistory } from './letter-versions.js'

export async function listLetters(
  deps: { store: DemandStore },
  demandId: string,
): Promise<Result<LetterHistory[], DomainError>> {
  const found = await findDemand(deps.store, demandId)
  if (!found.ok) return found
  const [events, documents] = await Promise.all([deps.store.events(demandId), deps.store.documents(demandId)])
  return ok(letterHistories(events, documents))
}
