/**
 * Ports: what the use cases need from the outside world. Adapters in src/storage,
 * src/extraction and src/notifications implement them; tests may pass their own.
 */
import type { DemandFields, Reading } from '../core/demand/index.js'
import type { DomainError } from '../core/errors.js'
import type { Result } from '../core/result.js'
import type { DemandEvent, DemandState, DemandView } from '../core/workflow/index.js'

export interface Clock {
  now(): Date
}

export interface Ids {
  uuid(): string
}

export type StoredEvent = DemandEvent & {
  seq: number
  id: string
  demand_id: string
  recorded_at: string
  prev_hash: string
  hash: string
}

export type DemandRecord = {
  id: string
  reference: string
  view: DemandView
  version: number
  idempotency_key: string | null
  request_hash: string | null
}

export type NewDocument = {
  id: string
  filename: string
  media_type: string
  content: Uint8Array
  sha256: string
  text: string | null
}

export type DocumentRecord = Omit<NewDocument, 'content'> & { size: number; created_at: string; demand_id: string }

/** A side effect or timer to run after commit (see src/storage/schema/job.ts). */
export type NewJob = {
  kind: string
  /** Unique delivery key: the same effect is never queued twice (queuing it again is a no-op). */
  key: string
  payload: Record<string, unknown>
  run_at: string
}

export type DemandChange = {
  demandId: string
  /** Present when the change creates the demand (its first event is demand_received). */
  create?: { idempotency_key: string | null; request_hash: string | null }
  /** The version the caller saw; the commit fails if another change landed in between. */
  expectedVersion?: number
  events: DemandEvent[]
  documents?: NewDocument[]
  /** Jobs written in the same transaction as the events: they exist if and only if the events do. */
  effects?: NewJob[]
  recordedAt: string
}

export type DemandSort = 'due_at' | '-due_at' | 'received_at' | '-received_at'

export type DemandQuery = {
  states?: DemandState[]
  instrument?: string
  authority?: string
  dueBefore?: string
  sort: DemandSort
  limit: number
  cursor?: string
}

export type DemandSummary = {
  id: string
  reference: string
  state: DemandState
  instrument_type: string
  issuing_authority: string
  authority_kind: string
  jurisdiction: string | null
  received_at: string
  due_at: string | null
  target_count: number
  emergency: boolean
  summary: string | null
}

export interface DemandStore {
  get(id: string): Promise<DemandRecord | null>
  findByIdempotencyKey(key: string): Promise<DemandRecord | null>
  events(demandId: string): Promise<StoredEvent[]>
  documents(demandId: string): Promise<DocumentRecord[]>
  documentContent(documentId: string): Promise<{ record: DocumentRecord; content: Uint8Array } | null>
  list(query: DemandQuery): Promise<Result<{ items: DemandSummary[]; next: string | null }, DomainError>>
  /** Atomically check the events against the workflow, chain and append them, and update the projection. */
  commit(change: DemandChange): Promise<Result<DemandRecord, DomainError>>
  /** Every event in log order, for audit verification. */
  allEvents(): AsyncIterable<StoredEvent>
  count(): Promise<number>
}

export type StaffRole = 'admin' | 'legal' | 'viewer'

export type StaffUser = { id: string; email: string; name: string; role: StaffRole; disabled: boolean }

export interface StaffStore {
  count(): Promise<number>
  list(): Promise<StaffUser[]>
  findByEmail(email: string): Promise<(StaffUser & { password_hash: string }) | null>
  get(id: string): Promise<StaffUser | null>
  create(user: { email: string; name: string; role: StaffRole; password_hash: string }): Promise<StaffUser>
  setPassword(id: string, passwordHash: string): Promise<void>
  createSession(s: { token_hash: string; user_id: string; expires_at: Date }): Promise<void>
  findSession(tokenHash: string, now: Date): Promise<StaffUser | null>
  deleteSession(tokenHash: string): Promise<void>
}

export interface PasswordHasher {
  hash(password: string): Promise<string>
  verify(hash: string, password: string): Promise<boolean>
}

export type PolicyVersion = {
  /** Raw stored policy; validate with parsePolicy before use. */
  policy: Record<string, unknown>
  version: number
  changed_by: string
  changed_at: string
  note: string | null
}

export interface PolicyStore {
  /** The policy in force: the latest change, or null when the operator never changed the defaults. */
  current(): Promise<PolicyVersion | null>
  history(limit: number): Promise<PolicyVersion[]>
  record(change: { policy: Record<string, unknown>; changed_by: string; changed_at: string; note: string | null }): Promise<PolicyVersion>
}

export type OutgoingMail = {
  /** Delivery key: the Message-ID is derived from it, so a retried send is recognisably the same message. */
  key: string
  to: string
  subject: string
  text: string
  html?: string
  attachments?: { filename: string; content: Uint8Array; content_type?: string }[]
}

