import { Group, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { DemandDetail, Meta } from '../../api/types'
import { DaysLeft } from '../../components/DueDate'
import { formatDate, formatDateTime, labelOf } from '../../components/format'
import { StateBadge, ToneBadge } from '../../components/StateBadge'
import { useStaffNamer } from './staffNames'

/** Reference, state, what it is and who sent it, and the clock: what a reader needs first. */
export function DemandHeader({ demand, meta }: { demand: DemandDetail; meta: Meta | undefined }) {
  const { fields } = demand
  const authority = fields.issuing_authority
  const instrument = labelOf(meta?.instruments, fields.instrument_type)
  const targets = fields.targets.map((t) => t.identifier)
  const namer = useStaffNamer()
  return (
    <Stack gap="md" component="header">
      <div>
        <Group gap="md" align="center" wrap="wrap">
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {demand.reference ?? `${instrument} from ${authority.name}`}
          </Title>
          <StateBadge state={demand.state} size="lg" data-testid="demand-state" />
          {fields.emergency && (
            <ToneBadge tone="red" size="lg">
              Emergency request
            </ToneBadge>
          )}
        </Group>
        <Text size="lg" mt={6} c="dark.6">
          <Text span inherit fw={600} data-testid="demand-instrument">
            {instrument}
          </Text>{' '}
          from {authority.name}
          {authority.jurisdiction ? ` (${authority.jurisdiction})` : ''}
        </Text>
      </div>
      <Group gap={40} wrap="wrap" component="dl" m={0}>
        <Fact label="Due">
          {fields.due_at ? (
            <>
              {formatDate(fields.due_at)} · <DaysLeft dueAt={fields.due_at} state={demand.state} />
            </>
          ) : (
            'No deadline given'
          )}
        </Fact>
        <Fact label="Received">{formatDateTime(demand.received_at)}</Fact>
        <Fact label="Reference on the document">{fields.reference ?? 'None printed'}</Fact>
        <Fact label={targets.length === 1 ? 'Target' : 'Targets'}>
          {targets.length === 0
            ? 'None named'
            : targets.length <= 3
              ? targets.join(', ')
              : `${targets.length} accounts`}
        </Fact>
        <Fact label="Assigned to">
          <span data-testid="demand-assignee">
            {demand.assignee_id ? namer(demand.assignee_id) : 'Nobody yet'}
          </span>
        </Fact>
      </Group>
    </Stack>
  )
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" fw={600} c="dark.4" tt="uppercase" style={{ letterSpacing: '0.05em' }}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} mt={4} fw={500}>
        {children}
      </Text>
    </div>
  )
}
