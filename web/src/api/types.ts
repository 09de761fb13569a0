/**
 * The shapes the HTTP API sends and accepts (snake_case, as on the wire). The vocabularies
 * (states, instruments, data categories...) are plain strings here: their labels come from
 * GET /api/meta, so the UI never needs a release when the server learns a new value.
 */
import type { Reading } from './readingTypes'

export type { Passage, ReadFieldValue, Reading } from './readingTypes'

export type Option = { value: string; label: string }

export type User = { id: string; email: string; name: string; role: string }
export type SessionResponse = { user: User }

/**
 * `findings`: choose among the demand's current failing / needs-review findings (rule ids);
 * `multiselect`: several of `options`. A `select` whose options are staff (assignee_id) has none
 * from /api/meta: the form reads them from /api/staff.
 */
export type FieldKind = 'text' | 'textarea' | 'date' | 'boolean' | 'select' | 'multiselect' | 'findings'
export type EventFormField = {
  name: string
  label: string
  kind: FieldKind
  required: boolean
  options?: Option[]
}

/** A state; `settled` states owe nothing more to the issuer (the deadline stops). */
export type StateOption = Option & { settled?: boolean }
/** An event type; `transition` moves the demand, `record` annotates it. */
export type EventTypeOption = Option & { kind?: 'transition' | 'record' }

