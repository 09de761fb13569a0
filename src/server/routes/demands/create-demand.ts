import { z } from 'zod'
import { receiveDemand } from '../../../app/demands/receive-demand.js'
import { demandFieldsSchema } from '../../../core/demand/schema.js'
import { sendDomainError } from '../../problem.js'
import type { RouteRegistrar } from '../route-types.js'
import { respondWithDemand } from './respond-with-demand.js'

const createDemandBody = z.object({
  fields: demandFieldsSchema,
  channel: z.string().optional(),
  received_at: z.string().optional(),
  text: z.string().max(2_000_000).optional(),
})

export const registerCreateDemand: RouteRegistrar = (app, ctx) => {
  app.post<{ Body: unknown; Headers: { 'idempotency-key'?: string } }>(
    '/api/demands',
    {
      config: { access: 'demand:create' },
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags: ['demands'],
        summary: 'Record a demand from structured fields (and pasted text). Honours the Idempotency-Key header.',
        body: createDemandBody,
      },
      validatorCompiler: () => (data) => ({ value: data }),
    },
    async (req, reply) => {
      const body = (req.body ?? {}) as Record<string, unknown>
      const key = req.headers['idempotency-key']
      const result = await receiveDemand(ctx, {
        fields: body.fields,
        channel: body.channel,
        received_at: typeof body.received_at === 'string' ? body.received_at : null,
        text: typeof body.text === 'string' ? body.text : null,
        idempotency_key: typeof key === 'string' && key ? key.slice(0, 200) : null,
        actor: req.staff!.id,
      })
      if (!result.ok) return sendDomainError(reply, result.error)
      return respondWithDemand(ctx, reply, result.value.record.id, result.value.created ? 201 : 200)
    },
  )
}
