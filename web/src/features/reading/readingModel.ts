/**
 * The reading beside the document: which fields were read, how each value reads to a person, how
 * sure the reader was, whether the demand now says something else (a clerk corrected it), and how
 * a document's text splits into plain runs and marked passages.
 */
import type { DemandFields, Meta, Passage, Reading, ReadFieldValue } from '../../api/types'
import { formatDate, humanize, labelOf } from '../../components/format'

/** The fields in the order a clerk checks them, with the words a legal reader uses. */
export const READ_FIELD_LABELS: [string, string][] = [
  ['instrument_type', 'Instrument'],
  ['issuing_authority', 'Issuing authority'],
  ['jurisdiction', 'Jurisdiction'],
  ['statutes_cited', 'Statutes cited'],
  ['target_identifiers', 'Targets'],
  ['data_categories_requested', 'Data requested'],
  ['date_issued', 'Date issued'],
  ['response_deadline', 'Response deadline'],
  ['response_deadline_relative', 'Relative deadline'],
  ['nondisclosure', 'Secrecy'],
  ['nondisclosure_basis', 'Secrecy basis'],
  ['emergency', 'Emergency'],
]

export type ReadRow = {
  name: string
  label: string
  field: ReadFieldValue
  /** The value as read, in words. */
  shown: string
  /** What the demand says now when a person changed it since, else null. */
  now: string | null
}

export function readRows(reading: Reading, fields: DemandFields, meta: Meta | undefined): ReadRow[] {
  return READ_FIELD_LABELS.flatMap(([name, label]) => {
    const field = reading.fields[name]
    if (!field) return []
    // A relative deadline or a secrecy basis that was not found is noise beside the main field.
    if ((name === 'response_deadline_relative' || name === 'nondisclosure_basis') && field.value === null)
      return []
    const shown = describe(name, field.value, meta)
    const current = currentValue(name, fields, meta)
    return [
      {
        name,
        label,
        field,
        shown,
        now: current !== undefined && !sameValue(name, current, shown) ? current : null,
      },
    ]
  })
}

/** Identifiers are compared as the corpus compares them: case does not make another account. */
function sameValue(name: string, a: string, b: string): boolean {
  return name === 'target_identifiers' ? a.toLowerCase() === b.toLowerCase() : a === b
}

function describe(name: string, value: unknown, meta: Meta | undefined): string {
  if (value === null || value === undefined) return 'Not found'
  if (Array.isArray(value)) {
    if (value.length === 0) return 'None found'
    const items =
      name === 'data_categories_requested'
        ? value.map((v) => labelOf(meta?.data_categories, String(v)))
        : value.map(String)
    return items.join(', ')
  }
  if (typeof value === 'boolean') {
    if (name === 'nondisclosure') return value ? 'Asks for secrecy' : 'No secrecy asked'
    return value ? 'Yes' : 'No'
  }
  if (typeof value === 'object') {
    const r = value as { text?: unknown; due_on?: unknown }
    return [String(r.text ?? ''), typeof r.due_on === 'string' ? `(due ${formatDate(r.due_on)})` : '']
      .filter(Boolean)
      .join(' ')
  }
  const text = String(value)
  if (name === 'instrument_type') return labelOf(meta?.instruments, text)
  if (name === 'nondisclosure_basis') return labelOf(meta?.nondisclosure_bases, text)
  if (name === 'date_issued') return formatDate(text)
  // As printed: a time without a zone stays a wall-clock time, not converted to the reader's zone.
  if (name === 'response_deadline') {
    const [date = '', time] = text.split('T')
    return time ? `${formatDate(date)}, ${time.slice(0, 5)}` : formatDate(date)
  }
  return text
}

/** The demand's current value in the same words, or undefined for a field the demand does not hold. */
function currentValue(name: string, f: DemandFields, meta: Meta | undefined): string | undefined {
  switch (name) {
    case 'instrument_type':
      return describe(name, f.instrument_type, meta)
    case 'issuing_authority':
      return f.issuing_authority.name === 'Not yet identified' ? 'Not found' : f.issuing_authority.name
    case 'jurisdiction':
      return describe(name, f.issuing_authority.jurisdiction, meta)
    case 'statutes_cited':
      return describe(name, f.statutes_cited, meta)
    case 'target_identifiers':
      return describe(
        name,
        f.targets.map((t) => t.identifier),
        meta,
      )
    case 'data_categories_requested':
      return describe(name, f.data_categories_requested, meta)
    case 'date_issued':
      return describe(name, f.date_issued, meta)
    case 'nondisclosure':
      return describe(name, f.nondisclosure !== null, meta)
    case 'emergency':
      return describe(name, f.emergency, meta)
    default:
      return undefined
  }
}

export function confidenceLabel(confidence: number): { label: string; tone: 'green' | 'yellow' | 'red' } {
  if (confidence >= 0.8) return { label: 'High', tone: 'green' }
  if (confidence >= 0.5) return { label: 'Medium', tone: 'yellow' }
  return { label: 'Low', tone: 'red' }
}

export type MarkedPassage = Passage & { field: string }

/** Every passage of the reading that lies in this document, tagged with its field. */
export function passagesIn(reading: Reading | null, documentId: string): MarkedPassage[] {
  if (!reading) return []
  return Object.entries(reading.fields).flatMap(([field, value]) =>
    (value?.passages ?? []).filter((p) => p.document_id === documentId).map((p) => ({ ...p, field })),
  )
}

export type Run = { text: string; start: number; fields: string[] }

/**
 * The text cut at every passage boundary: each run carries the fields whose passages cover it, so
 * overlapping passages (a deadline inside a secrecy clause) both stay marked.
 */
export function runsOf(text: string, passages: readonly MarkedPassage[]): Run[] {
  const cuts = new Set<number>([0, text.length])
  for (const p of passages) {
    if (p.end > p.start && p.start < text.length) {
      cuts.add(p.start)
      cuts.add(Math.min(p.end, text.length))
    }
  }
  const points = [...cuts].sort((a, b) => a - b)
  const runs: Run[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    const fields = [...new Set(passages.filter((p) => p.start <= start && p.end >= end).map((p) => p.field))]
    runs.push({ text: text.slice(start, end), start, fields })
  }
  return runs
}

export function fieldLabel(name: string): string {
  return READ_FIELD_LABELS.find(([n]) => n === name)?.[1] ?? humanize(name)
}
