import { Anchor, Fieldset, Group, Stack, Switch, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { RuleSummary } from '../../api/types'
import { ToneBadge } from '../../components/StateBadge'
import { ruleHref } from '../assessment/labels'

/**
 * Which rules run. Policy rules have a switch (or, read-only, say On or Off); law rules are listed
 * as fixed: "Required by law".
 */
export function RuleSettings({
  catalogue,
  enabled,
  onToggle,
}: {
  catalogue: RuleSummary[]
  enabled: Record<string, boolean>
  /** Absent when the reader may not change the policy. */
  onToggle?: (id: string, on: boolean) => void
}) {
  const policy = catalogue.filter((r) => r.kind === 'policy')
  const law = catalogue.filter((r) => r.kind === 'law')
  const on = policy.filter((r) => enabled[r.id]).length
  return (
    <Stack gap="md">
      <Fieldset legend={`Policy rules: ${on} of ${policy.length} on`}>
        <Stack gap="sm">
          {policy.map((r) => (
            <Group key={r.id} justify="space-between" wrap="nowrap" align="flex-start" gap="md">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={500} id={`policy-rule-${r.id}`}>
                  {r.title}
                </Text>
                <Anchor component={Link} to={ruleHref(r.id, r.family)} ff="monospace" fz="xs" c="accent.8">
                  {r.id}
                </Anchor>
              </div>
              {onToggle ? (
                <Switch
                  aria-labelledby={`policy-rule-${r.id}`}
                  checked={enabled[r.id] === true}
                  onChange={(e) => onToggle(r.id, e.currentTarget.checked)}
                  onLabel="On"
                  offLabel="Off"
                  size="md"
                />
              ) : (
                <ToneBadge tone={enabled[r.id] ? 'green' : 'gray'}>{enabled[r.id] ? 'On' : 'Off'}</ToneBadge>
              )}
            </Group>
          ))}
        </Stack>
      </Fieldset>
      <details className="disclosure">
        <summary>
          <Text span fw={600} size="sm">
            Law rules ({law.length}): always applied, required by law
          </Text>
        </summary>
        <Stack gap={6} mt="sm">
          {law.map((r) => (
            <Group key={r.id} justify="space-between" wrap="nowrap" align="flex-start" gap="md">
              <div style={{ minWidth: 0 }}>
                <Text size="sm">{r.title}</Text>
                <Anchor component={Link} to={ruleHref(r.id, r.family)} ff="monospace" fz="xs" c="accent.8">
                  {r.id}
                </Anchor>
              </div>
              <ToneBadge tone="indigo">Required by law</ToneBadge>
            </Group>
          ))}
        </Stack>
      </details>
    </Stack>
  )
}
