/** The desk's calendar: clocks still running across open demands, soonest first. */
import { listClocks } from '../../../app/clocks/list-clocks.js'
import type { RouteRegistrar } from '../route-types.js'

export const registerListClocks: RouteRegistrar = (app, ctx) => {
  app.get(
    '/api/clocks',
    {
      config: { access: 'demand:read' },
      schema: { tags: ['clocks'], summary: 'Running clocks (deadlines) across open demands, soonest first' },
    },
    async () => listClocks(ctx),
  )
}
