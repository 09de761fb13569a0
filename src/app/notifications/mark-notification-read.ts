/**
 * Mark one of the user's own notifications read. Someone else's notification is answered exactly
 * like one that does not exist, so ids cannot be probed. Reading again keeps the first time.
 */
import { isUuid } from '../demands/get-demand.js'
import type { Clock, NotificationRecord, NotificationStore } from '../ports.js'

export async function markNotificationRead(
  deps: { notifications: NotificationStore; clock: Clock },
  userId: string,
  id: string,
): Promise<NotificationRecord | null> {
  if (!isUuid(id)) return null
  return deps.notifications.markRead(userId, id, deps.clock.now().toISOString())
}
