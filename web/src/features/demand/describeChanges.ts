/**
 * Timeline payloads of the two records that change what the rules read: a correction of the
 * fields ("Due at → 20 Mar 2017, 17:00") and facts recorded for review ("Signed: Yes").
 */
import type { Meta } from '../../api/types'
import { formatDate, formatDateTime, humanize, labelOf } from '../../components/format'
import { factLabel, formatFact } from '../assessment/factLabels'

export type Row = { label: string; value: string; prose: boolean }

const FIELD_LABELS: Record<string, string> = {
  instrument_type: 'Instrument',
  issuing_authority: 'Issuing authority',
  statutes_cited: 'Statutes cited',
  data_categories_requested: 'Data categories',
  date_range: 'Date range',
  date_issued: 'Date issued',
  served_at: 'Served at',
  due_at: 'Due at',
  stated_purpose: 'Stated purpose',
  nondisclosure: 'Nondisclosure',
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v)

function fieldValue(key: string, value: unknown, meta: Meta | undefined): string {
  if (value === null || value === undefined || value === '') return 'None'
  if (Array.isArray(value) && value.length === 0) return 'None'
  switch (key) {
    case 'instrument_type':
      return labelOf(meta?.instruments, String(value))
    case 'issuing_authority': {
      if (!isObject(value)) return String(value)
      const kind = typeof value.kind === 'string' ? labelOf(meta?.authority_kinds, value.kind) : null
      const parts = [value.jurisdiction, value.office && `office: ${String(value.office)}`]
      const signatory = value.signatory ? `signed by ${String(value.signatory)}` : null
      return [String(value.name ?? ''), kind, ...parts, signatory].filter(Boolean).join(' · ')
    }
    case 'targets':
      return Array.isArray(value)
        ? value.map((t) => (isObject(t) ? String(t.identifier) : String(t))).join(', ')
        : String(value)
    case 'data_categories_requested':
      return Array.isArray(value)
        ? value.map((c) => labelOf(meta?.data_categories, String(c))).join(', ')
        : ''
    case 'date_range':
      return isObject(value)
        ? `${formatDate(value.from as string | null)} to ${formatDate(value.to as string | null)}`
        : ''
    case 'nondisclosure':
      if (!isObject(value)) return String(value)
      return [
        labelOf(meta?.nondisclosure_bases, String(value.basis)),
        value.expires_on ? `until ${formatDate(String(value.expires_on))}` : 'no end date',
        value.citation,
      ]
        .filter(Boolean)
        .join(' · ')
    case 'date_issued':
      return formatDate(String(value))
    case 'served_at':
    case 'due_at':
      return formatDateTime(String(value))
    case 'emergency':
      return value ? 'Yes' : 'No'
    default:
      return Array.isArray(value) ? value.join('; ') : String(value)
  }
}

export function describeCorrection(payload: Record<string, unknown>, meta: Meta | undefined): Row[] {
  const changes = isObject(payload.changes) ? payload.changes : {}
  const rows: Row[] = Object.entries(changes).map(([key, value]) => ({
    label: FIELD_LABELS[key] ?? humanize(key),
    value: `→ ${fieldValue(key, value, meta)}`,
    prose: false,
  }))
  if (rows.length === 0) rows.push({ label: 'Fields changed', value: 'None', prose: false })
  if (typeof payload.reason === 'string' && payload.reason)
    rows.push({ label: 'Reason', value: payload.reason, prose: true })
  return rows
}

export function describeFacts(payload: Record<string, unknown>): Row[] {
  const facts = isObject(payload.facts) ? payload.facts : {}
  const rows: Row[] = Object.entries(facts)
    .filter(([, v]) => v !== undefined)
    .map(([key, value]) => ({ label: factLabel(key), value: formatFact(key, value), prose: false }))
  if (typeof payload.note === 'string' && payload.note)
    rows.push({ label: '', value: payload.note, prose: true })
  return rows
}
