/**
 * The secret calendar URL: a staff member subscribes their calendar app to it. A new token
 * revokes the old one (a leaked URL is fixed by issuing another); the token is shown once.
 */
import { randomBytes } from 'node:crypto'
import { sha256Hex } from '../hashing.js'
import type { CalendarTokenStore, Clock } from '../ports.js'

export async function issueCalendarToken(deps: { calendarTokens: CalendarTokenStore; clock: Clock }, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await deps.calendarTokens.replace(userId, sha256Hex(token), deps.clock.now().toISOString())
  return token
}

export async function calendarOwner(deps: { calendarTokens: CalendarTokenStore }, token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null
  return deps.calendarTokens.userFor(sha256Hex(token))
}
