/**
 * Dates and labels in the form a lawyer reads them: "14 Mar 2017", never "2017-03-14T15:45:00Z".
 * Calendar dates (YYYY-MM-DD) are shown as written; instants in the reader's time zone.
 */
import type { Option } from '../api/types'

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })
const dateFormatUtc = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
})

function parse(value: string): Date | null {
  const d = CALENDAR_DATE.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

/** "14 Mar 2017". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—'
  const d = parse(value)
  if (!d) return value
  return CALENDAR_DATE.test(value) ? dateFormatUtc.format(d) : dateFormat.format(d)
}

/** "14 Mar 2017, 11:45 GMT-4" for instants; calendar dates stay dates. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—'
  if (CALENDAR_DATE.test(value)) return formatDate(value)
  const d = parse(value)
  return d ? dateTimeFormat.format(d) : value
}

/** Whole calendar days from today (local) to the due date: negative when overdue. */
export function daysUntil(value: string, now: Date = new Date()): number | null {
  const d = parse(value)
  if (!d) return null
  const due = CALENDAR_DATE.test(value)
    ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
    : Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())
  return Math.round((due - today) / 86_400_000)
}

const count = new Intl.NumberFormat('en-GB')

/** "3 days left", "Due today", "1 day overdue". */
export function describeDaysLeft(days: number): string {
  if (days === 0) return 'Due today'
  if (days > 0) return `${count.format(days)} ${days === 1 ? 'day' : 'days'} left`
  const late = -days
  return `${count.format(late)} ${late === 1 ? 'day' : 'days'} overdue`
}

/** "platform_challenge" → "Platform challenge"; used when the server sends no label. */
export function humanize(value: string): string {
  const s = value.replace(/_/g, ' ').trim()
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** The label of `value` in a vocabulary from /api/meta, or a readable fallback. */
export function labelOf(options: readonly Option[] | undefined, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  const label = options?.find((o) => o.value === value)?.label
  return label ? capitalize(label) : humanize(value)
}

/** Option labels as sentence case ("platform challenge" → "Platform challenge"). */
export function capitalize(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1)
}

/** "1.2 MB". */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} bytes`
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`
  return `${(size / (1024 * 1024)).toFixed(1)} MB`
}

/** Meta sends channels as bare strings; give them labels too. */
export function channelOptions(channels: readonly string[] | undefined): Option[] {
  const names: Record<string, string> = { in_person: 'In person', api: 'API', fax: 'Fax', email: 'Email' }
  return (channels ?? []).map((c) => ({ value: c, label: names[c] ?? humanize(c) }))
}

/** `datetime-local` value ("2017-03-14T11:45") → ISO 8601 with the browser's offset. */
export function localInputToIso(value: string): string | null {
  if (!value) return null
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return null
  const offset = -d.getTimezoneOffset()
  const sign = offset >= 0 ? '+' : '-'
  const abs = Math.abs(offset)
  const pad = (n: number) => String(n).padStart(2, '0')
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:00` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  )
}
