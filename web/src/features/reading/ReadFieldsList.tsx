import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core'
import { confidenceLabel, type ReadRow } from './readingModel'

/**
 * The fields as read from the documents. Choosing one marks its passages in the document beside
 * it; a field the clerk has corrected since shows what the demand says now.
 */
export function ReadFieldsList({
  rows,
  active,
  onSelect,
}: {
  rows: ReadRow[]
  active: string | null
  onSelect: (name: string | null) => void
}) {
  return (
    <Stack gap={6} role="list" aria-label="Fields read from the documents">
      <Text size="sm" c="dimmed">
        Read automatically on intake. Choose a field to mark where in the document it was read; check each one
        before relying on it.
      </Text>
      {rows.map((row) => {
        const confidence = confidenceLabel(row.field.confidence)
        const count = row.field.passages.length
        const selected = active === row.name
        return (
          <div role="listitem" key={row.name}>
            <UnstyledButton
              className="read-field"
              data-selected={selected || undefined}
              aria-pressed={selected}
              aria-label={`${row.label}: ${row.shown}`}
              data-read-field={row.name}
              onClick={() => onSelect(selected ? null : row.name)}
            >
              <Group justify="space-between" gap={6} wrap="nowrap" align="baseline">
                <Text size="xs" fw={700} tt="uppercase" c="dark.4">
                  {row.label}
                </Text>
                <Badge
                  size="xs"
                  variant="light"
                  color={confidence.tone}
                  title={`Confidence ${Math.round(row.field.confidence * 100)}%`}
                >
                  {confidence.label}
                </Badge>
              </Group>
              <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {row.shown}
              </Text>
              {row.now !== null && (
                <Text size="xs" c="orange.9">
                  Now on the demand: {row.now}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {count === 0
                  ? 'No passage to mark'
                  : `${count} ${count === 1 ? 'passage' : 'passages'}${selected ? ' marked' : ''}`}
              </Text>
            </UnstyledButton>
          </div>
        )
      })}
    </Stack>
  )
}
