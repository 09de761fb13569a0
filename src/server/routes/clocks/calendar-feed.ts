/**
 * The clocks as an iCalendar file for a signed-in browser (download). Calendar apps, which cannot
 * send cookies, subscribe through the secret per-user URL instead (calendar-subscription.ts).
 */
import { listClocks } from '../../../app/clocks/list-clocks.js'
import { clocksCalendar } from '../../../documents/ics-calendar.js'
import type { RouteRegistrar } from '../route-types.js'

export const registerCalendarFeed: RouteRegistrar = (app, ctx) => {
  app.get(
    '/api/calendar.ics',
    {
      config: { access: 'demand:read' },
      schema: { tags: ['clocks'], summary: 'Running clocks as an iCalendar (.ics) feed' },
    },
    async (_req, reply) => {
      const { items } = await listClocks(ctx)
      const feed = clocksCalendar(items, { name: `Custodian clocks (${ctx.config.organisation})` })
      // A bug, not an expected failure: the entries come from our own clocks.
      if (!feed.ok) throw new Error(`calendar feed: ${feed.error}`)
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="custodian-clocks.ics"')
        .header('cache-control', 'private, no-store')
        .send(feed.text)
    },
  )
}
