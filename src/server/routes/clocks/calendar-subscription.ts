/**
 * Subscribing a calendar app: issue a secret feed URL (signed in), and serve the feed to whoever
 * holds a live token (calendar apps cannot sign in). The feed shows exactly what the signed-in
 * feed shows; the token is a password in a URL, so it is only ever shown once and can be replaced.
 */
import { calendarOwner, issueCalendarToken } from '../../../app/clocks/calendar-token.js'
import { listClocks } from '../../../app/clocks/list-clocks.js'
import { domainError } from '../../../core/errors.js'
import { clocksCalendar } from '../../../documents/ics-calendar.js'
import { sendDomainError } from '../../problem.js'
import type { RouteRegistrar } from '../route-types.js'

export const registerCalendarSubscription: RouteRegistrar = (app, ctx) => {
  app.post(
    '/api/calendar/token',
    { config: { access: 'demand:read' }, schema: { tags: ['clocks'], summary: 'Issue my secret calendar-feed URL (replaces the previous one; shown once)' } },
    async (req, reply) => {
      const token = await issueCalendarToken(ctx, req.staff!.id)
      return reply.status(201).send({ path: `/api/calendar/${token}.ics`, note: 'Shown once. Anyone with this address can read your clocks; issue a new one to revoke it.' })
    },
  )

  app.get<{ Params: { token: string } }>(
    '/api/calendar/:token',
    {
      config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: { tags: ['clocks'], summary: 'The clocks feed for a calendar app (secret URL)' },
    },
    async (req, reply) => {
      const token = req.params.token.replace(/\.ics$/, '')
      const userId = await calendarOwner(ctx, token)
      const user = userId ? await ctx.staff.get(userId) : null
      if (!user || user.disabled) return sendDomainError(reply, domainError('NOT_AUTHENTICATED', 'This calendar address is not valid (it may have been replaced).'))
      const { items } = await listClocks(ctx)
      const feed = clocksCalendar(items, { name: `Custodian clocks (${ctx.config.organisation})` })
      if (!feed.ok) throw new Error(`calendar feed: ${feed.error}`)
      return reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, no-store').send(feed.text)
    },
  )
}
