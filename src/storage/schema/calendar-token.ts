import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { appUser } from './app-user.js'

/**
 * Secret calendar-feed URLs, one live per staff member: calendar apps cannot send cookies, so the
 * feed is reached by a random 256-bit token in its URL. Only the token's SHA-256 is stored; issuing
 * a new one revokes the old.
 */
export const calendarToken = pgTable(
  'calendar_token',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [index('calendar_token_user_idx').on(t.userId)],
)
