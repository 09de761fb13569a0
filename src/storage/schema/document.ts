import { bytea } from './bytea.js'
import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { demand } from './demand.js'

/** Documents as served (the bytes, kept whole), with their hash and extracted text. */
export const document = pgTable(
  'document',
  {
    id: uuid('id').primaryKey(),
    demandId: uuid('demand_id')
      .notNull()
      .references(() => demand.id),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    text: text('text'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('document_demand_idx').on(t.demandId)],
)
