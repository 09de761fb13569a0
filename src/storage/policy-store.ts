/** PolicyStore on Drizzle: the append-only history of operator policy changes. */
import { desc } from 'drizzle-orm'
import type { PolicyStore, PolicyVersion } from '../app/ports.js'
import type { Db } from './db.js'
import { toIsoInstant } from './iso.js'
import { operatorPolicyChange } from './schema/index.js'

export function createPolicyStore(db: Db): PolicyStore {
  return {
    async current() {
      const [row] = await db.select().from(operatorPolicyChange).orderBy(desc(operatorPolicyChange.seq)).limit(1)
      return row ? toVersion(row) : null
    },
    async history(limit) {
      const rows = await db.select().from(operatorPolicyChange).orderBy(desc(operatorPolicyChange.seq)).limit(limit)
      return rows.map(toVersion)
    },
    async record(change) {
      const [row] = await db
        .insert(operatorPolicyChange)
        .values({ policy: change.policy, changedBy: change.changed_by, changedAt: change.changed_at, note: change.note })
        .returning()
      return toVersion(row!)
    },
  }
}

function toVersion(row: typeof operatorPolicyChange.$inferSelect): PolicyVersion {
  return { policy: row.policy, version: row.seq, changed_by: row.changedBy, changed_at: toIsoInstant(row.changedAt), note: row.note }
}
