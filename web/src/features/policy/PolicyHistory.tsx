import { List, Table, Text } from '@mantine/core'
import type { PolicyVersion, RuleSummary, User } from '../../api/types'
import { formatDateTime } from '../../components/format'
import { changedByName, DEFAULT_POLICY, describeChanges } from './policyModel'

/** Every change to the policy, newest first, with what changed and why. */
export function PolicyHistory({
  items,
  catalogue,
  me,
}: {
  items: PolicyVersion[]
  catalogue: RuleSummary[]
  me: User | undefined
}) {
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        The policy has never been changed: the defaults are in force.
      </Text>
    )
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table fz="sm" data-testid="policy-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Version</Table.Th>
            <Table.Th scope="col">Changed</Table.Th>
            <Table.Th scope="col">What changed</Table.Th>
            <Table.Th scope="col">Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((v, i) => {
            const before = items[i + 1]?.policy ?? DEFAULT_POLICY
            const changes = describeChanges(before, v.policy, catalogue)
            return (
              <Table.Tr key={v.version} data-testid="policy-history-row">
                <Table.Td>{v.version}</Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(v.changed_at)}</Text>
                  <Text size="xs" c="dimmed">
                    {changedByName(v, me)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {changes.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      No setting changed
                    </Text>
                  ) : (
                    <List size="sm" spacing={2}>
                      {changes.map((c) => (
                        <List.Item key={c}>{c}</List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{v.note ?? '—'}</Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
