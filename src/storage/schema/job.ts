import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'

/**
 * Durable work: side effects (notices, reminders, mail) and timers. A job is written in the same
 * transaction as the event that causes it, so it exists if and only if the event does; the
 * worker claims due jobs with FOR UPDATE SKIP LOCKED and marks them done. `key` is unique: the
 * same effect can never be queued twice, and it doubles as the delivery key (e.g. Message-ID).
 */
export const job = pgTable(
  'job',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    key: text('key').notNull().unique(),
    demandId: uuid('demand_id'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    runAt: timestamp('run_at', { withTimezone: true, mode: 'string' }).notNull(),
    /** pending | running | done | failed | cancelled */
    state: text('state').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'string' }),
    lastError: text('last_error'),
    doneAt: timestamp('done_at', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('job_due_idx').on(t.state, t.runAt), index('job_demand_idx').on(t.demandId)],
)
