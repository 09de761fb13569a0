/** Add a staff account with a role (admin, legal, viewer). */
import { z } from 'zod'
import { domainError, type DomainError } from '../../core/errors.js'
import { err, ok, type Result } from '../../core/result.js'
import type { PasswordHasher, StaffStore, StaffUser } from '../ports.js'
import { validate } from '../validation.js'

const staffSchema = z.object({
  email: z.email(),
  name: z.string().trim().min(1).max(200),
  role: z.enum(['admin', 'legal', 'viewer']),
  password: z.string().min(12, 'passwords need at least 12 characters').max(1000),
})

export async function addStaffMember(
  deps: { staff: StaffStore; hasher: PasswordHasher },
  input: unknown,
): Promise<Result<StaffUser, DomainError>> {
  const v = validate(staffSchema, input, 'staff account')
  if (!v.ok) return v
  if (await deps.staff.findByEmail(v.value.email)) {
    return err(domainError('VALIDATION_FAILED', `A staff account for ${v.value.email} already exists.`))
  }
  const user = await deps.staff.create({ ...v.value, password_hash: await deps.hasher.hash(v.value.password) })
  return ok(user)
}
