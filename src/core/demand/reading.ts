/**
 * A reading: what Custodian read from a demand's documents when it took the demand in, field by
 * field, each value with the passages it was read from and how sure the reader was. It is kept as
 * evidence beside the demand's fields (which the clerk may correct), never in place of them: the
 * demand page shows each field next to the document with its passages marked.
 *
 * Field names are the extraction vocabulary (shared corpus FORMAT.md), not the demand's own field
 * names, because a reading records what the document says, before anyone interprets it.
 */
import { z } from 'zod'

export const READ_FIELDS = [
  'instrument_type',
  'issuing_authority',
  'jurisdiction',
  'statutes_cited',
  'target_identifiers',
  'data_categories_requested',
  'date_issued',
  'response_deadline',
  'response_deadline_relative',
  'nondisclosure',
  'nondisclosure_basis',
  'emergency',
] as const
export type ReadField = (typeof READ_FIELDS)[number]

/** A passage of one document's text (`end` exclusive), in UTF-16 code units as JavaScript counts them. */
export const passageSchema = z
  .object({
    document_id: z.string().min(1).max(100),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    text: z.string().max(2000),
  })
  .refine((p) => p.end >= p.start, { message: 'a passage ends after it starts' })
export type Passage = z.output<typeof passageSchema>

/** A JSON value as the reader produced it (a string, a list, a date, a flag, a relative deadline...). */
const readValueSchema: z.ZodType<unknown> = z.union([
  z.string().max(2000),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string().max(2000)).max(1000),
  z.record(z.string(), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()])),
])

export const readFieldSchema = z.object({
  value: readValueSchema,
  /** 0..1: how sure the reader was; 0 for a default no passage supports. */
  confidence: z.number().min(0).max(1),
  passages: z.array(passageSchema).max(200).default([]),
})
export type ReadFieldValue = z.output<typeof readFieldSchema>

export const readingSchema = z.object({
  /** The reader and its version, so a later reader's results can be told apart. */
  reader: z.string().trim().min(1).max(100),
  fields: z.partialRecord(z.enum(READ_FIELDS), readFieldSchema),
})
export type Reading = z.output<typeof readingSchema>
