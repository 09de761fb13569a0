/** Mark one of my notifications read. Another person's notification answers 404, like a missing one. */
import { markNotificationRead } from '../../../app/notifications/mark-notification-read.js'
import { sendProblem } from '../../problem.js'
import type { RouteRegistrar } from '../route-types.js'

export const registerMarkNotificationRead: RouteRegistrar = (app, ctx) => {
  app.post<{ Params: { id: string } }>(
    '/api/notifications/:id/read',
    {
      config: { access: 'signed_in' },
      schema: { tags: ['notifications'], summary: 'Mark one of my notifications read' },
    },
    async (req, reply) => {
      const read = await markNotificationRead(ctx, req.staff!.id, req.params.id)
      if (read) return read
      // Until NOTIFICATION_NOT_FOUND joins DOMAIN_ERROR_CODES and the error map (files outside this change).
      return sendProblem(reply, {
        type: 'https://custodian.invalid/problems/notification-not-found',
        title: 'Notification not found',
        status: 404,
        detail: `You have no notification with the id "${req.params.id}".`,
        code: 'NOTIFICATION_NOT_FOUND',
      })
    },
  )
}
