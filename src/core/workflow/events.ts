/**
 * Demand events: the facts of a demand's life, in the past tense. The event log is the source of
 * truth; state, timeline, audit trail and transparency counts are all read from it.
 *
 * Transition events move the demand between states (see transitions.ts). Record events add a
 * fact (a note, a notice, a correction) without moving it.
 */
import { z } from 'zod'
import { channelSchema, demandFieldsPatchSchema, demandFieldsSchema, isoDateSchema, outcomeSchema } from '../demand/schema.js'
import { demandExtrasSchema } from '../rules/facts-schema.js'
import { DATA_CATEGORIES } from '../demand/data-category.js'
import { LETTER_KINDS } from '../letters/letter.js'
import { readingSchema } from '../demand/reading.js'

const findingIdList = z.array(z.string().min(1)).default([])
/** Objections and rejections rest on findings: the rule ids a lawyer can check line by line. */
const groundingFindings = z.array(z.string().min(1)).min(1, 'name at least one finding (rule id) it rests on')
const note = z.string().trim().max(10000).nullable().default(null)

export const EVENT_PAYLOAD_SCHEMAS = {
  // Transitions
  demand_received: z.object({ fields: demandFieldsSchema, channel: channelSchema.default('other') }),
  triage_started: z.object({ note }),
  sent_to_legal_review: z.object({ note }),
  clarification_requested: z.object({ question: z.string().trim().min(1, 'say what needs clarifying').max(10000) }),
  clarification_received: z.object({ note }),
  objection_sent: z.object({ grounds: z.string().trim().min(1, 'state the grounds of the objection').max(20000), finding_ids: groundingFindings }),
  litigation_filed: z.object({
    court: z.string().trim().min(1, 'name the court').max(300),
    case_number: z.string().trim().min(1, 'give the case number').max(100),
    filed_on: isoDateSchema,
    posture: z.enum(['platform_challenge', 'enforcement_action', 'motion_to_quash']).default('platform_challenge'),
    note,
  }),
  production_approved: z.object({ note }),
  court_enforced: z.object({ note }),
  court_modified: z.object({ note }),
  court_quashed: z.object({ note }),
  production_started: z.object({ note }),
  production_delivered: z.object({ note }),
  demand_rejected: z.object({ reason: z.string().trim().min(1, 'give the reason for rejecting').max(20000), finding_ids: groundingFindings }),
  demand_withdrawn: z.object({ note }),
  demand_closed: z.object({ outcome: outcomeSchema, note }),
  demand_reopened: z.object({ reason: z.string().trim().min(1, 'say why the demand is reopened').max(10000) }),
  // Records
  production_prepared: z.object({
    categories: z.array(z.enum(DATA_CATEGORIES)).min(1, 'choose at least one data category to produce'),
    finding_ids: findingIdList,
    note,
  }),
  demand_assigned: z.object({ assignee_id: z.uuid().nullable(), note }),
  note_added: z.object({ text: z.string().trim().min(1, 'a note needs text').max(20000) }),
  user_notified: z.object({
    channel: z.enum(['email', 'in_app', 'postal', 'other']).default('email'),
    recipient: z.string().trim().max(500).nullable().default(null),
    note,
    /** Set when Custodian sent the notice itself: the queued notice it delivers, and the mail's Message-ID. */
    notice_key: z.string().max(300).nullable().default(null),
    message_id: z.string().max(500).nullable().default(null),
  }),
  user_notice_queued: z.object({
    notice_key: z.string().min(1).max(300),
    recipient: z.email({ message: 'give the e-mail address of the account holder' }),
    language: z.string().min(2).max(10),
    respond_on: isoDateSchema,
    subject: z.string().min(1).max(500),
    text: z.string().min(1).max(50_000),
    /** When it will be sent: now, or the day a delay's lawful basis ends. */
    send_at: z.string().min(1),
    delay_reason: z.string().max(2000).nullable().default(null),
  }),
  fields_corrected: z.object({ changes: demandFieldsPatchSchema, reason: note }),
  /** What Custodian read from the documents on intake: each field with its passages (evidence), kept beside the fields. */
  fields_read: readingSchema,
  /** Facts the rules need beyond the fields (sender, verification, document signals...); merged over earlier ones. */
  facts_recorded: z.object({ facts: demandExtrasSchema, note }),
  document_attached: z.object({
    document_id: z.string().min(1),
    filename: z.string().max(500),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  litigation_dismissed: z.object({
    case_number: z.string().trim().min(1).max(100),
    with_prejudice: z.boolean(),
    note,
  }),
  /** A version of a letter to the issuer, rendered and stored as documents; every edit is a new version. */
  letter_drafted: z.object({
    letter_id: z.string().min(1).max(100),
    version: z.number().int().min(1),
    kind: z.enum(LETTER_KINDS),
    /** The rendered files (DOCX, PDF), in the same order as their hashes. */
    document_ids: z.array(z.string().min(1)).min(1),
    sha256s: z.array(z.string().regex(/^[0-9a-f]{64}$/)).min(1),
    /** SHA-256 of the letter's plain text, the version staff edit. */
    body_sha256: z.string().regex(/^[0-9a-f]{64}$/),
    finding_ids: findingIdList,
    organisation: z.string().trim().min(1).max(300),
    edited: z.boolean().default(false),
  }),
} as const

export type DemandEventType = keyof typeof EVENT_PAYLOAD_SCHEMAS
export const DEMAND_EVENT_TYPES = Object.keys(EVENT_PAYLOAD_SCHEMAS) as DemandEventType[]

export type EventPayload<T extends DemandEventType> = z.output<(typeof EVENT_PAYLOAD_SCHEMAS)[T]>

/** A demand event as the core sees it. Storage adds a sequence number and the hash chain. */
export type DemandEvent = {
  [T in DemandEventType]: {
    type: T
    payload: EventPayload<T>
    /** When it happened in the world (a summons served in 2017 is recorded with its 2017 date). */
    occurred_at: string
    /** Who recorded it: a user id, `system`, or `demo`. */
    actor: string
  }
}[DemandEventType]

export const EVENT_LABELS: Record<DemandEventType, string> = {
  demand_received: 'Demand received',
  triage_started: 'Triage started',
  sent_to_legal_review: 'Sent to legal review',
  clarification_requested: 'Clarification requested from issuer',
  clarification_received: 'Clarification received',
  objection_sent: 'Objection sent',
  litigation_filed: 'Litigation filed',
  production_approved: 'Production approved',
  court_enforced: 'Court ordered compliance',
  court_modified: 'Court modified the demand',
  court_quashed: 'Court quashed the demand',
  production_started: 'Production started',
  production_delivered: 'Production delivered',
  demand_rejected: 'Demand rejected',
  demand_withdrawn: 'Withdrawn by issuer',
  demand_closed: 'Matter closed',
  demand_reopened: 'Matter reopened',
  production_prepared: 'Production prepared for approval',
  demand_assigned: 'Assigned',
  note_added: 'Comment added',
  user_notified: 'User notified',
  user_notice_queued: 'User notice queued',
  fields_corrected: 'Fields corrected',
  fields_read: 'Fields read from the documents',
  facts_recorded: 'Facts recorded for review',
  document_attached: 'Document attached',
  litigation_dismissed: 'Litigation dismissed',
  letter_drafted: 'Letter drafted',
}

export function isDemandEventType(value: unknown): value is DemandEventType {
  return typeof value === 'string' && Object.hasOwn(EVENT_PAYLOAD_SCHEMAS, value)
}
