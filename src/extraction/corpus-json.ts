/**
 * The CLI's JSON: the corpus fields (FORMAT.md) with their plain values, then the extras
 * (`nondisclosure_basis`, `response_deadline_relative`), then `confidence` and `evidence` per field.
 */
import type { ExtractionResult, Span } from './types.js'

export const CORPUS_FIELDS = [
  'instrument_type',
  'issuing_authority',
  'jurisdiction',
  'statutes_cited',
  'target_identifiers',
  'data_categories_requested',
  'date_issued',
  'response_deadline',
  'nondisclosure',
  'emergency',
] as const

export type CorpusField = (typeof CORPUS_FIELDS)[number]

const EXTRA_FIELDS = ['nondisclosure_basis', 'response_deadline_relative'] as const

export type CorpusJson = Record<CorpusField | (typeof EXTRA_FIELDS)[number], unknown> & {
  confidence: Record<string, number>
  evidence: Record<string, Span[]>
}

export function toCorpusJson(result: ExtractionResult): CorpusJson {
  const out: Record<string, unknown> = {}
  const confidence: Record<string, number> = {}
  const evidence: Record<string, Span[]> = {}
  for (const key of [...CORPUS_FIELDS, ...EXTRA_FIELDS]) {
    const field = result[key]
    out[key] = field.value
    confidence[key] = Math.round(field.confidence * 100) / 100
    evidence[key] = field.evidence
  }
  return { ...(out as Record<CorpusField | (typeof EXTRA_FIELDS)[number], unknown>), confidence, evidence }
}
