import { Button, EmptyState, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import { useDocumentTitle } from '@mantine/hooks'
import type { KeyboardEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import { useDemandList, useMeta } from '../../api/queries'
import type { DemandSummary, Meta } from '../../api/types'
import { DaysLeft } from '../../components/DueDate'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDate, labelOf } from '../../components/format'
import { PageLoader } from '../../components/PageState'
import { StateBadge, ToneBadge } from '../../components/StateBadge'
import { QueueFilters } from './QueueFilters'
import { useQueueParams, type SortKey } from './useQueueParams'

export function QueuePage() {
  useDocumentTitle('Queue · Custodian')
  const meta = useMeta()
  const { filters, update, clear, active } = useQueueParams()
  // Values typed into the URL by hand are checked against the vocabulary before they are sent.
  const knownStates = meta.data?.states.map((s) => s.value)
  const knownInstruments = meta.data?.instruments.map((s) => s.value)
  const list = useDemandList({
    state: filters.state.filter((s) => (knownStates ? knownStates.includes(s) : /^[a-z_]+$/.test(s))),
    instrument:
      filters.instrument && (!knownInstruments || knownInstruments.includes(filters.instrument))
        ? filters.instrument
        : undefined,
    authority: filters.authority || undefined,
    due_before: /^\d{4}-\d{2}-\d{2}$/.test(filters.due_before) ? filters.due_before : undefined,
    sort: filters.sort,
  })
  const items = list.data?.pages.flatMap((p) => p.items) ?? []

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Queue</Title>
          <Text c="dimmed" size="sm" mt={4}>
            Every demand for user data, with its state and deadline.
          </Text>
        </div>
        <Button component={Link} to="/demands/new">
          New demand
        </Button>
      </Group>

      <QueueFilters meta={meta.data} filters={filters} active={active} onChange={update} onClear={clear} />

      {list.isError && <ErrorAlert error={list.error} title="The queue could not be loaded" />}
      {list.isPending && <PageLoader label="Loading demands…" />}

      {list.isSuccess && items.length === 0 && (
        <Paper py={56}>
          {active ? (
            <EmptyState
              title="No demands match these filters"
              description="Change or clear the filters to see more of the queue."
            >
              <EmptyState.Actions>
                <Button variant="default" onClick={clear}>
                  Clear filters
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          ) : (
            <EmptyState
              title="No demands yet"
              description="When a subpoena, summons, warrant or other demand for user data arrives, record it here to start its clock and its timeline."
            >
              <EmptyState.Actions>
                <Button component={Link} to="/demands/new">
                  Record the first demand
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          )}
        </Paper>
      )}

      {items.length > 0 && (
        <Paper p={0} style={{ overflow: 'hidden' }}>
          <Table.ScrollContainer minWidth={960}>
            <DemandTable
              items={items}
              meta={meta.data}
              sort={filters.sort}
              onSort={(sort) => update({ sort })}
            />
          </Table.ScrollContainer>
        </Paper>
      )}

      {list.isSuccess && items.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed" aria-live="polite">
            Showing {items.length} {items.length === 1 ? 'demand' : 'demands'}
            {list.hasNextPage ? '; more are available' : ''}.
          </Text>
          {list.hasNextPage && (
            <Button
              variant="default"
              onClick={() => void list.fetchNextPage()}
              loading={list.isFetchingNextPage}
            >
              Load more
            </Button>
          )}
        </Group>
      )}
      {list.isFetchNextPageError && (
        <ErrorAlert error={list.error} title="More demands could not be loaded" />
      )}
    </Stack>
  )
}

type TableProps = {
  items: DemandSummary[]
  meta: Meta | undefined
  sort: SortKey
  onSort: (sort: SortKey) => void
}

function DemandTable({ items, meta, sort, onSort }: TableProps) {
  const navigate = useNavigate()
  const open = (id: string) => void navigate(`/demands/${encodeURIComponent(id)}`)
  const onKeyDown = (id: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault()
      open(id)
    }
  }
  return (
    <Table className="queue-table" aria-label="Demands">
      <Table.Thead style={{ background: '#f1f3f5' }}>
        <Table.Tr>
          <Table.Th>Reference</Table.Th>
          <Table.Th>State</Table.Th>
          <Table.Th>Issuing authority</Table.Th>
          <Table.Th>Instrument</Table.Th>
          <SortableTh label="Received" field="received_at" sort={sort} onSort={onSort} />
          <SortableTh label="Due" field="due_at" sort={sort} onSort={onSort} />
          <Table.Th>Days left</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((d) => (
          <Table.Tr
            key={d.id}
            className="clickable-row"
            tabIndex={0}
            onClick={() => open(d.id)}
            onKeyDown={onKeyDown(d.id)}
            aria-label={`Open demand ${d.reference ?? d.id}`}
            data-testid="queue-row"
          >
            <Table.Td>
              <Group gap={8} wrap="nowrap">
                <Link
                  to={`/demands/${encodeURIComponent(d.id)}`}
                  tabIndex={-1}
                  onClick={(e) => e.stopPropagation()}
                  style={{ fontWeight: 600, color: 'var(--mantine-color-accent-8)', textDecoration: 'none' }}
                >
                  {d.reference ?? (
                    <Text span c="dimmed" fs="italic" inherit>
                      No reference
                    </Text>
                  )}
                </Link>
                {d.emergency && <ToneBadge tone="red">Emergency</ToneBadge>}
              </Group>
              {d.summary && (
                <Text size="xs" c="dimmed" lineClamp={1} maw={320} mt={2}>
                  {d.summary}
                </Text>
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <StateBadge state={d.state} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{d.issuing_authority}</Text>
              {(d.jurisdiction || d.authority_kind) && (
                <Text size="xs" c="dimmed">
                  {[labelOf(meta?.authority_kinds, d.authority_kind), d.jurisdiction]
                    .filter((s) => s && s !== '—')
                    .join(' · ')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{labelOf(meta?.instruments, d.instrument_type)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(d.received_at)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(d.due_at)}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <DaysLeft dueAt={d.due_at} state={d.state} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

function SortableTh({
  label,
  field,
  sort,
  onSort,
}: {
  label: string
  field: 'due_at' | 'received_at'
  sort: SortKey
  onSort: (sort: SortKey) => void
}) {
  const ascending = sort === field
  const descending = sort === `-${field}`
  const ariaSort = ascending ? 'ascending' : descending ? 'descending' : 'none'
  const next: SortKey = ascending ? (`-${field}` as SortKey) : (field as SortKey)
  return (
    <Table.Th aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={() => onSort(next)}>
        {label}
        <span
          aria-hidden="true"
          style={{ color: ascending || descending ? 'var(--mantine-color-accent-8)' : '#868e96' }}
        >
          {ascending ? '▲' : descending ? '▼' : '↕'}
        </span>
        <VisuallyHidden>
          {ascending ? ', sorted earliest first' : descending ? ', sorted latest first' : ', not sorted'};
          activate to sort
        </VisuallyHidden>
      </button>
    </Table.Th>
  )
}
