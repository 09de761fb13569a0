/**
 * Validation schemas for demand values. zod is a pure library, so the core owns the schemas and
 * the HTTP API, the CLI and the web client all validate with the same definitions.
 */
import { z } from 'zod'
import { DATA_CATEGORIES } from './data-category.js'
import {
  AUTHORITY_KINDS,
  CHANNELS,
  NONDISCLOSURE_BASES,
  OUTCOMES,
  SPEECH_PROFILES,
  TARGET_KINDS,
} from './demand.js'
import { INSTRUMENT_TYPES } from './instrument.js'

export const isoDateSchema = z.iso.date({ message: 'expected a calendar date such as 2017-03-14' })
export const isoInstantSchema = z.iso.datetime({
  offset: true,
  message: 'expected an ISO 8601 date-time with a time zone, such as 2017-03-14T11:45:00-04:00',
})

export const issuingAuthoritySchema = z.object({
  name: z.string().trim().min(1, 'the issuing authority needs a name').max(300),
  kind: z.enum(AUTHORITY_KINDS).default('other'),
  jurisdiction: z.string().trim().max(20).nullable().default(null),
  office: z.string().trim().max(300).nullable().optional(),
  signatory: z.string().trim().max(300).nullable().optional(),
})

export const targetSchema = z.object({
  identifier: z.string().trim().min(1).max(500),
  kind: z.enum(TARGET_KINDS).default('other'),
  speech_profile: z.enum(SPEECH_PROFILES).default('unknown'),
  pseudonymous: z.boolean().default(false),
})

export const nondisclosureSchema = z.object({
  basis: z.enum(NONDISCLOSURE_BASES),
  expires_on: isoDateSchema.nullable().default(null),
  citation: z.string().max(300).nullable().optional(),
})

export const demandFieldsSchema = z.object({
  instrument_type: z.enum(INSTRUMENT_TYPES),
  issuing_authority: issuingAuthoritySchema,
  reference: z.string().trim().max(200).nullable().default(null),
  statutes_cited: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  targets: z.array(targetSchema).max(1000).default([]),
  data_categories_requested: z.array(z.enum(DATA_CATEGORIES)).max(20).default([]),
  date_range: z.object({ from: isoDateSchema.nullable(), to: isoDateSchema.nullable() }).nullable().default(null),
  date_issued: isoDateSchema.nullable().default(null),
  served_at: isoInstantSchema.nullable().default(null),
  due_at: isoInstantSchema.nullable().default(null),
  stated_purpose: z.string().max(5000).nullable().default(null),
  nondisclosure: nondisclosureSchema.nullable().default(null),
  emergency: z.boolean().default(false),
  summary: z.string().max(10000).nullable().default(null),
})

/**
 * Corrections name only the fields they change. Built from the field schemas with their defaults
 * removed: `.partial()` alone would fill every absent field with its default, and a correction of
 * one field would silently erase the others.
 */
export const demandFieldsPatchSchema = z
  .object(
    Object.fromEntries(
      Object.entries(demandFieldsSchema.shape).map(([name, field]) => [name, (field instanceof z.ZodDefault ? field.unwrap() : field).optional()]),
    ) as unknown as { [K in keyof typeof demandFieldsSchema.shape]: z.ZodOptional<z.ZodType<z.output<(typeof demandFieldsSchema.shape)[K]>>> },
  )
  .strict()

export const channelSchema = z.enum(CHANNELS)
export const outcomeSchema = z.enum(OUTCOMES)
