import { bigint, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * Every change to the operator policy (which policy rules run, notice by default, thresholds),
 * kept forever: the policy in force is the latest row, and the table is append-only like the
 * demand event log (migration 0003), so a decision can always be traced to the policy of its day.
 */
export const operatorPolicyChange = pgTable('operator_policy_change', {
  seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  policy: jsonb('policy').$type<Record<string, unknown>>().notNull(),
  changedBy: text('changed_by').notNull(),
  changedAt: timestamp('changed_at', { withTimezone: true, mode: 'string' }).notNull(),
  note: text('note'),
})
