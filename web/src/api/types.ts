/**
 * The shapes the HTTP API sends and accepts (snake_case, as on the wire). The vocabularies
 * (states, instruments, data categories...) are plain strings here: their labels come from
 * GET /api/meta, so the UI never needs a release when the server learns a new value.
 */

export type Option = { value: string; label: string }

export type User = { id: string; email: string; name: string; role: string }
export type SessionResponse = { user: User }

export type FieldKind = 'text' | 'textarea' | 'date' | 'boolean' | 'select'
export type EventFormField = {
  name: string
  label: string
  kind: FieldKind
  required: boolean
  options?: Option[]
}

export type Meta = {
  states: Option[]
  instruments: Option[]
  data_categories: Option[]
  authority_kinds: Option[]
  target_kinds: Option[]
  speech_profiles: Option[]
  nondisclosure_bases: Option[]
  channels: string[]
  event_types: Option[]
  event_forms: Record<string, EventFormField[]>
}

export type DemandSummary = {
  id: string
  reference: string | null
  state: string
  instrument_type: string
  issuing_authority: string
  authority_kind: string | null
  jurisdiction: string | null
  received_at: string
  due_at: string | null
  target_count: number
  emergency: boolean
  summary: string | null
}

export type DemandPage = { items: DemandSummary[]; next: string | null }

export type IssuingAuthority = {
  name: string
  kind: string
  jurisdiction: string | null
  office?: string | null
  signatory?: string | null
}

export type Target = {
  identifier: string
  kind: string
  speech_profile: string
  pseudonymous: boolean
}

export type Nondisclosure = { basis: string; expires_on: string | null; citation?: string | null }

export type DemandFields = {
  instrument_type: string
  issuing_authority: IssuingAuthority
  reference: string | null
  statutes_cited: string[]
  targets: Target[]
  data_categories_requested: string[]
  date_range: { from: string | null; to: string | null } | null
  date_issued: string | null
  served_at: string | null
  due_at: string | null
  stated_purpose: string | null
  nondisclosure: Nondisclosure | null
  emergency: boolean
  summary: string | null
}

export type LitigationRecord = {
  court: string
  case_number: string
  filed_on: string
  posture: string
  dismissed: null | { with_prejudice: boolean }
}

export type DemandDocument = {
  id: string
  filename: string
  media_type: string
  size: number
  sha256: string
  created_at: string
  text: string | null
}

export type TimelineEvent = {
  seq: number
  type: string
  label: string
  payload: Record<string, unknown>
  occurred_at: string
  recorded_at: string
  actor: string
  actor_name: string | null
}

export type DemandDetail = {
  id: string
  reference: string | null
  state: string
  channel: string
  received_at: string
  fields: DemandFields
  litigation: LitigationRecord[]
  user_notified_at: string | null
  outcome: string | null
  closed_at: string | null
  reopened_count: number
  allowed_events: string[]
  documents: DemandDocument[]
  timeline: TimelineEvent[]
}

/** What the New demand form sends: only instrument_type and issuing_authority.name are required. */
export type NewDemandFields = Partial<Omit<DemandFields, 'issuing_authority'>> & {
  instrument_type: string
  issuing_authority: Partial<IssuingAuthority> & { name: string }
}

export type NewDemandBody = {
  fields: NewDemandFields
  channel?: string
  received_at?: string
  text?: string
}

export type NewEventBody = { type: string; payload: Record<string, unknown>; occurred_at?: string }

export type DemandListQuery = {
  state?: string[]
  instrument?: string
  authority?: string
  due_before?: string
  sort?: string
  limit?: number
  cursor?: string
}
