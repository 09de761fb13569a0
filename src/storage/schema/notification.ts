import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { appUser } from './app-user.js'

/** In-app notifications (reminders, alerts) for a staff member. `key` makes each one unique. */
export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey(),
    key: text('key').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    demandId: uuid('demand_id'),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [index('notification_user_idx').on(t.userId, t.createdAt)],
)
