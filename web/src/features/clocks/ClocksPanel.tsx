import { Group, List, Loader, Stack, Text } from '@mantine/core'
import { useDemandClocks } from '../../api/queries'
import type { DemandClock } from '../../api/types'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime } from '../../components/format'
import { OVERDUE_TEXT, SOON_TEXT } from '../../components/tones'
import { Section } from '../demand/Section'
import { byDueDate, daysLeftText, flagIsDefect, flagLabel } from './clockModel'
import { ClockStatusBadge } from './ClockStatusBadge'

/** The demand's deadlines: what is due when, why (the citation), and any caveat about the date. */
export function ClocksPanel({ demandId, version }: { demandId: string; version: number }) {
  const clocks = useDemandClocks(demandId, version)
  return (
    <Section id="clocks-heading" title="Clocks" data-testid="clocks-panel">
      {clocks.isPending ? (
        <Group gap={8} role="status">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            Loading the clocks…
          </Text>
        </Group>
      ) : clocks.isError ? (
        <ErrorAlert error={clocks.error} title="The clocks could not be loaded" />
      ) : (
        <ClockList clocks={clocks.data.clocks} />
      )}
    </Section>
  )
}

function ClockList({ clocks }: { clocks: DemandClock[] }) {
  const running = clocks.filter((c) => c.status !== 'stopped').sort(byDueDate)
  const stopped = clocks.filter((c) => c.status === 'stopped').sort(byDueDate)
  const all = [...running, ...stopped]
  return (
    <Stack gap="md">
      {running.length === 0 && (
        <Text size="sm" c="dimmed">
          No running clocks
        </Text>
      )}
      {all.length > 0 && (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
          {all.map((clock) => (
            <ClockItem key={clock.id} clock={clock} />
          ))}
        </Stack>
      )}
    </Stack>
  )
}

function ClockItem({ clock }: { clock: DemandClock }) {
  const stopped = clock.status === 'stopped'
  const colour = clock.status === 'overdue' ? OVERDUE_TEXT : clock.status === 'due_soon' ? SOON_TEXT : undefined
  return (
    <li
      data-testid="clock"
      data-clock-kind={clock.kind}
      style={{ borderLeft: '3px solid var(--custodian-border, #d3d7dc)', paddingLeft: 12 }}
    >
      <Stack gap={4}>
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'baseline' }}>
          <Text fw={600} size="sm" c={stopped ? 'dimmed' : undefined}>
            {clock.label}
          </Text>
          <ClockStatusBadge status={clock.status} />
        </div>
        <Text size="sm">
          Due <time dateTime={clock.due_at}>{formatDateTime(clock.due_at)}</time>
          {' · '}
          <Text
            span
            size="sm"
            fw={colour ? 600 : 400}
            c={stopped ? 'dimmed' : colour}
            data-testid="clock-days-left"
          >
            {daysLeftText(clock)}
          </Text>
        </Text>
        {clock.flags.length > 0 && (
          <List size="sm" spacing={2} aria-label="Caveats about this date">
            {clock.flags.map((flag) => (
              <List.Item key={flag}>
                <Text span size="sm" fw={600} c={flagIsDefect(flag) ? OVERDUE_TEXT : '#343a40'}>
                  {flagIsDefect(flag) ? 'Warning:' : 'Caveat:'}
                </Text>{' '}
                {flagLabel(flag)}
              </List.Item>
            ))}
          </List>
        )}
        {clock.note && (
          <Text size="sm" c="#343a40">
            {clock.note}
          </Text>
        )}
        <Text size="xs" c="#495057">
          {clock.citation}
          {clock.confidence === 'secondary' ? ' (from a secondary source)' : ''}
        </Text>
      </Stack>
    </li>
  )
}
