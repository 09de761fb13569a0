import { z } from 'zod'
import { recordEvent } from '../../../app/demands/record-event.js'
import { DEMAND_EVENT_TYPES } from '../../../core/workflow/index.js'
import { sendDomainError } from '../../problem.js'
import type { RouteRegistrar } from '../route-types.js'
import { respondWithDemand } from './respond-with-demand.js'

const eventBody = z.object({
  type: z.enum(DEMAND_EVENT_TYPES as [string, ...string[]]),
  payload: z.record(z.string(), z.unknown()).optional(),
  occurred_at: z.string().optional(),
  expected_version: z.number().int().optional(),
})

export const registerRecordEvent: RouteRegistrar = (app, ctx) => {
  app.post<{ Params: { id: string }; Body: Record<string, unknown> | undefined }>(
    '/api/demands/:id/events',
    {
      config: { access: 'demand:act' },
      schema: { tags: ['demands'], summary: 'Record an event: a transition or a record. Refused transitions answer 409.', body: eventBody },
      validatorCompiler: () => (data) => ({ value: data }),
    },
    async (req, reply) => {
      const body = req.body ?? {}
      const result = await recordEvent(ctx, {
        demand_id: req.params.id,
        type: body.type,
        payload: body.payload,
        occurred_at: typeof body.occurred_at === 'string' ? body.occurred_at : null,
        ...(typeof body.expected_version === 'number' ? { expected_version: body.expected_version } : {}),
        actor: req.staff!.id,
      })
      if (!result.ok) return sendDomainError(reply, result.error)
      return respondWithDemand(ctx, reply, result.value.id, 201)
    },
  )
}
