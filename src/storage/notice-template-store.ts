/** NoticeTemplateStore on Drizzle: append-only template edits; the latest per language is in force. */
import { desc, eq } from 'drizzle-orm'
import type { NoticeTemplateStore } from '../app/ports.js'
import type { Db } from './db.js'
import { toIsoInstant } from './iso.js'
import { noticeTemplateChange } from './schema/index.js'

export function createNoticeTemplateStore(db: Db): NoticeTemplateStore {
  return {
    async current(name) {
      const rows = await db.select().from(noticeTemplateChange).where(eq(noticeTemplateChange.name, name)).orderBy(desc(noticeTemplateChange.seq))
      const latest = new Map<string, (typeof rows)[number]>()
      for (const row of rows) if (!latest.has(row.language)) latest.set(row.language, row)
      return [...latest.values()].map((r) => ({
        name: r.name,
        language: r.language,
        subject: r.subject,
        body: r.body,
        changed_by: r.changedBy,
        changed_at: toIsoInstant(r.changedAt),
      }))
    },
    async record(change) {
      await db.insert(noticeTemplateChange).values({
        name: change.name,
        language: change.language,
        subject: change.subject,
        body: change.body,
        changedBy: change.changed_by,
        changedAt: change.changed_at,
      })
    },
  }
}
