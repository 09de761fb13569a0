/**
 * Save an edited letter as its next version: the new text is rendered again (DOCX and PDF) and
 * kept beside the earlier versions, which stay as they were. The letter keeps its kind and the
 * findings it was drafted from.
 */
import { domainError, type DomainError } from '../../core/errors.js'
import { err, type Result } from '../../core/result.js'
import type { DemandRecord } from '../ports.js'
import {
  findDemand,
  letterHistories,
  MAX_LETTER_CHARS,
  saveLetterVersion,
  type LetterDeps,
  type LetterVersion,
} from './letter-versions.js'

export type ReviseLetterInput = {
  demand_id: string
  letter_id: string
  body: unknown
  expected_version?: number
  actor: string
}

export async function reviseLetter(
  deps: LetterDeps,
  input: ReviseLetterInput,
): Promise<Result<{ record: DemandRecord; version: LetterVersion }, DomainError>> {
  const body = typeof input.body === 'string' ? input.body.replace(/\r\n?/g, '\n') : ''
  if (!body.trim()) return err(domainError('VALIDATION_FAILED', 'Give the text of the letter (body).'))
  if (body.length > MAX_LETTER_CHARS) {
    return err(
      domainError(
        'VALIDATION_FAILED',
        `The letter is longer than ${MAX_LETTER_CHARS} characters; shorten it.`,
      ),
    )
  }
  const found = await findDemand(deps.store, input.demand_id)
  if (!found.ok) return found
  const record = found.value

  const [events, documents] = await Promise.all([
    deps.store.events(record.id),
    deps.store.documents(record.id),
  ])
  const letter = letterHistories(events, documents).find((l) => l.letter_id === input.letter_id)
  const latest = letter?.versions.at(-1)
  if (!letter || !latest) {
    return err(
      domainError('DOCUMENT_NOT_FOUND', `This demand has no letter with the id "${input.letter_id}".`, {
        letter_id: input.letter_id,
      }),
    )
  }
  if (body === latest.body) {
    return err(
      domainError(
        'VALIDATION_FAILED',
        `The text is the same as version ${latest.version}; change it before saving a new version.`,
      ),
    )
  }
  return saveLetterVersion(deps, {
    record,
    letter_id: letter.letter_id,
    version: latest.version + 1,
    kind: letter.kind,
    organisation: latest.organisation,
    body,
    finding_ids: latest.finding_ids,
    edited: true,
    actor: input.actor,
    expected_version: input.expected_version ?? record.version,
  })
}
