/**
 * Sign a staff member in. The same message for an unknown email and a wrong password, and the
 * hash is checked either way, so the answer does not reveal which accounts exist.
 */
import { domainError, type DomainError } from '../../core/errors.js'
import { err, ok, type Result } from '../../core/result.js'
import type { Clock, PasswordHasher, StaffStore, StaffUser } from '../ports.js'
import { newSessionToken } from './tokens.js'

// A valid argon2id hash of a random string, verified against when the email is unknown.
const DECOY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$lx6a8Zc77PCE1CS5cxUa3g$eTsHUAGiHurIxEciKHLVGhTb4TivGbPfEo2HsMzaxGA'

export async function signIn(
  deps: { staff: StaffStore; hasher: PasswordHasher; clock: Clock; sessionHours: number },
  input: { email: string; password: string },
): Promise<Result<{ user: StaffUser; token: string; expires_at: Date }, DomainError>> {
  const found = await deps.staff.findByEmail(String(input.email ?? ''))
  const valid = await deps.hasher.verify(found?.password_hash ?? DECOY_HASH, String(input.password ?? ''))
  if (!found || !valid || found.disabled) {
    return err(domainError('NOT_AUTHENTICATED', 'The email or password is not correct.'))
  }
  const { token, hash } = newSessionToken()
  const expiresAt = new Date(deps.clock.now().getTime() + deps.sessionHours * 3_600_000)
  await deps.staff.createSession({ token_hash: hash, user_id: found.id, expires_at: expiresAt })
  const { password_hash: _omit, ...user } = found
  return ok({ user, token, expires_at: expiresAt })
}
