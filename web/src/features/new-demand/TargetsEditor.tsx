import { Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core'
import type { Meta } from '../../api/types'
import type { TargetRow } from './formModel'

type Props = {
  meta: Meta | undefined
  targets: TargetRow[]
  error: string | undefined
  onChange: (targets: TargetRow[]) => void
}

let nextKey = 1

/** The accounts or identifiers the demand names, one row each. */
export function TargetsEditor({ meta, targets, error, onChange }: Props) {
  const update = (key: number, patch: Partial<TargetRow>) =>
    onChange(targets.map((t) => (t.key === key ? { ...t, ...patch } : t)))
  const add = () =>
    onChange([
      ...targets,
      { key: nextKey++, identifier: '', kind: 'handle', speech_profile: 'unknown', pseudonymous: false },
    ])
  const remove = (key: number) => onChange(targets.filter((t) => t.key !== key))

  return (
    <Stack gap="sm">
      {targets.length === 0 && (
        <Text size="sm" c="dimmed">
          No target yet. Add each account, handle, email address or other identifier the demand names.
        </Text>
      )}
      {targets.map((t, i) => (
        <Paper key={t.key} p="sm" bg="#fbfbfc" role="group" aria-label={`Target ${i + 1}`}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={`Target ${i + 1}: identifier`}
              placeholder="e.g. @handle or name@example.org"
              value={t.identifier}
              onChange={(e) => update(t.key, { identifier: e.currentTarget.value })}
              error={error && !t.identifier.trim() ? 'Required' : undefined}
              style={{ flex: '1 1 200px' }}
              required
            />
            <Select
              label="Kind"
              data={meta?.target_kinds ?? []}
              value={t.kind}
              onChange={(v) => update(t.key, { kind: v ?? 'other' })}
              allowDeselect={false}
              w={160}
            />
            <Select
              label="Speech profile"
              data={meta?.speech_profiles ?? []}
              value={t.speech_profile}
              onChange={(v) => update(t.key, { speech_profile: v ?? 'unknown' })}
              allowDeselect={false}
              w={160}
            />
            <Checkbox
              label="Pseudonymous"
              checked={t.pseudonymous}
              onChange={(e) => update(t.key, { pseudonymous: e.currentTarget.checked })}
              mb={8}
            />
            <Button
              variant="subtle"
              color="red"
              c="red.9"
              onClick={() => remove(t.key)}
              aria-label={`Remove target ${i + 1}`}
            >
              Remove
            </Button>
          </Group>
        </Paper>
      ))}
      {error && (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      )}
      <div>
        <Button variant="default" onClick={add}>
          Add a target
        </Button>
      </div>
    </Stack>
  )
}
