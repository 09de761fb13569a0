/**
 * The operator policy as the page edits it: every policy rule with its effective setting (the
 * policy's choice, else the rule's default), and back to the stored form, which names only the
 * rules set differently from their default. Law rules never appear: the server refuses them.
 */
import type { OperatorPolicy, PolicyVersion, RuleSummary, User } from '../../api/types'

/** Mirrors DEFAULT_POLICY in src/core/rules/policy.ts (version 0, before any change). */
export const DEFAULT_POLICY: OperatorPolicy = {
  rules: {},
  notice_by_default: true,
  gag_challenge_threshold_days: 365,
  gag_challenge_max_accounts: 50,
  warrant_for_content: true,
}

export type Settings = Omit<OperatorPolicy, 'rules'>

export const SETTING_LABELS: Record<keyof Settings, string> = {
  notice_by_default: 'Notify users by default',
  gag_challenge_threshold_days: 'Challenge gags longer than',
  gag_challenge_max_accounts: 'Challenge gags covering more accounts than',
  warrant_for_content: 'Require a search warrant for content',
}

export function formatSetting(key: keyof Settings, value: number | boolean): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (key === 'gag_challenge_threshold_days') return `${value} ${value === 1 ? 'day' : 'days'}`
  return `${value} ${value === 1 ? 'account' : 'accounts'}`
}

export function policyRules(catalogue: readonly RuleSummary[]): RuleSummary[] {
  return catalogue.filter((r) => r.kind === 'policy')
}

/** Whether each policy rule runs under `policy`. */
export function effectiveRules(
  policy: OperatorPolicy,
  catalogue: readonly RuleSummary[],
): Record<string, boolean> {
  return Object.fromEntries(
    policyRules(catalogue).map((r) => [r.id, policy.rules[r.id] ?? r.default_enabled]),
  )
}

export function toPolicy(
  settings: Settings,
  enabled: Record<string, boolean>,
  catalogue: readonly RuleSummary[],
): OperatorPolicy {
  const rules: Record<string, boolean> = {}
  for (const r of policyRules(catalogue)) {
    const on = enabled[r.id] ?? r.default_enabled
    if (on !== r.default_enabled) rules[r.id] = on
  }
  return { ...settings, rules }
}

/** What differs between two policies, in words ("Challenge gags longer than: 365 days → 180 days"). */
export function describeChanges(
  before: OperatorPolicy,
  after: OperatorPolicy,
  catalogue: readonly RuleSummary[],
): string[] {
  const out: string[] = []
  for (const key of Object.keys(SETTING_LABELS) as (keyof Settings)[]) {
    if (before[key] !== after[key])
      out.push(
        `${SETTING_LABELS[key]}: ${formatSetting(key, before[key])} → ${formatSetting(key, after[key])}`,
      )
  }
  const was = effectiveRules(before, catalogue)
  const now = effectiveRules(after, catalogue)
  for (const r of policyRules(catalogue)) {
    if (was[r.id] !== now[r.id]) out.push(`${r.id} switched ${now[r.id] ? 'on' : 'off'}`)
  }
  return out
}

/** Who changed the policy, in words. */
export function changedByName(v: PolicyVersion, me: User | undefined): string {
  if (v.changed_by_name) return v.changed_by_name
  if (!v.changed_by) return 'Nobody (the defaults)'
  if (me && v.changed_by === me.id) return `${me.name || me.email} (you)`
  return `Staff member ${v.changed_by.slice(0, 8)}`
}
