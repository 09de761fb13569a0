/**
 * From what the extractor read (the corpus vocabulary) to a demand's fields, for pre-filling an
 * imported demand and for `custodian triage`. Only what the document supports is filled; the rest
 * stays unknown for the clerk (speech profile, service time), never guessed.
 */
import type { AuthorityKind, DemandFields, TargetKind } from '../core/demand/index.js'
import { demandFieldsSchema } from '../core/demand/schema.js'
import type { CorpusJson } from './corpus-json.js'

export function demandFieldsFromExtraction(x: CorpusJson): DemandFields {
  const jurisdiction = typeof x.jurisdiction === 'string' ? x.jurisdiction : null
  const name = typeof x.issuing_authority === 'string' && x.issuing_authority.trim() ? x.issuing_authority.trim().slice(0, 300) : 'Not yet identified'
  const deadline = typeof x.response_deadline === 'string' ? x.response_deadline : null
  const candidate = {
    instrument_type: x.instrument_type,
    issuing_authority: { name, kind: authorityKind(name, jurisdiction), jurisdiction },
    statutes_cited: strings(x.statutes_cited).slice(0, 100),
    targets: strings(x.target_identifiers)
      .slice(0, 1000)
      .map((identifier) => ({ identifier: identifier.slice(0, 500), kind: targetKind(identifier), speech_profile: 'unknown', pseudonymous: false })),
    data_categories_requested: strings(x.data_categories_requested),
    date_issued: typeof x.date_issued === 'string' ? x.date_issued.slice(0, 10) : null,
    due_at: deadline ? dueInstant(deadline) : null,
    nondisclosure: x.nondisclosure === true ? { basis: basisOf(x.nondisclosure_basis), expires_on: null } : null,
    emergency: x.emergency === true,
  }
  // A field the demand cannot hold is dropped (left for the clerk), the others kept.
  let attempt: Record<string, unknown> = candidate
  for (let i = 0; i < 5; i++) {
    const parsed = demandFieldsSchema.safeParse(attempt)
    if (parsed.success) return parsed.data
    const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])))
    attempt = Object.fromEntries(Object.entries(attempt).filter(([k]) => !bad.has(k) || k === 'issuing_authority'))
    if (bad.has('instrument_type')) attempt.instrument_type = 'other'
    if (bad.has('issuing_authority')) attempt.issuing_authority = { name: 'Not yet identified' }
  }
  return demandFieldsSchema.parse({ instrument_type: 'other', issuing_authority: { name } })
}

/**
 * The deadline as an instant. A date alone is due by the end of that day; a time printed without a
 * zone is read as UTC, since the document does not say which zone (the clerk corrects it).
 */
function dueInstant(deadline: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(deadline)) return `${deadline}T23:59:59Z`
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(deadline)) return `${deadline}:00Z`
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(deadline)) return `${deadline}Z`
  return deadline
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : []
}

function basisOf(value: unknown): 'court_order' | 'statute' | 'request' {
  return value === 'court_order' || value === 'statute' ? value : 'request'
}

function authorityKind(name: string, jurisdiction: string | null): AuthorityKind {
  if (/\b(court|judge|tribunal|magistrate|gericht|tribunal|суд|法院)\b/iu.test(name)) return 'court'
  if (jurisdiction === 'EU') return 'eu_authority'
  if (jurisdiction && !jurisdiction.startsWith('US')) return 'foreign_authority'
  if (/\b(attorney|prosecutor|district attorney)\b/i.test(name)) return 'prosecutor'
  if (/\b(police|sheriff|public safety|constabulary)\b/i.test(name)) return jurisdiction === 'US-federal' ? 'federal_agency' : 'local_police'
  if (jurisdiction === 'US-federal') return 'federal_agency'
  if (jurisdiction?.startsWith('US-')) return 'state_agency'
  return 'other'
}

function targetKind(identifier: string): TargetKind {
  if (/^@\w/.test(identifier)) return 'handle'
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(identifier)) return 'email'
  if (/^(https?:\/\/|www\.)/i.test(identifier)) return /github\.com\/[^/]+\/[^/]+/i.test(identifier) ? 'repository' : 'url'
  if (/^\+?[\d\s().-]{7,}$/.test(identifier)) return 'phone'
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(identifier)) return 'ip_address'
  if (/^\d{5,}$/.test(identifier)) return 'account_id'
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(identifier)) return 'domain'
  return 'handle'
}
