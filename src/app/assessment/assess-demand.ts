/**
 * Judge a demand as it stands: its fields and recorded facts, against the law and the operator
 * policy in force, at `now`. Computed on every read, so a corrected field or a changed policy is
 * reflected at once; the findings a decision rested on are kept in that decision's event.
 */
import { checklistFor, evaluate, factsFromFields, type Checklist, type Evaluation } from '../../core/rules/index.js'
import type { DemandView } from '../../core/workflow/index.js'
import type { Clock, PolicyStore } from '../ports.js'
import { getOperatorPolicy } from '../policy/get-operator-policy.js'

export type Assessment = Evaluation & { checklist: Checklist | null; policy_version: number; assessed_at: string }

export async function assessDemand(deps: { policies: PolicyStore; clock: Clock }, view: DemandView): Promise<Assessment> {
  const { policy, version } = await getOperatorPolicy(deps)
  const now = deps.clock.now().toISOString()
  const facts = factsFromFields(view.fields, { channel: view.channel, ...(view.extras ?? {}) })
  return { ...evaluate(facts, policy, now), checklist: checklistFor(facts), policy_version: version, assessed_at: now }
}
