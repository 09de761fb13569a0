/** The signed-in staff member's own notifications, newest first. */
import { z } from 'zod'
import { listNotifications, NOTIFICATION_PAGE_MAX } from '../../../app/notifications/list-notifications.js'
import { typed, type RouteRegistrar } from '../route-types.js'

const query = z.object({
  limit: z.coerce.number().int().min(1).max(NOTIFICATION_PAGE_MAX).optional(),
  unread: z.enum(['true', 'false']).optional(),
})

export const registerListNotifications: RouteRegistrar = (app, ctx) => {
  typed(app).get(
    '/api/notifications',
    {
      config: { access: 'signed_in' },
      schema: {
        tags: ['notifications'],
        summary: 'My notifications, newest first, and how many are unread',
        querystring: query,
      },
    },
    async (req) =>
      listNotifications(ctx, req.staff!.id, {
        ...(req.query.limit !== undefined ? { limit: req.query.limit } : {}),
        unreadOnly: req.query.unread === 'true',
      }),
  )
}