export type Meta = {
  states: StateOption[]
  instruments: Option[]
  data_categories: Option[]
  authority_kinds: Option[]
  target_kinds: Option[]
  speech_profiles: Option[]
  nondisclosure_bases: Option[]
  channels: string[]
  event_types: EventTypeOption[]
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

/** A production awaiting or holding approval: one person prepares its scope, another approves it. */
export type ProductionRecord = {
  categories: string[]
  finding_ids: string[]
  prepared_by: string
  prepared_at: string
  approved_by: string | null
  approved_at: string | null
}

export type DemandDetail = {
  id: string
  reference: string | null
  state: string
  channel: string
  received_at: string
  /** Counts the demand's events; sent back as expected_version so a stale screen cannot overwrite. */
  version: number
  fields: DemandFields
  extras?: DemandExtras
  litigation: LitigationRecord[]
  production: ProductionRecord | null
  assignee_id: string | null
  user_notified_at: string | null
  outcome: string | null
  closed_at: string | null
  reopened_count: number
  allowed_events: string[]
  documents: DemandDocument[]
  /** What Custodian read from the documents on intake, each field with its passages; null when nothing was read. */
  reading: Reading | null
  timeline: TimelineEvent[]
  /** Sent by GET /api/demands/:id; writes answer without it (the page then reloads the demand). */
  assessment?: Assessment
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

/* ---- The rules engine: assessment, catalogue, operator policy (src/core/rules) ---- */

export type RuleKind = 'law' | 'policy'
export type FindingOutcome = 'pass' | 'fail' | 'needs_review'
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info'
export type Effect = 'decline' | 'challenge' | 'object' | 'clarify' | 'narrow' | 'note'

export type Finding = {
  rule_id: string
  family: string
  kind: RuleKind
  outcome: FindingOutcome
  severity: Severity
  citation: string
  explanation: string
  action: string
  effect?: Effect
  excluded_categories?: string[]
  title: string
  /** The API address of the family's docs (/api/rules/adm/docs); the UI links to /rules/adm#RULE.ID. */
  docs: string
}

export type RecommendedAction =
  'comply' | 'comply_narrowed' | 'request_clarification' | 'object' | 'challenge_in_court' | 'decline'

export type Recommendation = {
  action: RecommendedAction
  /** For comply_narrowed: the categories that may be produced. */
  categories?: string[]
  /** Ids of the failing rules that drive the action. */
  reasons: string[]
  /** Ids of the rules awaiting a human decision: the action is provisional while any remain. */
  pending: string[]
}

export type NoticeDecision = {
  decision: 'notify_now' | 'delay_until' | 'no_notice'
  until?: string
  reason?: string
  explanation: string
}

export type ChecklistTest = {
  test: string
  name: string
  citation: string
  status: 'decided' | 'argued'
  context: string
  items: string[]
}

export type Checklist = { speakers: string[]; reason: string; tests: ChecklistTest[] }

export type Assessment = {
  findings: Finding[]
  recommendation: Recommendation
  notice: NoticeDecision
  checklist: Checklist | null
  policy_version: number
  assessed_at: string
}

export type RuleSummary = {
  id: string
  family: string
  kind: RuleKind
  title: string
  citation: string
  confidence: 'confirmed' | 'secondary'
  severity: Severity
  default_enabled: boolean
}

export type RuleCatalogue = { families: string[]; rules: RuleSummary[] }

export type OperatorPolicy = {
  rules: Record<string, boolean>
  notice_by_default: boolean
  gag_challenge_threshold_days: number
  gag_challenge_max_accounts: number
  warrant_for_content: boolean
}

export type PolicyVersion = {
  policy: OperatorPolicy
  /** 0: the defaults, never changed. */
  version: number
  /** A staff id (or null for the defaults). */
  changed_by: string | null
  /** Sent if the server learns to name the staff member. */
  changed_by_name?: string | null
  changed_at: string | null
  note: string | null
}

export type PolicyHistory = { items: PolicyVersion[] }

export type VerificationStatus = 'verified' | 'failed' | 'not_attempted'

/**
 * The facts the rules need beyond the fields (demandExtrasSchema in src/core/rules/facts-schema.ts);
 * only those the UI records are typed. null = unknown.
 */
export type DemandExtras = {
  sender_email_domain?: string | null
  verification?: {
    status: VerificationStatus
    method?: string | null
    by?: string | null
    at?: string | null
  } | null
  document_signed?: boolean | null
  on_letterhead?: boolean | null
  all_records_phrasing?: boolean | null
  ip_request_scope?: 'specified_times' | 'longitudinal' | null
  requested_data_public?: boolean | null
  evident_purpose?: string | null
  purpose_within_statute?: boolean | null
  issuer_rank_sufficient?: boolean | null
  notice_exception?: string | null
  [other: string]: unknown
}

/* ---- Acting on a demand: staff, letters, user notice ---- */

export type StaffMember = { id: string; name: string; role: string }
export type StaffList = { items: StaffMember[] }

export type LetterKind = 'objection' | 'narrowing' | 'clarification' | 'rejection'

export type LetterDocument = {
  id: string
  filename: string
  media_type: string
  size: number
  sha256: string
  /** Downloads the file (GET; the answer carries x-content-sha256). */
  url: string
}

/** One version of a letter: its editable text and the DOCX and PDF rendered from it. */
export type LetterVersion = {
  letter_id: string
  version: number
  kind: LetterKind
  /** True once a person has changed the drafted text. */
  edited: boolean
  organisation?: string
  finding_ids: string[]
  body: string
  body_sha256: string
  drafted_at: string
  /** A staff id. */
  drafted_by: string
  documents: LetterDocument[]
}

/** What POST and PUT on letters answer: the new version and the demand's version after it. */
export type LetterVersionResponse = LetterVersion & { demand_version: number }

export type LetterHistory = { letter_id: string; kind: LetterKind; versions: LetterVersion[] }
export type LetterList = { items: LetterHistory[] }

export type NoticeLanguage = 'en' | 'es'
export type NoticeBody = { recipient: string; language: NoticeLanguage; respond_on?: string }

/* ---- Clocks (deadlines) and in-app notifications (src/core/deadlines, src/app/notifications) ---- */

export type ClockStatus = 'running' | 'due_soon' | 'overdue' | 'stopped'

/** One deadline on one demand, computed by the server from the demand and the time now. */
export type DemandClock = {
  id: string
  kind: string
  label: string
  citation: string
  confidence: 'confirmed' | 'secondary' | string
  starts_at: string
  due_at: string
  remind_at: string[]
  status: ClockStatus
  flags: string[]
  note: string
}

export type ClockDemandRef = {
  id: string
  reference: string | null
  state: string
  instrument_type: string
  issuing_authority: string
}

/** GET /api/demands/:id/clocks */
export type DemandClocks = { now: string; demand: ClockDemandRef; clocks: DemandClock[] }

/** GET /api/clocks: running clocks across open demands, soonest first. */
export type ClockList = { now: string; items: { demand: ClockDemandRef; clock: DemandClock }[] }

export type AppNotification = {
  id: string
  demand_id: string | null
  kind: string
  title: string
  body: string
  created_at: string
  read_at: string | null
}

export type NotificationList = { items: AppNotification[]; unread: number }
