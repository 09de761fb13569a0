/**
 * Who may do what, as data. Every API route declares the one permission it needs (or `public`);
 * the server refuses to start if a route forgets, and tests/integration/authorization.test.ts
 * checks every route against every role.
 */
import type { StaffRole } from '../../app/ports.js'

export const PERMISSIONS = ['demand:read', 'demand:create', 'demand:act', 'document:download', 'policy:manage', 'audit:verify'] as const
export type Permission = (typeof PERMISSIONS)[number]
export type RouteAccess = Permission | 'public' | 'signed_in'

export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  admin: PERMISSIONS,
  legal: ['demand:read', 'demand:create', 'demand:act', 'document:download'],
  viewer: ['demand:read'],
}

export function allows(role: StaffRole, access: RouteAccess): boolean {
  if (access === 'public' || access === 'signed_in') return true
  return ROLE_PERMISSIONS[role].includes(access)
}
