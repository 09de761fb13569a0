import { Stack, Text, Title } from '@mantine/core'
import type { Finding, Meta, Severity } from '../../api/types'
import { FindingCard } from './FindingCard'
import { SEVERITIES, SEVERITY_ORDER } from './labels'

/** Fails before reviews within a severity; otherwise the engine's order. */
function byOutcome(a: Finding, b: Finding): number {
  const rank = { fail: 0, needs_review: 1, pass: 2 } as const
  return rank[a.outcome] - rank[b.outcome]
}

/**
 * Problems and open questions first, grouped by severity and shown in full; checks that passed
 * are folded away under "Checks passed (N)".
 */
export function FindingsList({ findings, meta }: { findings: Finding[]; meta: Meta | undefined }) {
  const open = findings.filter((f) => f.outcome !== 'pass')
  const passed = findings.filter((f) => f.outcome === 'pass')
  const groups = SEVERITY_ORDER.map((severity) => ({
    severity,
    items: open.filter((f) => f.severity === severity).sort(byOutcome),
  })).filter((g) => g.items.length > 0)
  const fails = open.filter((f) => f.outcome === 'fail').length
  const reviews = open.length - fails

  return (
    <Stack gap="lg">
      <Text size="sm" data-testid="findings-summary">
        {count(fails, 'check fails', 'checks fail')} · {count(reviews, 'needs review', 'need review')} ·{' '}
        {count(passed.length, 'passes', 'pass')}
      </Text>
      {groups.length === 0 && (
        <Text size="sm" c="dimmed">
          No rule found a problem or an open question.
        </Text>
      )}
      {groups.map((g) => (
        <SeverityGroup key={g.severity} severity={g.severity} items={g.items} meta={meta} />
      ))}
      {passed.length > 0 && (
        <details className="disclosure" data-testid="checks-passed">
          <summary>
            <Text span fw={600} size="sm">
              Checks passed ({passed.length})
            </Text>
          </summary>
          <Stack gap="sm" mt="sm">
            {passed.map((f) => (
              <FindingCard key={f.rule_id} finding={f} meta={meta} />
            ))}
          </Stack>
        </details>
      )}
    </Stack>
  )
}

function SeverityGroup({
  severity,
  items,
  meta,
}: {
  severity: Severity
  items: Finding[]
  meta: Meta | undefined
}) {
  const id = `severity-${severity}`
  const fails = items.filter((f) => f.outcome === 'fail').length
  const parts = [
    fails ? `${fails} failing` : null,
    items.length - fails ? `${items.length - fails} to review` : null,
  ].filter(Boolean)
  return (
    <section aria-labelledby={id}>
      <Title order={4} id={id} fz="sm" tt="uppercase" c="dark.5" style={{ letterSpacing: '0.05em' }} mb="xs">
        {SEVERITIES[severity].label} severity{' '}
        <Text span inherit fw={500} tt="none" c="dimmed" style={{ letterSpacing: 0 }}>
          · {parts.join(', ')}
        </Text>
      </Title>
      <Stack gap="sm">
        {items.map((f) => (
          <FindingCard key={f.rule_id} finding={f} meta={meta} />
        ))}
      </Stack>
    </section>
  )
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}
