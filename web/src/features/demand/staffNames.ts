import { useSession, useStaff } from '../../api/queries'
import type { StaffMember } from '../../api/types'

export type StaffNamer = (id: string | null | undefined, options?: { you?: boolean }) => string

/** A staff id as a name ("Administrator", "Counsel (you)"); ids the list does not know stay readable. */
export function nameStaff(
  staff: readonly StaffMember[] | undefined,
  me: string | undefined,
  id: string | null | undefined,
  options: { you?: boolean } = {},
): string {
  if (!id) return '—'
  if (id === 'system') return 'Custodian'
  const name = staff?.find((s) => s.id === id)?.name
  const you = options.you !== false && me === id
  if (name) return you ? `${name} (you)` : name
  if (you) return 'You'
  // Until the list has loaded nobody is "former"; the name appears a moment later.
  if (!staff) return '…'
  return /^[0-9a-f-]{36}$/i.test(id) ? 'a former staff member' : id
}

export function useStaffNamer(): StaffNamer {
  const staff = useStaff()
  const session = useSession()
  return (id, options) => nameStaff(staff.data?.items, session.data?.user.id, id, options)
}

/** Whether the signed-in person may act on demands (the viewer role only reads). */
export function useCanAct(): boolean {
  const session = useSession()
  const role = session.data?.user.role
  return role === 'admin' || role === 'legal'
}
