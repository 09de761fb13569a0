/**
 * extractFields: text in, the corpus fields out, each with evidence spans into that text and a
 * confidence. Pure and synchronous: no I/O, no clock; safe to run on every keystroke of a review.
 */
import type { DataCategory } from '../../core/demand/index.js'
import type { ExtractionResult, ExtractOptions, Field, RelativeDeadline } from '../types.js'
import { extractAuthority } from './authority.js'
import { extractCategories } from './categories.js'
import { findCues } from './cues.js'
import { assignDateRoles } from './date-roles.js'
import { findDates, guessDateOrder } from './dates.js'
import { extractEmergency } from './emergency.js'
import { extractIdentifiers } from './identifiers.js'
import { classifyInstrument, REMOVAL_CUES } from './instrument.js'
import { extractJurisdiction } from './jurisdiction.js'
import { extractNondisclosure } from './nondisclosure.js'
import { findRelativeDeadlines, resolveRelative } from './relative-deadline.js'
import { extractStatutes } from './statutes.js'
import { span } from './text.js'

function dateValue(d: { iso: string; time?: string }): string {
  return d.time ? `${d.iso}T${d.time}` : d.iso
}

export function extractFields(text: string, opts: ExtractOptions = {}): ExtractionResult {
  const authority = extractAuthority(text)
  const jurisdiction = extractJurisdiction(text, authority.jurisdiction ? { code: authority.jurisdiction, evidence: authority.jurisdictionEvidence } : null)
  const instrument = classifyInstrument(text, { jurisdiction: jurisdiction.value, authorityKind: authority.kind })
  const removal = instrument.value === 'takedown_demand' || (instrument.value === 'foreign_order' && findCues(text, REMOVAL_CUES).length > 0)

  const order = jurisdiction.value === null ? guessDateOrder(text) : jurisdiction.value.startsWith('US') ? 'mdy' : 'dmy'
  const roles = assignDateRoles(text, findDates(text, order))
  const dateIssued: Field<string | null> = roles.issued
    ? { value: roles.issued.iso, confidence: Math.min(0.9, 0.4 + roles.issued.issue * 0.08), evidence: [span(text, roles.issued.start, roles.issued.end)] }
    : { value: null, confidence: 0.4, evidence: [] }
  const deadline: Field<string | null> = roles.deadline
    ? { value: dateValue(roles.deadline), confidence: Math.min(0.9, 0.4 + roles.deadline.deadline * 0.08), evidence: [span(text, roles.deadline.start, roles.deadline.end)] }
    : { value: null, confidence: 0.4, evidence: [] }
  const relative = roles.deadline ? undefined : findRelativeDeadlines(text)[0]
  const relativeField: Field<RelativeDeadline | null> = relative
    ? { value: { ...relative.deadline, due_on: resolveRelative(relative, dateIssued.value, opts.receivedOn) }, confidence: 0.7, evidence: [relative.evidence] }
    : { value: null, confidence: 0.5, evidence: [] }

  const nd = extractNondisclosure(text, instrument.value)
  const categories: Field<DataCategory[]> = extractCategories(text, instrument.value, removal)
  return {
    instrument_type: instrument,
    issuing_authority: authority.field,
    jurisdiction,
    statutes_cited: extractStatutes(text, jurisdiction.value),
    target_identifiers: extractIdentifiers(text),
    data_categories_requested: categories,
    date_issued: dateIssued,
    response_deadline: deadline,
    response_deadline_relative: relativeField,
    nondisclosure: nd.nondisclosure,
    nondisclosure_basis: nd.basis,
    emergency: extractEmergency(text, instrument.value),
  }
}
