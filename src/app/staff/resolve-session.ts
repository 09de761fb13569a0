/** Who holds this session token, if it is live. */
import { sha256Hex } from '../hashing.js'
import type { Clock, StaffStore, StaffUser } from '../ports.js'

export async function resolveSession(deps: { staff: StaffStore; clock: Clock }, token: string): Promise<StaffUser | null> {
  if (!token || token.length > 200) return null
  return deps.staff.findSession(sha256Hex(token), deps.clock.now())
}

export async function signOut(deps: { staff: StaffStore }, token: string): Promise<void> {
  if (token) await deps.staff.deleteSession(sha256Hex(token))
}
