/** CalendarTokenStore on Drizzle: issue (revoking the previous one) and look up feed tokens by hash. */
import { and, eq, isNull } from 'drizzle-orm'
import type { CalendarTokenStore } from '../app/ports.js'
import type { Db } from './db.js'
import { appUser, calendarToken } from './schema/index.js'

export function createCalendarTokenStore(db: Db): CalendarTokenStore {
  return {
    async replace(userId, tokenHash, at) {
      await db.transaction(async (tx) => {
        await tx.update(calendarToken).set({ revokedAt: at }).where(and(eq(calendarToken.userId, userId), isNull(calendarToken.revokedAt)))
        await tx.insert(calendarToken).values({ tokenHash, userId, createdAt: at })
      })
    },
    async userFor(tokenHash) {
      const [row] = await db
        .select({ id: appUser.id })
        .from(calendarToken)
        .innerJoin(appUser, eq(calendarToken.userId, appUser.id))
        .where(and(eq(calendarToken.tokenHash, tokenHash), isNull(calendarToken.revokedAt), isNull(appUser.disabledAt)))
      return row?.id ?? null
    },
  }
}
