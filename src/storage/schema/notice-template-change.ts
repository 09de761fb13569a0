import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * Edits to user-notice templates, per language, kept forever (append-only, migration 0006): the
 * latest row per (name, language) is in force; a notice records the text it was sent with.
 */
export const noticeTemplateChange = pgTable('notice_template_change', {
  seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
  language: text('language').notNull(),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  changedBy: text('changed_by').notNull(),
  changedAt: timestamp('changed_at', { withTimezone: true, mode: 'string' }).notNull(),
})
