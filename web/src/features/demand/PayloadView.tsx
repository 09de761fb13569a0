import { Text } from '@mantine/core'
import type { Meta, Option } from '../../api/types'
import { formatDate, formatDateTime, humanize, labelOf } from '../../components/format'

type Row = { label: string; value: string }

const KEY_LABELS: Record<string, string> = {
  case_number: 'Case number',
  filed_on: 'Filed on',
  with_prejudice: 'With prejudice',
  finding_ids: 'Findings',
  document_id: 'Document id',
  sha256: 'SHA-256',
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/** An event's payload as "Court: N.D. Cal. · Case number: 3:17-cv-01916", never as JSON. */
export function describePayload(type: string, payload: Record<string, unknown>, meta: Meta | undefined): Row[] {
  if (!payload || typeof payload !== 'object') return []
  const form = meta?.event_forms[type] ?? []
  const optionsFor = (name: string): Option[] | undefined => form.find((f) => f.name === name)?.options

  if (type === 'demand_received') {
    const fields = (payload.fields ?? {}) as Record<string, unknown>
    const authority = (fields.issuing_authority ?? {}) as Record<string, unknown>
    const rows: Row[] = []
    if (typeof fields.instrument_type === 'string')
      rows.push({ label: 'Instrument', value: labelOf(meta?.instruments, fields.instrument_type) })
    if (typeof authority.name === 'string') rows.push({ label: 'Issuing authority', value: authority.name })
    if (typeof payload.channel === 'string') rows.push({ label: 'Channel', value: humanize(payload.channel) })
    return rows
  }

  if (type === 'fields_corrected') {
    const changes = (payload.changes ?? {}) as Record<string, unknown>
    const rows: Row[] = [{ label: 'Fields changed', value: Object.keys(changes).map(humanize).join(', ') || '—' }]
    if (typeof payload.reason === 'string' && payload.reason) rows.push({ label: 'Reason', value: payload.reason })
    return rows
  }

  const rows: Row[] = []
  for (const [key, raw] of Object.entries(payload)) {
    if (raw === null || raw === undefined || raw === '') continue
    if (Array.isArray(raw) && raw.length === 0) continue
    const label = form.find((f) => f.name === key)?.label ?? KEY_LABELS[key] ?? humanize(key)
    rows.push({ label, value: formatValue(key, raw, optionsFor(key), meta) })
  }
  return rows
}

function formatValue(key: string, value: unknown, options: Option[] | undefined, meta: Meta | undefined): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') {
    if (options) return labelOf(options, value)
    if (key === 'outcome' || key === 'posture' || key === 'channel') return humanize(value)
    if (key === 'state') return labelOf(meta?.states, value)
    if (DATE.test(value)) return formatDate(value)
    if (INSTANT.test(value)) return formatDateTime(value)
    return value
  }
  if (Array.isArray(value)) return value.map((v) => formatValue(key, v, options, meta)).join(', ')
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => `${humanize(k)}: ${formatValue(k, v, undefined, meta)}`)
      .join('; ')
  }
  return String(value)
}

export function PayloadView({ type, payload, meta }: { type: string; payload: Record<string, unknown>; meta: Meta | undefined }) {
  const rows = describePayload(type, payload, meta)
  if (rows.length === 0) return null
  return (
    <dl className="payload">
      {rows.map((r) => (
        <div key={r.label} className="payload-row">
          <Text component="dt" size="sm" c="dimmed">
            {r.label}
          </Text>
          <Text component="dd" size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {r.value}
          </Text>
        </div>
      ))}
    </dl>
  )
}
