import { Text } from '@mantine/core'
import type { Meta, Option } from '../../api/types'
import { capitalize, formatDate, formatDateTime, humanize, labelOf } from '../../components/format'
import { describeCorrection, describeFacts } from './describeChanges'

export type PayloadRow = { label: string; value: string; prose: boolean }

const KEY_LABELS: Record<string, string> = {
  case_number: 'Case number',
  filed_on: 'Filed on',
  with_prejudice: 'With prejudice',
  finding_ids: 'Findings',
}

/** Free-text fields: shown as paragraphs under the short facts, not squeezed into a table. */
const PROSE_KEYS = new Set(['note', 'text', 'grounds', 'reason', 'question'])
/** Labels that add nothing above a paragraph ("Note" over a note). */
const UNLABELLED_PROSE = new Set(['note', 'text'])

const DATE = /^\d{4}-\d{2}-\d{2}$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/** An event's payload as readable facts ("Court", "Case number"...), never as JSON. */
export function describePayload(
  type: string,
  payload: Record<string, unknown>,
  meta: Meta | undefined,
): PayloadRow[] {
  if (!payload || typeof payload !== 'object') return []
  const form = meta?.event_forms[type] ?? []
  const optionsFor = (name: string): Option[] | undefined => form.find((f) => f.name === name)?.options
  const row = (label: string, value: string, prose = false): PayloadRow => ({ label, value, prose })

  if (type === 'demand_received') {
    const fields = (payload.fields ?? {}) as Record<string, unknown>
    const authority = (fields.issuing_authority ?? {}) as Record<string, unknown>
    const rows: PayloadRow[] = []
    if (typeof fields.instrument_type === 'string')
      rows.push(row('Instrument', labelOf(meta?.instruments, fields.instrument_type)))
    if (typeof authority.name === 'string') rows.push(row('Issuing authority', authority.name))
    if (typeof payload.channel === 'string') rows.push(row('Received by', humanize(payload.channel)))
    return rows
  }
  if (type === 'document_attached') {
    return typeof payload.filename === 'string' ? [row('File', payload.filename)] : []
  }
  if (type === 'fields_corrected') return describeCorrection(payload, meta)
  if (type === 'facts_recorded') return describeFacts(payload)

  const facts: PayloadRow[] = []
  const prose: PayloadRow[] = []
  for (const [key, raw] of Object.entries(payload)) {
    if (raw === null || raw === undefined || raw === '') continue
    if (Array.isArray(raw) && raw.length === 0) continue
    const formLabel = form.find((f) => f.name === key)?.label.replace(/\s*\(optional\)\s*$/i, '')
    const label = formLabel ?? KEY_LABELS[key] ?? humanize(key)
    if (PROSE_KEYS.has(key) && typeof raw === 'string') {
      prose.push(row(UNLABELLED_PROSE.has(key) ? '' : label, raw, true))
    } else {
      facts.push(row(label, formatValue(key, raw, optionsFor(key), meta)))
    }
  }
  return [...facts, ...prose]
}

function formatValue(
  key: string,
  value: unknown,
  options: Option[] | undefined,
  meta: Meta | undefined,
): string {
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
  return capitalize(String(value))
}

export function PayloadView({
  type,
  payload,
  meta,
}: {
  type: string
  payload: Record<string, unknown>
  meta: Meta | undefined
}) {
  const rows = describePayload(type, payload, meta)
  if (rows.length === 0) return null
  const facts = rows.filter((r) => !r.prose)
  const prose = rows.filter((r) => r.prose)
  return (
    <div className="payload">
      {facts.length > 0 && (
        <dl className="payload-facts">
          {facts.map((r) => (
            <div key={r.label} className="payload-row">
              <Text component="dt" size="sm" c="dimmed">
                {r.label}
              </Text>
              <Text component="dd" size="sm" style={{ overflowWrap: 'anywhere' }}>
                {r.value}
              </Text>
            </div>
          ))}
        </dl>
      )}
      {prose.map((r, i) => (
        <div key={i} className="payload-prose">
          {r.label && (
            <Text size="xs" fw={600} c="dimmed">
              {r.label}
            </Text>
          )}
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {r.value}
          </Text>
        </div>
      ))}
    </div>
  )
}
