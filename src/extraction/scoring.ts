/**
 * Scoring exactly as the corpus FORMAT.md says: per document and field (null labels skipped,
 * except the dates where null is a value), then the mean per field, then the mean of the fields.
 */
import { CORPUS_FIELDS, type CorpusField } from './corpus-json.js'
import { citationKey } from './fields/citation-types.js'
import { identifierKey } from './fields/identifier-rules.js'

export type Label = {
  id: string
  file: string
  source?: string
  notes?: string
} & Record<CorpusField, unknown>

export type Prediction = Partial<Record<CorpusField, unknown>>

const STOP_WORDS = new Set(
  ('the of for and a an in on at to by with from de da do das dos del la le les des du der die das und von y e et ' +
    'и в во по о об на для при от с').split(' '),
)

export function authorityTokens(value: string): Set<string> {
  return new Set((value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => !STOP_WORDS.has(t)))
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1
  let inter = 0
  for (const t of a) if (b.has(t)) inter++
  return inter / (a.size + b.size - inter)
}

export function setF1(predicted: string[], expected: string[]): number {
  const p = new Set(predicted)
  const e = new Set(expected)
  if (p.size === 0 && e.size === 0) return 1
  if (p.size === 0 || e.size === 0) return 0
  let tp = 0
  for (const x of p) if (e.has(x)) tp++
  if (tp === 0) return 0
  const precision = tp / p.size
  const recall = tp / e.size
  return (2 * precision * recall) / (precision + recall)
}

function calendarDate(value: unknown): string | null {
  return typeof value === 'string' && value.length >= 10 ? value.slice(0, 10) : null
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** Score of one field on one document, or null when the field is not scored (null label). */
export function scoreField(field: CorpusField, predicted: unknown, expected: unknown): number | null {
  switch (field) {
    case 'date_issued':
    case 'response_deadline': {
      const e = calendarDate(expected)
      const p = calendarDate(predicted)
      return e === p ? 1 : 0
    }
    case 'instrument_type':
    case 'jurisdiction':
    case 'emergency':
    case 'nondisclosure':
      if (expected === null || expected === undefined) return null
      return predicted === expected ? 1 : 0
    case 'issuing_authority':
      if (typeof expected !== 'string') return null
      return typeof predicted === 'string' && jaccard(authorityTokens(predicted), authorityTokens(expected)) >= 0.5 ? 1 : 0
    case 'statutes_cited':
      return setF1(strings(predicted).map(citationKey), strings(expected).map(citationKey))
    case 'target_identifiers':
      return setF1(strings(predicted).map(identifierKey), strings(expected).map(identifierKey))
    case 'data_categories_requested':
      return setF1(strings(predicted), strings(expected))
  }
}

export type DocumentScore = { id: string; fields: Partial<Record<CorpusField, number>> }
/** A field no document scores (every label null) has no score and stays out of the mean. */
export type CorpusScore = { fields: Record<CorpusField, { score: number | null; documents: number }>; score: number; documents: DocumentScore[] }

export function scoreCorpus(pairs: { label: Label; prediction: Prediction | null }[]): CorpusScore {
  const documents: DocumentScore[] = []
  const sums = Object.fromEntries(CORPUS_FIELDS.map((f) => [f, { total: 0, n: 0 }])) as Record<CorpusField, { total: number; n: number }>
  for (const { label, prediction } of pairs) {
    const doc: DocumentScore = { id: label.id, fields: {} }
    for (const field of CORPUS_FIELDS) {
      // A document that could not be read scores 0 on every scored field.
      const s = scoreField(field, prediction ? prediction[field] ?? null : undefined, label[field])
      if (s === null) continue
      const value = prediction ? s : 0
      doc.fields[field] = value
      sums[field].total += value
      sums[field].n++
    }
    documents.push(doc)
  }
  const fields = Object.fromEntries(
    CORPUS_FIELDS.map((f) => [f, { score: sums[f].n === 0 ? null : sums[f].total / sums[f].n, documents: sums[f].n }]),
  ) as CorpusScore['fields']
  const scored = CORPUS_FIELDS.map((f) => fields[f].score).filter((x): x is number => x !== null)
  const score = scored.length === 0 ? 0 : scored.reduce((a, b) => a + b, 0) / scored.length
  return { fields, score, documents }
}
