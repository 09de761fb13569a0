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
import { extractJurisdiction, letterheadState, STATE_NAMES_TITLE, STATES, type JurisdictionHint } from './jurisdiction.js'
import { extractNondisclosure } from './nondisclosure.js'
import { normalizeOcr } from './ocr-shadow.js'
import { findRelativeDeadlines, resolveRelative } from './relative-deadline.js'
import { extractStatutes } from './statutes.js'
import { span } from './text.js'

function dateValue(d: { iso: string; time?: string }): string {
  return d.time ? `${d.iso}T${d.time}` : d.iso
}

const STATE_IN_ISSUER = new RegExp(String.raw`\b(?:of|for)\s+(?:the\s+State\s+of\s+)?(${STATE_NAMES_TITLE})\b`, 'i')

/** Where the issuer says it is: its own jurisdiction, or for a local agency the state in its letterhead address. */
function authorityHint(text: string, authority: ReturnType<typeof extractAuthority>): JurisdictionHint | null {
  if (authority.jurisdiction) return { code: authority.jurisdiction, evidence: authority.jurisdictionEvidence }
  const name = authority.field.value
  const at = authority.field.evidence[0]
  if (!name || !at || authority.kind === 'federal_agency' || /\b(?:U\.\s?S\.|United States|Federal|National)\b/i.test(name)) return null
  // "Office of the Attorney General of Texas": the state in the issuer's own name.
  const named = STATE_IN_ISSUER.exec(name)
  const code = named ? STATES[(named[1] as string).toLowerCase()] : undefined
  if (code) return { code: `US-${code}`, evidence: [at] }
  const state = letterheadState(text, at.start)
  return state ? { code: state.code, evidence: [state.evidence] } : null
}

/** Evidence found in the OCR-corrected copy keeps its offsets; its text is taken from the original. */
function fromOriginal<T>(original: string, field: Field<T>): Field<T> {
  return { ...field, evidence: field.evidence.map((e) => span(original, e.start, e.end)) }
}

export function extractFields(original: string, opts: ExtractOptions = {}): ExtractionResult {
  // Cue-based fields read a copy with OCR confusions undone; identifiers read the text as written.
  const text = normalizeOcr(original)
  const authority = extractAuthority(text)
  const jurisdiction = extractJurisdiction(text, authorityHint(text, authority))
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
  const o = <T>(field: Field<T>): Field<T> => (text === original ? field : fromOriginal(original, field))
  return {
    instrument_type: o(instrument),
    issuing_authority: o(authority.field),
    jurisdiction: o(jurisdiction),
    statutes_cited: o(extractStatutes(text, jurisdiction.value)),
    target_identifiers: extractIdentifiers(original),
    data_categories_requested: o(categories),
    date_issued: o(dateIssued),
    response_deadline: o(deadline),
    response_deadline_relative: o(relativeField),
    nondisclosure: o(nd.nondisclosure),
    nondisclosure_basis: o(nd.basis),
    emergency: o(extractEmergency(text, instrument.value)),
  }
}
