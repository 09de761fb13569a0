/** The queue: demands filtered and sorted, one page at a time (keyset pagination). */
import { z } from 'zod'
import { INSTRUMENT_TYPES } from '../../core/demand/instrument.js'
import { isoDateSchema } from '../../core/demand/schema.js'
import type { DomainError } from '../../core/errors.js'
import type { Result } from '../../core/result.js'
import { DEMAND_STATES } from '../../core/workflow/index.js'
import type { DemandStore, DemandSummary } from '../ports.js'
import { validate } from '../validation.js'

export const demandQuerySchema = z.object({
  state: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : undefined))
    .pipe(z.array(z.enum(DEMAND_STATES)).optional()),
  instrument: z.enum(INSTRUMENT_TYPES).optional(),
  authority: z.string().trim().min(1).max(200).optional(),
  due_before: isoDateSchema.optional(),
  sort: z.enum(['due_at', '-due_at', 'received_at', '-received_at']).default('due_at'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
})

export async function listDemands(
  deps: { store: DemandStore },
  rawQuery: unknown,
): Promise<Result<{ items: DemandSummary[]; next: string | null }, DomainError>> {
  const q = validate(demandQuerySchema, rawQuery, 'queue filter')
  if (!q.ok) return q
  const { state, instrument, authority, due_before, sort, limit, cursor } = q.value
  return deps.store.list({
    sort,
    limit,
    ...(state ? { states: state } : {}),
    ...(instrument ? { instrument } : {}),
    ...(authority ? { authority } : {}),
    ...(due_before ? { dueBefore: due_before } : {}),
    ...(cursor ? { cursor } : {}),
  })
}
