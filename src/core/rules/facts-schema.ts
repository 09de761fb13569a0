/**
 * Validation for the rule inputs beyond the demand fields, so the API, the CLI and the web client
 * can accept and store them. Every extra is optional, like the type it validates.
 */
import { z } from 'zod'
import { CHANNELS } from '../demand/index.js'
import { demandFieldsSchema, isoDateSchema, isoInstantSchema } from '../demand/schema.js'
import {
  EE_ISSUER_ROLES,
  FOREIGN_ROUTES,
  IP_REQUEST_SCOPES,
  NOTICE_EXCEPTIONS,
  VERIFICATION_STATUSES,
  type DemandExtras,
} from './facts.js'

const flag = z.boolean().nullable().optional()
const text = z.string().max(5000).nullable().optional()

export const verificationSchema = z.object({
  status: z.enum(VERIFICATION_STATUSES),
  method: z.string().max(500).nullable().optional(),
  by: z.string().max(200).nullable().optional(),
  at: isoInstantSchema.nullable().optional(),
})

export const emergencyFactsSchema = z.object({
  person_at_risk: text,
  nature_of_emergency: text,
  why_without_delay: text,
  danger_of_death_or_serious_injury: flag,
  certified_in_writing: flag,
  scope_limited_to_emergency: flag,
  ended_on: isoDateSchema.nullable().optional(),
})

export const dsaOrderFactsSchema = z.object({
  article: z
    .union([z.literal(9), z.literal(10)])
    .nullable()
    .optional(),
  legal_basis: flag,
  issuing_authority_identified: flag,
  recipients_identified: flag,
  content_located: flag,
  statement_of_reasons: flag,
  reasons_withheld_for_criminal_investigation: flag,
  redress_information: flag,
  effect_authority_named: flag,
  language_accepted: flag,
  via_point_of_contact: flag,
  translation_attached: flag,
  data_already_held: flag,
  territorial_scope_limited: flag,
})

export const eEvidenceFactsSchema = z.object({
  order: z.enum(['epoc', 'epoc_pr']),
  issuer_role: z.enum(EE_ISSUER_ROLES).nullable().optional(),
  validated: flag,
  max_sentence_years: z.number().min(0).max(100).nullable().optional(),
  listed_offence: flag,
  emergency: flag,
  person_resides_in_issuing_state: flag,
  privilege_or_press_concern: flag,
})

export const demandExtrasSchema = z.object({
  channel: z.enum(CHANNELS).nullable().optional(),
  sender_email_domain: z.string().trim().max(320).nullable().optional(),
  sender_domain_is_government: flag,
  sender_domain_matches_authority: flag,
  first_seen_requester: flag,
  verification: verificationSchema.nullable().optional(),
  document_signed: flag,
  on_letterhead: flag,
  non_editable_format: flag,
  all_records_phrasing: flag,
  ip_request_scope: z.enum(IP_REQUEST_SCOPES).nullable().optional(),
  requested_data_public: flag,
  addressed_to_correct_entity: flag,
  evident_purpose: text,
  purpose_within_statute: flag,
  issuer_rank_sufficient: flag,
  emergency_facts: emergencyFactsSchema.nullable().optional(),
  dsa_order: dsaOrderFactsSchema.nullable().optional(),
  e_evidence: eEvidenceFactsSchema.nullable().optional(),
  foreign_route: z.enum(FOREIGN_ROUTES).nullable().optional(),
  target_country: z.string().trim().length(2).nullable().optional(),
  target_is_us_person: flag,
  qualifying_foreign_government: flag,
  harassment_signs: flag,
  target_is_party: flag,
  account_type: z.enum(['consumer', 'enterprise']).nullable().optional(),
  notice_exception: z.enum(NOTICE_EXCEPTIONS).nullable().optional(),
  gag_bars_transparency_reporting: flag,
  preservation_renewal_count: z.number().int().min(0).max(100).nullable().optional(),
  reproductive_health_affirmation: flag,
}) satisfies z.ZodType<DemandExtras>

/** Fields and extras in one object, as the engine takes them. */
export const demandFactsSchema = demandFieldsSchema.extend(demandExtrasSchema.shape)
