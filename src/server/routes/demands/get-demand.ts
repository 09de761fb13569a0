import { sendDomainError } from '../../problem.js'
import type { RouteRegistrar } from '../route-types.js'
import { demandBody } from './respond-with-demand.js'

export const registerGetDemand: RouteRegistrar = (app, ctx) => {
  app.get<{ Params: { id: string } }>(
    '/api/demands/:id',
    {
      config: { access: 'demand:read' },
      schema: { tags: ['demands'], summary: 'A demand: fields, documents, timeline, allowed actions, and its assessment against the rules' },
    },
    async (req, reply) => {
      const body = await demandBody(ctx, req.params.id)
      return body.ok ? body.value : sendDomainError(reply, body.error)
    },
  )
}
