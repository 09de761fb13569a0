import type { RouteRegistrar } from './route-types.js'

/** Liveness and database reachability, for load balancers and `npm start`. No secrets, no counts. */
export const registerHealth: RouteRegistrar = (app, ctx) => {
  app.get('/api/health', { config: { access: 'public' }, schema: { tags: ['system'], summary: 'Health check' } }, async (_req, reply) => {
    try {
      await ctx.database.db.execute('select 1')
      return { status: 'ok', database: ctx.database.kind }
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: ctx.database.kind })
    }
  })
}
