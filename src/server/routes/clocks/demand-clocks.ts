/** Every clock on one demand, stopped ones included, with the citation each rests on. */
import { getDemandClocks } from '../../../app/clocks/get-demand-clocks.js'
import { sendDomainError } from '../../problem.js'
import type { RouteRegistrar } from '../route-types.js'

export const registerDemandClocks: RouteRegistrar = (app, ctx) => {
  app.get<{ Params: { id: string } }>(
    '/api/demands/:id/clocks',
    {
      config: { access: 'demand:read' },
      schema: { tags: ['clocks'], summary: "A demand's clocks: due dates, reminders, status and citations" },
    },
    async (req, reply) => {
      const result = await getDemandClocks(ctx, req.params.id)
      return result.ok ? result.value : sendDomainError(reply, result.error)
    },
  )
}
