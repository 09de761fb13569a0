import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { demand } from './demand.js'

/**
 * The append-only log of everything that happened to every demand. A trigger (migration 0001)
 * refuses UPDATE, DELETE and TRUNCATE. `seq` is one global order, and each row carries the hash
 * of the row before it, so `custodian audit verify` can find an edited, removed or reordered row.
 */
export const demandEvent = pgTable(
  'demand_event',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().unique(),
    demandId: uuid('demand_id')
      .notNull()
      .references(() => demand.id),
    type: text('type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'string' }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull(),
    actor: text('actor').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('demand_event_demand_idx').on(t.demandId, t.seq)],
)
