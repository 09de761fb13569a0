import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { AppContext } from '../../context.js'

/** Each route file exports one registrar: it adds its route to the app with the context it needs. */
export type RouteRegistrar = (app: FastifyInstance, ctx: AppContext) => void

export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>()
}
