import { Anchor, Group, Paper, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useDocumentTitle } from '@mantine/hooks'
import { useState } from 'react'
import { Link } from 'react-router'
import { useRules } from '../../api/queries'
import type { RuleSummary } from '../../api/types'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageLoader } from '../../components/PageState'
import { ToneBadge } from '../../components/StateBadge'
import { KindBadge } from '../assessment/FindingCard'
import { ruleHref, SEVERITIES } from '../assessment/labels'
import { FAMILIES } from './families'

type KindFilter = 'all' | 'law' | 'policy'

function matches(rule: RuleSummary, query: string, kind: KindFilter): boolean {
  if (kind !== 'all' && rule.kind !== kind) return false
  if (!query) return true
  const q = query.toLowerCase()
  return [rule.id, rule.title, rule.citation].some((s) => s.toLowerCase().includes(q))
}

/** /rules: every rule the demands are judged against, by family, with its authority. */
export function RulesPage() {
  useDocumentTitle('Rules · Custodian')
  const rules = useRules()
  const [query, setQuery] = useState('')
  const [kind, setKind] = useState<KindFilter>('all')

  if (rules.isPending) return <PageLoader label="Loading the rules…" />
  if (rules.isError) return <ErrorAlert error={rules.error} title="The rules could not be loaded" />

  const { families, rules: all } = rules.data
  const shown = all.filter((r) => matches(r, query.trim(), kind))
  const laws = all.filter((r) => r.kind === 'law').length

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Rules</Title>
        <Text c="dimmed" size="sm" mt={4} maw={760}>
          Every demand is judged against these {all.length} rules. {laws} state the law and always apply;{' '}
          {all.length - laws} are protective policy the operator may switch off on the{' '}
          <Anchor component={Link} to="/settings/policy" c="accent.8" inherit>
            Policy
          </Anchor>{' '}
          page. Each family’s page explains the reasoning and the sources.
        </Text>
      </div>
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label="Find a rule"
          placeholder="Id, title or citation, e.g. 2703"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={320}
        />
        <SegmentedControl
          aria-label="Kind of rule"
          value={kind}
          onChange={(v) => setKind(v as KindFilter)}
          data={[
            { value: 'all', label: 'All' },
            { value: 'law', label: 'Law' },
            { value: 'policy', label: 'Policy' },
          ]}
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {shown.length === all.length ? `${all.length} rules` : `${shown.length} of ${all.length} rules`}
        </Text>
      </Group>
      {families.map((family) => {
        const items = shown.filter((r) => r.family === family)
        if (items.length === 0) return null
        const id = `family-${family}`
        const info = FAMILIES[family]
        return (
          <Paper key={family} component="section" aria-labelledby={id} data-testid="rule-family">
            <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
              <Title order={2} id={id}>
                {family}
                {info ? ` · ${info.name}` : ''}
              </Title>
              <Anchor component={Link} to={`/rules/${family.toLowerCase()}`} size="sm" c="accent.8">
                Read the {family} page
              </Anchor>
            </Group>
            {info && (
              <Text size="sm" c="dimmed" mt={2}>
                {info.covers}
              </Text>
            )}
            <Table.ScrollContainer minWidth={760} mt="sm">
              <Table fz="sm" className="rules-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Rule</Table.Th>
                    <Table.Th scope="col">Kind</Table.Th>
                    <Table.Th scope="col">Severity</Table.Th>
                    <Table.Th scope="col">Citation</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((r) => (
                    <Table.Tr key={r.id} data-testid="rule-row">
                      <Table.Td w="40%">
                        <Anchor
                          component={Link}
                          to={ruleHref(r.id, r.family)}
                          ff="monospace"
                          fz="xs"
                          c="accent.8"
                        >
                          {r.id}
                        </Anchor>
                        <Text size="sm">{r.title}</Text>
                        {!r.default_enabled && (
                          <ToneBadge tone="gray" size="sm">
                            Off unless switched on
                          </ToneBadge>
                        )}
                      </Table.Td>
                      <Table.Td w={90}>
                        <KindBadge kind={r.kind} />
                      </Table.Td>
                      <Table.Td>{SEVERITIES[r.severity]?.label ?? r.severity}</Table.Td>
                      <Table.Td>
                        {r.citation}
                        {r.confidence === 'secondary' && (
                          <Text span size="xs" c="dimmed">
                            {' '}
                            (secondary source)
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )
      })}
      {shown.length === 0 && (
        <Text size="sm" c="dimmed">
          No rule matches.
        </Text>
      )}
    </Stack>
  )
}
