/** A staff member's own in-app notifications, newest first, with the count still unread. */
import type { NotificationRecord, NotificationStore } from '../ports.js'

export const NOTIFICATION_PAGE_MAX = 200

export async function listNotifications(
  deps: { notifications: NotificationStore },
  userId: string,
  options: { limit?: number; unreadOnly?: boolean } = {},
): Promise<{ items: NotificationRecord[]; unread: number }> {
  const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? 50)), NOTIFICATION_PAGE_MAX)
  return deps.notifications.listForUser(userId, { limit, unreadOnly: options.unreadOnly ?? false })
}
