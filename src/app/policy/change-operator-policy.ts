/**
 * Change the operator policy: validated (law rules cannot be switched off), then recorded as a
 * new entry in the append-only policy history, with who changed it and why.
 */
import { parsePolicy } from '../../core/rules/index.js'
import type { DomainError } from '../../core/errors.js'
import { ok, type Result } from '../../core/result.js'
import type { Clock, PolicyStore } from '../ports.js'
import { getOperatorPolicy, type PolicyInForce } from './get-operator-policy.js'

export async function changeOperatorPolicy(
  deps: { policies: PolicyStore; clock: Clock },
  input: { policy: unknown; note?: string | null; actor: string },
): Promise<Result<PolicyInForce, DomainError>> {
  const parsed = parsePolicy(input.policy)
  if (!parsed.ok) return parsed
  await deps.policies.record({
    policy: parsed.value as unknown as Record<string, unknown>,
    changed_by: input.actor,
    changed_at: deps.clock.now().toISOString(),
    note: input.note?.trim() || null,
  })
  return ok(await getOperatorPolicy(deps))
}
