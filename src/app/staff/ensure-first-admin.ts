/**
 * On a new installation, create the first administrator so someone can sign in. The password
 * comes from CUSTODIAN_ADMIN_PASSWORD or is generated and returned once, to be shown on the
 * console; it is never stored in clear or logged.
 */
import type { PasswordHasher, StaffStore } from '../ports.js'
import { newInitialPassword } from './tokens.js'

export async function ensureFirstAdmin(
  deps: { staff: StaffStore; hasher: PasswordHasher },
  input: { email: string; password: string | null },
): Promise<{ created: false } | { created: true; email: string; generatedPassword: string | null }> {
  if ((await deps.staff.count()) > 0) return { created: false }
  const password = input.password ?? newInitialPassword()
  await deps.staff.create({ email: input.email, name: 'Administrator', role: 'admin', password_hash: await deps.hasher.hash(password) })
  return { created: true, email: input.email, generatedPassword: input.password ? null : password }
}