/** Sends e-mail (SMTP in production and tests). */
export interface Mailer {
  send(mail: OutgoingMail): Promise<{ message_id: string }>
}

export type NoticeTemplateVersion = {
  name: string
  language: string
  subject: string
  body: string
  changed_by: string
  changed_at: string
}

export interface NoticeTemplateStore {
  /** The latest edit per language for a template name (languages never edited are absent). */
  current(name: string): Promise<NoticeTemplateVersion[]>
  record(change: NoticeTemplateVersion): Promise<void>
}

/** Secret calendar-feed tokens (only their hashes). */
export interface CalendarTokenStore {
  /** Revoke the user's live token and store the new one's hash. */
  replace(userId: string, tokenHash: string, at: string): Promise<void>
  /** The staff member a live token belongs to, or null. */
  userFor(tokenHash: string): Promise<string | null>
}

/** One document's text, as stored with the demand; a reading's passages point into it. */
export type DocumentText = { document_id: string; text: string }

/** Reads served documents. The extraction module implements it. */
export interface DocumentReader {
  /** The document's text, its format told from its bytes. */
  read(bytes: Uint8Array, filename: string): Promise<Result<{ text: string; media_type: string }, DomainError>>
  /**
   * The demand's fields read from its documents taken together (a covering e-mail and its
   * attachment are one demand): the values to pre-fill, and the reading that keeps every value
   * with its passages. Null when there was no text to read. A reader that only extracts text omits it.
   */
  readFields?(documents: readonly DocumentText[]): Promise<FieldsReading | null>
}

/**
 * What reading the fields gave: the values and the reading, with warnings (only part of a long
 * text was read); or why nothing was read (the time allowed ran out), so the demand is kept unread.
 */
export type FieldsReading =
  | { ok: true; fields: DemandFields; reading: Reading; warnings: string[] }
  | { ok: false; problem: string }

/** A job to queue outside a demand commit; `demand_id` links it to its demand when it has one. */
export type QueuedJob = NewJob & { demand_id?: string | null }

/** A job the worker holds under a lease. `attempts` counts this one and fences the lease. */
export type ClaimedJob = {
  id: string
  kind: string
  key: string
  demand_id: string | null
  payload: Record<string, unknown>
  run_at: string
  attempts: number
}

export type JobState = 'pending' | 'running' | 'done' | 'failed' | 'cancelled'

/** The durable job queue (table `job`). Every write is keyed, so queuing twice is harmless. */
export interface JobQueue {
  /** Queue jobs; a key already queued is left as it is. Resolves with how many were new. */
  enqueue(jobs: readonly QueuedJob[], now: Date): Promise<number>
  /** Take up to `limit` due jobs of these kinds (and jobs whose lease ran out) under a fresh lease. */
  claim(options: { kinds: readonly string[]; limit: number; leaseMs: number; maxAttempts: number; now: Date }): Promise<ClaimedJob[]>
  /** Extend the lease to `until` before running the job; false when another worker has taken it. */
  renew(job: ClaimedJob, until: Date): Promise<boolean>
  /** Mark done; false when the lease was lost to another worker meanwhile. */
  complete(job: ClaimedJob, now: Date): Promise<boolean>
  /** Back to pending at `runAt`; `countAttempt: false` when it is a deferral rather than a failure. */
  reschedule(job: ClaimedJob, runAt: Date, options: { error: string | null; countAttempt: boolean }): Promise<boolean>
  /** Give up on the job for good. */
  fail(job: ClaimedJob, error: string, now: Date): Promise<boolean>
  /** Jobs whose lease ran out on their last allowed attempt (their worker died each time) become failed. */
  failAbandoned(maxAttempts: number, now: Date): Promise<number>
  /** Only when this process owns the database (PGlite): release every lease a crashed run left behind. */
  releaseAllLeases(maxAttempts: number): Promise<number>
  counts(): Promise<Record<JobState, number>>
}

export type NewNotification = {
  /** Unique: the same notification is never written twice (a retried delivery is a no-op). */
  key: string
  user_id: string
  demand_id: string | null
  kind: string
  title: string
  body: string
  created_at: string
}

export type NotificationRecord = Omit<NewNotification, 'key' | 'user_id'> & { id: string; read_at: string | null }

/** In-app notifications for staff (table `notification`). */
export interface NotificationStore {
  /** Write notifications; a key already written is left as it is. Resolves with how many were new. */
  add(items: readonly NewNotification[]): Promise<number>
  /** A staff member's own notifications, newest first. */
  listForUser(userId: string, options: { limit: number; unreadOnly: boolean }): Promise<{ items: NotificationRecord[]; unread: number }>
  /** Mark one of the user's own notifications read (the first reading time is kept); null when it is not theirs. */
  markRead(userId: string, id: string, at: string): Promise<NotificationRecord | null>
}
