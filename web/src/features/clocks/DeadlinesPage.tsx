import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core'
import { useDocumentTitle } from '@mantine/hooks'
import { Link } from 'react-router'
import { useClockList, useMeta } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime, labelOf } from '../../components/format'
import { PageLoader } from '../../components/PageState'
import { OVERDUE_TEXT, SOON_TEXT } from '../../components/tones'
import { daysLeftText, flagIsDefect, flagLabel } from './clockModel'
import { CalendarSubscription } from './CalendarSubscription'
import { ClockStatusBadge } from './ClockStatusBadge'

/** Upcoming deadlines across open demands, soonest first, with the calendar feed to subscribe to. */
export function DeadlinesPage() {
  useDocumentTitle('Deadlines · Custodian')
  const clocks = useClockList()
  const meta = useMeta()

  const items = [...(clocks.data?.items ?? [])].sort(
    (a, b) =>
      a.clock.due_at.localeCompare(b.clock.due_at) ||
      (a.demand.reference ?? '').localeCompare(b.demand.reference ?? ''),
  )

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>Deadlines</Title>
          <Text c="dimmed" size="sm">
            Clocks still running on open demands, soonest first.
          </Text>
        </Stack>
        <Stack gap={6} align="flex-end">
          <Anchor href="/api/calendar.ics" download="custodian-deadlines.ics" size="sm" c="accent.8" fw={600}>
            Download calendar (.ics)
          </Anchor>
          <CalendarSubscription />
        </Stack>
      </Group>
      {clocks.isPending ? (
        <PageLoader label="Loading the deadlines…" />
      ) : clocks.isError ? (
        <ErrorAlert error={clocks.error} title="The deadlines could not be loaded" />
      ) : items.length === 0 ? (
        <Text c="dimmed">No running clocks on open demands.</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" highlightOnHover data-testid="deadlines">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
              {items.length === 1 ? '1 running clock' : `${items.length} running clocks`}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Due</Table.Th>
                <Table.Th scope="col">Days left</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Clock</Table.Th>
                <Table.Th scope="col">Demand</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map(({ demand, clock }) => {
                const colour =
                  clock.status === 'overdue' ? OVERDUE_TEXT : clock.status === 'due_soon' ? SOON_TEXT : undefined
                return (
                  <Table.Tr key={`${demand.id}:${clock.id}`} data-testid="deadline-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={clock.due_at}>{formatDateTime(clock.due_at)}</time>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text span size="sm" fw={colour ? 600 : 400} c={colour}>
                        {daysLeftText(clock)}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap', minWidth: 100 }}>
                      <ClockStatusBadge status={clock.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {clock.label}
                      </Text>
                      {clock.flags.map((flag) => (
                        <Text key={flag} size="xs" c={flagIsDefect(flag) ? OVERDUE_TEXT : '#495057'}>
                          {flagIsDefect(flag) ? 'Warning' : 'Caveat'}: {flagLabel(flag)}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/demands/${demand.id}`} size="sm" c="accent.8" fw={600}>
                        {demand.reference ?? 'Demand'}
                      </Anchor>
                      <Text size="xs" c="#495057">
                        {labelOf(meta.data?.instruments, demand.instrument_type)} ·{' '}
                        {demand.issuing_authority}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  )
}
