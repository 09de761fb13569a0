import { Button, Group, MultiSelect, Paper, Select, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import type { Meta } from '../../api/types'
import type { QueueFilters as Filters } from './useQueueParams'

type Props = {
  meta: Meta | undefined
  filters: Filters
  active: boolean
  onChange: (patch: Partial<Filters>) => void
  onClear: () => void
}

export function QueueFilters({ meta, filters, active, onChange, onClear }: Props) {
  // The authority box is typed into: keep its own value and write the URL once typing pauses.
  const [authority, setAuthority] = useState(filters.authority)
  useEffect(() => setAuthority(filters.authority), [filters.authority])
  const pushAuthority = useDebouncedCallback((value: string) => onChange({ authority: value.trim() }), 350)

  return (
    <Paper p="md" component="section" aria-label="Filters">
      <Group align="flex-end" gap="md" wrap="wrap">
        <MultiSelect
          label="State"
          placeholder={filters.state.length ? undefined : 'Any state'}
          data={meta?.states ?? []}
          value={meta ? filters.state.filter((s) => meta.states.some((o) => o.value === s)) : filters.state}
          onChange={(state) => onChange({ state })}
          clearable
          searchable
          w={280}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label="Instrument"
          placeholder="Any instrument"
          data={meta?.instruments ?? []}
          value={filters.instrument || null}
          onChange={(value) => onChange({ instrument: value ?? '' })}
          clearable
          searchable
          openOnFocus={false}
          w={260}
        />
        <TextInput
          label="Issuing authority"
          placeholder="Name contains…"
          value={authority}
          onChange={(e) => {
            setAuthority(e.currentTarget.value)
            pushAuthority(e.currentTarget.value)
          }}
          w={240}
        />
        <TextInput
          label="Due before"
          type="date"
          value={filters.due_before}
          onChange={(e) => onChange({ due_before: e.currentTarget.value })}
          w={170}
        />
        {active && (
          <Button variant="subtle" onClick={onClear}>
            Clear filters
          </Button>
        )}
      </Group>
    </Paper>
  )
}
