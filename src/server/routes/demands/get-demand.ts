import { getDemand } from '../../../app/demands/get-demand.js'
import { presentDemand } from '../../presenters/demand.js'
import { sendDomainError } from '../../problem.js'
import type { RouteRegistrar } from '../route-types.js'

export const registerGetDemand: RouteRegistrar = (app, ctx) => {
  app.get<{ Params: { id: string } }>(
    '/api/demands/:id',
    { config: { access: 'demand:read' }, schema: { tags: ['demands'], summary: 'A demand: fields, documents, timeline, allowed actions' } },
    async (req, reply) => {
      const result = await getDemand(ctx, req.params.id)
      return result.ok ? presentDemand(result.value, ctx.staff) : sendDomainError(reply, result.error)
    },
  )
}
