/** The operator policy in force, with its version (0 = the defaults, never changed). */
import { DEFAULT_POLICY, parsePolicy, type OperatorPolicy } from '../../core/rules/index.js'
import type { PolicyStore } from '../ports.js'

export type PolicyInForce = { policy: OperatorPolicy; version: number; changed_by: string | null; changed_at: string | null; note: string | null }

export async function getOperatorPolicy(deps: { policies: PolicyStore }): Promise<PolicyInForce> {
  const stored = await deps.policies.current()
  if (!stored) return { policy: DEFAULT_POLICY, version: 0, changed_by: null, changed_at: null, note: null }
  const parsed = parsePolicy(stored.policy)
  // A stored policy that no longer validates (say, a rule it switched off was since removed from
  // the catalogue) falls back to the defaults rather than judging demands with half a policy.
  if (!parsed.ok) return { policy: DEFAULT_POLICY, version: stored.version, changed_by: stored.changed_by, changed_at: stored.changed_at, note: `Stored policy no longer valid: ${parsed.error.message}` }
  return { policy: parsed.value, version: stored.version, changed_by: stored.changed_by, changed_at: stored.changed_at, note: stored.note }
}
