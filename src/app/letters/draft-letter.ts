/**
 * Draft a letter to the issuer from the demand's assessment as it stands: compose it, write it
 * out as plain text, render it (DOCX and PDF) and keep it as version 1 of a new letter.
 */
import { domainError, type DomainError } from '../../core/errors.js'
import {
  composeLetter,
  isLetterKind,
  LETTER_KINDS,
  letterToText,
  type Letter,
} from '../../core/letters/index.js'
import { err, ok, type Result } from '../../core/result.js'
import { assessDemand } from '../assessment/assess-demand.js'
import type { DemandRecord, PolicyStore } from '../ports.js'
import { findDemand, saveLetterVersion, type LetterDeps, type LetterVersion } from './letter-versions.js'

export type DraftLetterInput = {
  demand_id: string
  kind: unknown
  organisation: string
  signer?: { name?: string | null; title?: string | null } | null
  /** The demand version the user saw; by default the one read here. */
  expected_version?: number
  actor: string
}

export type DraftedLetter = { record: DemandRecord; version: LetterVersion; letter: Letter }

export async function draftLetter(
  deps: LetterDeps & { policies: PolicyStore },
  input: DraftLetterInput,
): Promise<Result<DraftedLetter, DomainError>> {
  const { kind } = input
  if (!isLetterKind(kind)) {
    return err(
      domainError('VALIDATION_FAILED', `Choose the kind of letter: ${LETTER_KINDS.join(', ')}.`, { kind }),
    )
  }
  const organisation = input.organisation.trim()
  if (!organisation || organisation.length > 300) {
    return err(
      domainError(
        'VALIDATION_FAILED',
        'Give the name of your organisation (at most 300 characters): it signs the letter.',
      ),
    )
  }
  const found = await findDemand(deps.store, input.demand_id)
  if (!found.ok) return found
  const record = found.value

  const assessment = await assessDemand(deps, record.view)
  const letter = composeLetter({
    kind,
    demand: {
      reference: record.reference,
      fields: record.view.fields,
      received_at: record.view.received_at,
      channel: record.view.channel,
    },
    assessment,
    organisation,
    signer: input.signer ?? null,
    date: assessment.assessed_at,
  })
  const saved = await saveLetterVersion(deps, {
    record,
    letter_id: deps.ids.uuid(),
    version: 1,
    kind,
    organisation,
    body: letterToText(letter),
    finding_ids: letter.finding_ids,
    edited: false,
    actor: input.actor,
    expected_version: input.expected_version ?? record.version,
  })
  if (!saved.ok) return saved
  return ok({ ...saved.value, letter })
}
