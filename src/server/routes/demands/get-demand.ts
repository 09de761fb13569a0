import { assessDemand } from '../../../app/assessment/assess-demand.js'
import { getDemand } from '../../../app/demands/get-demand.js'
import { presentAssessment } from '../../presenters/assessment.js'
import { presentDemand } from '../../presenters/demand.js'
import { sendDomainError } from '../../problem.js'
import type { RouteRegistrar } from '../route-types.js'

export const registerGetDemand: RouteRegistrar = (app, ctx) => {
  app.get<{ Params: { id: string } }>(
    '/api/demands/:id',
    {
      config: { access: 'demand:read' },
      schema: { tags: ['demands'], summary: 'A demand: fields, documents, timeline, allowed actions, and its assessment against the rules' },
    },
    async (req, reply) => {
      const result = await getDemand(ctx, req.params.id)
      if (!result.ok) return sendDomainError(reply, result.error)
      const assessment = await assessDemand(ctx, result.value.record.view)
      return { ...(await presentDemand(result.value, ctx.staff)), assessment: presentAssessment(assessment) }
    },
  )
}
