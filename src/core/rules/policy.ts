/**
 * Operator policy: the knobs an operator may turn. Policy rules (kind `policy`) can be switched
 * on or off by id; law rules cannot, and a policy that tries is refused. Thresholds tune the
 * protective rules. The zod schema lets the policy be stored and validated like any other input.
 */
import { z } from 'zod'
import { domainError, type DomainError } from '../errors.js'
import { err, ok, type Result } from '../result.js'
import { ruleById } from './catalog/index.js'
import type { Rule } from './types.js'

export type OperatorPolicy = {
  /** Policy rule id -> enabled. Rules not listed keep their default (enabled unless the rule says otherwise). */
  rules: Readonly<Record<string, boolean>>
  /** Notify the user before disclosure unless the law or a recorded exception prevents it. */
  notice_by_default: boolean
  /** A binding gag longer than this (or without an end) goes to the challenge queue. */
  gag_challenge_threshold_days: number
  /** A gag covering more accounts than this goes to the challenge queue (Mozilla: 50). */
  gag_challenge_max_accounts: number
  /** Require a search warrant for content even where the statute accepts less. */
  warrant_for_content: boolean
}

export const DEFAULT_POLICY: OperatorPolicy = Object.freeze({
  rules: Object.freeze({}),
  notice_by_default: true,
  gag_challenge_threshold_days: 365,
  gag_challenge_max_accounts: 50,
  warrant_for_content: true,
})

export const operatorPolicySchema = z
  .object({
    rules: z.record(z.string(), z.boolean()).default({}),
    notice_by_default: z.boolean().default(true),
    gag_challenge_threshold_days: z.number().int().min(1).max(3650).default(365),
    gag_challenge_max_accounts: z.number().int().min(1).max(1_000_000).default(50),
    warrant_for_content: z.boolean().default(true),
  })
  .superRefine((policy, ctx) => {
    for (const id of Object.keys(policy.rules)) {
      const rule = ruleById(id)
      if (!rule) {
        ctx.addIssue({ code: 'custom', path: ['rules', id], message: `no rule has the id ${id}` })
      } else if (rule.kind === 'law') {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', id],
          message: `${id} states the law and cannot be switched off; only policy rules can`,
        })
      }
    }
  })

/** Validates a stored or submitted policy; missing settings take their defaults. */
export function parsePolicy(input: unknown): Result<OperatorPolicy, DomainError> {
  const parsed = operatorPolicySchema.safeParse(input)
  if (parsed.success) return ok(parsed.data)
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
  return err(domainError('VALIDATION_FAILED', 'The operator policy is not valid.', { issues }))
}

/** Law rules always run; a policy rule runs unless the operator switched it off (or it is off by default). */
export function ruleEnabled(rule: Rule, policy: OperatorPolicy): boolean {
  if (rule.kind === 'law') return true
  return policy.rules[rule.id] ?? rule.default_enabled ?? true
}
