/** StaffStore on Drizzle: staff accounts and their sign-in sessions. */
import { and, asc, count, eq, gt, isNull } from 'drizzle-orm'
import type { StaffRole, StaffStore, StaffUser } from '../app/ports.js'
import type { Db } from './db.js'
import { appUser, session } from './schema/index.js'

export function createStaffStore(db: Db): StaffStore {
  return {
    async count() {
      const [row] = await db.select({ n: count() }).from(appUser)
      return row?.n ?? 0
    },
    async list() {
      const rows = await db.select().from(appUser).orderBy(asc(appUser.name))
      return rows.map(toUser)
    },
    async findByEmail(email) {
      const [row] = await db.select().from(appUser).where(eq(appUser.email, email.toLowerCase()))
      return row ? { ...toUser(row), password_hash: row.passwordHash } : null
    },
    async get(id) {
      const [row] = await db.select().from(appUser).where(eq(appUser.id, id))
      return row ? toUser(row) : null
    },
    async create(user) {
      const [row] = await db
        .insert(appUser)
        .values({ email: user.email.toLowerCase(), name: user.name, role: user.role, passwordHash: user.password_hash })
        .returning()
      return toUser(row!)
    },
    async setPassword(id, passwordHash) {
      await db.update(appUser).set({ passwordHash }).where(eq(appUser.id, id))
    },
    async createSession(s) {
      await db.insert(session).values({ tokenHash: s.token_hash, userId: s.user_id, expiresAt: s.expires_at })
    },
    async findSession(tokenHash, now) {
      const [row] = await db
        .select({ user: appUser })
        .from(session)
        .innerJoin(appUser, eq(session.userId, appUser.id))
        .where(and(eq(session.tokenHash, tokenHash), gt(session.expiresAt, now), isNull(appUser.disabledAt)))
      return row ? toUser(row.user) : null
    },
    async deleteSession(tokenHash) {
      await db.delete(session).where(eq(session.tokenHash, tokenHash))
    },
  }
}

function toUser(row: typeof appUser.$inferSelect): StaffUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role as StaffRole, disabled: row.disabledAt !== null }
}
