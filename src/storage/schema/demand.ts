import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import type { DemandFields } from '../../core/demand/index.js'
import type { DemandView } from '../../core/workflow/index.js'

/**
 * One row per demand: a projection of its events, rewritten in the same transaction as each
 * event so that the queue can filter and sort with indexes. The events stay the truth.
 */
export const demand = pgTable(
  'demand',
  {
    id: uuid('id').primaryKey(),
    /** Our matter reference, e.g. CUS-00042 (the issuer's own reference is in fields). */
    reference: text('reference').notNull().unique(),
    number: bigint('number', { mode: 'number' }).notNull().unique(),
    state: text('state').notNull(),
    instrumentType: text('instrument_type').notNull(),
    authorityName: text('authority_name').notNull(),
    authorityKind: text('authority_kind').notNull(),
    jurisdiction: text('jurisdiction'),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'string' }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'string' }),
    emergency: boolean('emergency').notNull().default(false),
    targetCount: integer('target_count').notNull().default(0),
    summary: text('summary'),
    fields: jsonb('fields').$type<DemandFields>().notNull(),
    view: jsonb('view').$type<DemandView>().notNull(),
    idempotencyKey: text('idempotency_key').unique(),
    requestHash: text('request_hash'),
    version: integer('version').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [
    index('demand_state_idx').on(t.state),
    index('demand_due_idx').on(t.dueAt),
    index('demand_received_idx').on(t.receivedAt),
    index('demand_instrument_idx').on(t.instrumentType),
  ],
)
