/** Mark one of my notifications read. Another person's notification answers 404, like a missing one. */
import { markNotificationRead } from '../../../app/notifications/mark-notification-read.js'
import { domainError } from '../../../core/errors.js'
import { sendDomainError } from '../../problem.js'
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
      return sendDomainError(reply, domainError('NOTIFICATION_NOT_FOUND', `You have no notification with the id "${req.params.id}".`))
    },
  )
}
