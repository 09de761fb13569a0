import { Anchor, Group, Text, Title } from '@mantine/core'
import { Link } from 'react-router'
import type { Finding, Meta } from '../../api/types'
import { labelOf } from '../../components/format'
import { ToneBadge } from '../../components/StateBadge'
import { findingAnchor, KINDS, OUTCOMES, ruleHref, SEVERITIES } from './labels'

export function OutcomeBadge({ outcome }: { outcome: Finding['outcome'] }) {
  const o = OUTCOMES[outcome]
  return (
    <ToneBadge tone={o.tone} data-testid="finding-outcome">
      <span aria-hidden="true">{o.symbol} </span>
      {o.label}
    </ToneBadge>
  )
}

export function KindBadge({ kind }: { kind: Finding['kind'] }) {
  const k = KINDS[kind]
  return (
    <ToneBadge tone={k.tone}>
      <span title={k.hint}>{k.label}</span>
    </ToneBadge>
  )
}

/** One finding: what the rule checks, what it found, on what authority, and what to do. */
export function FindingCard({ finding: f, meta }: { finding: Finding; meta: Meta | undefined }) {
  const titleId = `${findingAnchor(f.rule_id)}-title`
  const showSeverity = f.outcome !== 'pass'
  return (
    <article
      className={`finding finding-${f.outcome}`}
      id={findingAnchor(f.rule_id)}
      aria-labelledby={titleId}
      data-testid="finding"
      data-rule-id={f.rule_id}
      tabIndex={-1}
    >
      <Group gap={8} wrap="wrap" mb={6}>
        <OutcomeBadge outcome={f.outcome} />
        {showSeverity && (
          <Text span size="xs" fw={600} c="dark.6">
            {SEVERITIES[f.severity].label} severity
          </Text>
        )}
        <KindBadge kind={f.kind} />
      </Group>
      <Title order={5} id={titleId} fz="sm" lh={1.4}>
        {f.title}
      </Title>
      <Anchor
        component={Link}
        to={ruleHref(f.rule_id, f.family)}
        size="xs"
        ff="monospace"
        c="accent.8"
        title={`Read this rule on the ${f.family} rules page`}
        data-testid="finding-rule-link"
      >
        {f.rule_id}
      </Anchor>
      <Text size="sm" mt={8}>
        {f.explanation}
      </Text>
      <dl className="finding-facts">
        {f.outcome !== 'pass' && (
          <div>
            <dt>Recommended action</dt>
            <dd>{f.action}</dd>
          </div>
        )}
        {f.excluded_categories && f.excluded_categories.length > 0 && (
          <div>
            <dt>Rules out</dt>
            <dd>{f.excluded_categories.map((c) => labelOf(meta?.data_categories, c)).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>Citation</dt>
          <dd className="finding-citation">{f.citation}</dd>
        </div>
      </dl>
    </article>
  )
}
