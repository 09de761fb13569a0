import { Text } from '@mantine/core'
import type { DemandDocument, Meta, Option } from '../../api/types'
import { capitalize, formatDate, formatDateTime, humanize, labelOf } from '../../components/format'
import { letterKindLabel, shortHash } from '../letters/letterModel'
import { languageLabel } from '../notice/noticeModel'
import { describeCorrection, describeFacts } from './describeChanges'

/** `folded`: long text (a notice as sent) shown under a disclosure rather than in full. */
export type PayloadRow = { label: string; value: string; prose: boolean; folded?: boolean }

/** What the page knows beyond the payload: the demand's files, and staff names for ids. */
export type PayloadContext = {
  documents?: readonly DemandDocument[]
  staffName?: (id: string) => string
}

/** Machine keys with nothing for a reader (ids, hashes of internal text). */
const HIDDEN_KEYS = new Set(['notice_key', 'letter_id', 'document_ids', 'sha256s', 'body_sha256'])

const KEY_LABELS: Record<string, string> = {
  case_number: 'Case number',
  filed_on: 'Filed on',
  with_prejudice: 'With prejudice',
  finding_ids: 'Findings',
  message_id: 'Message-ID',
  respond_on: 'Respond on or after',
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
  context: PayloadContext = {},
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
  if (type === 'fields_read') {
    const fields = Object.values(
      (payload.fields ?? {}) as Record<string, { passages?: unknown[] } | undefined>,
    )
    const withPassages = fields.filter((f) => (f?.passages?.length ?? 0) > 0).length
    const rows = [row('Fields with passages', `${withPassages} of ${fields.length}: see the document panel`)]
    if (typeof payload.reader === 'string') rows.push(row('Read by', payload.reader))
    return rows
  }
  if (type === 'fields_corrected') return describeCorrection(payload, meta)
  if (type === 'facts_recorded') return describeFacts(payload)
  if (type === 'letter_drafted') return describeLetter(payload, context)
  if (type === 'user_notice_queued') return describeNotice(payload)
  if (type === 'demand_assigned') {
    const id = typeof payload.assignee_id === 'string' ? payload.assignee_id : null
    const rows = [row('Assigned to', id ? (context.staffName?.(id) ?? id) : 'Nobody (unassigned)')]
    if (typeof payload.note === 'string' && payload.note) rows.push(row('', payload.note, true))
    return rows
  }

  const facts: PayloadRow[] = []
  const prose: PayloadRow[] = []
  // In the order of the event's form (court, case number, filed on...), not the order storage keeps.
  const rank = (key: string) => {
    const i = form.findIndex((f) => f.name === key)
    return i === -1 ? form.length : i
  }
  const entries = Object.entries(payload).sort(([a], [b]) => rank(a) - rank(b))
  for (const [key, raw] of entries) {
    if (raw === null || raw === undefined || raw === '') continue
    if (Array.isArray(raw) && raw.length === 0) continue
    if (HIDDEN_KEYS.has(key)) continue
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

function describeLetter(payload: Record<string, unknown>, context: PayloadContext): PayloadRow[] {
  const rows: PayloadRow[] = []
  const row = (label: string, value: string): PayloadRow => ({ label, value, prose: false })
  const kind = typeof payload.kind === 'string' ? letterKindLabel(payload.kind) : 'Letter'
  const version = typeof payload.version === 'number' ? `, version ${payload.version}` : ''
  rows.push(row('Letter', `${kind} letter${version}${payload.edited === true ? ' (edited)' : ''}`))
  const ids = Array.isArray(payload.document_ids) ? payload.document_ids : []
  const hashes = Array.isArray(payload.sha256s) ? payload.sha256s : []
  const files = ids.map((id, i) => {
    const doc = context.documents?.find((d) => d.id === id)
    const hash = typeof hashes[i] === 'string' ? ` (SHA-256 ${shortHash(hashes[i] as string)}…)` : ''
    return `${doc?.filename ?? 'file'}${hash}`
  })
  if (files.length) rows.push(row('Files', files.join(', ')))
  if (Array.isArray(payload.finding_ids) && payload.finding_ids.length)
    rows.push(row('Findings', payload.finding_ids.join(', ')))
  return rows
}

function describeNotice(payload: Record<string, unknown>): PayloadRow[] {
  const rows: PayloadRow[] = []
  const text = (k: string) => (typeof payload[k] === 'string' && payload[k] ? (payload[k] as string) : null)
  const row = (label: string, value: string, extra: Partial<PayloadRow> = {}): PayloadRow => ({
    label,
    value,
    prose: false,
    ...extra,
  })
  if (text('recipient')) rows.push(row('Recipient', text('recipient')!))
  if (text('language')) rows.push(row('Language', languageLabel(text('language')!)))
  if (text('respond_on')) rows.push(row('Respond on or after', formatDate(text('respond_on'))))
  if (text('subject')) rows.push(row('Subject', text('subject')!))
  const delay = text('delay_reason')
  const sendAt = text('send_at')
  rows.push(row('Sends', delay && sendAt ? `On ${formatDate(sendAt)}` : 'At once'))
  if (delay) rows.push(row('Delayed because', delay, { prose: true }))
  if (text('text')) rows.push(row('The notice as written', text('text')!, { prose: true, folded: true }))
  return rows
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
  context,
}: {
  type: string
  payload: Record<string, unknown>
  meta: Meta | undefined
  context?: PayloadContext
}) {
  const rows = describePayload(type, payload, meta, context)
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
      {prose.map((r, i) =>
        r.folded ? (
          <details key={i} className="disclosure payload-prose">
            <summary>
              <Text span size="xs" fw={600} c="dimmed">
                {r.label}
              </Text>
            </summary>
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {r.value}
            </Text>
          </details>
        ) : (
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
        ),
      )}
    </div>
  )
}
