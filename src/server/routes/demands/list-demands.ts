import { demandQuerySchema, listDemands } from '../../../app/demands/list-demands.js'
import { sendDomainError } from '../../problem.js'
import { type RouteRegistrar } from '../route-types.js'

export const registerListDemands: RouteRegistrar = (app, ctx) => {
  app.get(
    '/api/demands',
    {
      config: { access: 'demand:read' },
      schema: { tags: ['demands'], summary: 'The queue: filter, sort, keyset pagination', querystring: demandQuerySchema },
      // The use case validates (and reports bad filters as problem+json); the schema is for the docs.
      validatorCompiler: () => (data) => ({ value: data }),
    },
    async (req, reply) => {
      const result = await listDemands(ctx, req.query)
      return result.ok ? result.value : sendDomainError(reply, result.error)
    },
  )
}
