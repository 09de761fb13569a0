/**
 * NotificationStore on Drizzle: in-app notifications for staff. `key` is UNIQUE, and `add`
 * inserts with ON CONFLICT DO NOTHING, so a delivery retried after a crash writes nothing twice.
 */
import { randomUUID } from 'node:crypto'
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm'
import type { NotificationRecord, NotificationStore } from '../app/ports.js'
import type { Db } from '../storage/db.js'
import { toIsoInstant } from '../storage/iso.js'
import { notification } from '../storage/schema/index.js'

export function createNotificationStore(db: Db): NotificationStore {
  return {
    async add(items) {
      if (items.length === 0) return 0
      const rows = await db
        .insert(notification)
        .values(
          items.map((n) => ({
            id: randomUUID(),
            key: n.key,
            userId: n.user_id,
            demandId: n.demand_id,
            kind: n.kind,
            title: n.title,
            body: n.body,
            createdAt: toIsoInstant(n.created_at),
          })),
        )
        .onConflictDoNothing({ target: notification.key })
        .returning({ id: notification.id })
      return rows.length
    },

    async listForUser(userId, { limit, unreadOnly }) {
      const mine = eq(notification.userId, userId)
      const [rows, [unread]] = await Promise.all([
        db
          .select()
          .from(notification)
          .where(unreadOnly ? and(mine, isNull(notification.readAt)) : mine)
          .orderBy(desc(notification.createdAt), desc(notification.id))
          .limit(limit),
        db
          .select({ n: count() })
          .from(notification)
          .where(and(mine, isNull(notification.readAt))),
      ])
      return { items: rows.map(toRecord), unread: unread?.n ?? 0 }
    },

    async markRead(userId, id, at) {
      const [row] = await db
        .update(notification)
        .set({ readAt: sql`coalesce(${notification.readAt}, ${toIsoInstant(at)}::timestamptz)` })
        .where(and(eq(notification.id, id), eq(notification.userId, userId)))
        .returning()
      return row ? toRecord(row) : null
    },
  }
}

function toRecord(row: typeof notification.$inferSelect): NotificationRecord {
  return {
    id: row.id,
    demand_id: row.demandId,
    kind: row.kind,
    title: row.title,
    body: row.body,
    created_at: toIsoInstant(row.createdAt),
    read_at: row.readAt ? toIsoInstant(row.readAt) : null,
  }
}
