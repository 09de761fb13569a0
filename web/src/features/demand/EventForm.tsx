import { Button, Checkbox, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import type { EventFormField, NewEventBody } from '../../api/types'
import { ErrorAlert } from '../../components/ErrorAlert'
import { capitalize, localInputToIso } from '../../components/format'

type Values = Record<string, string | boolean>

type Props = {
  type: string
  fields: EventFormField[]
  submitLabel: string
  pending: boolean
  error: unknown
  /** Replaces the server's detail with a clearer sentence (e.g. for a refused transition). */
  errorNote?: string | null
  onSubmit: (body: NewEventBody) => void
  onCancel: () => void
}

/** A form generated from `event_forms[type]` in /api/meta. */
export function EventForm({
  type,
  fields,
  submitLabel,
  pending,
  error,
  errorNote,
  onSubmit,
  onCancel,
}: Props) {
  const [values, setValues] = useState<Values>(() =>
    Object.fromEntries(fields.map((f) => [f.name, f.kind === 'boolean' ? false : ''])),
  )
  const [occurredAt, setOccurredAt] = useState('')
  const [submitted, setSubmitted] = useState(false)
  const set = (name: string, value: string | boolean) => setValues((v) => ({ ...v, [name]: value }))

  const missing = fields.filter(
    (f) => f.required && f.kind !== 'boolean' && !String(values[f.name] ?? '').trim(),
  )

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (missing.length > 0) return
    const payload: Record<string, unknown> = {}
    for (const f of fields) {
      const v = values[f.name]
      if (f.kind === 'boolean') payload[f.name] = v === true
      else if (typeof v === 'string' && v.trim()) payload[f.name] = f.kind === 'textarea' ? v : v.trim()
    }
    const occurred = localInputToIso(occurredAt)
    onSubmit({ type, payload, ...(occurred ? { occurred_at: occurred } : {}) })
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {fields.map((f) => {
          const err = submitted && missing.includes(f) ? `${f.label} is required` : undefined
          const common = { label: f.label, required: f.required, error: err, name: f.name }
          switch (f.kind) {
            case 'textarea':
              return (
                <Textarea
                  key={f.name}
                  {...common}
                  autosize
                  minRows={3}
                  maxRows={10}
                  value={String(values[f.name] ?? '')}
                  onChange={(e) => set(f.name, e.currentTarget.value)}
                />
              )
            case 'date':
              return (
                <TextInput
                  key={f.name}
                  {...common}
                  type="date"
                  value={String(values[f.name] ?? '')}
                  onChange={(e) => set(f.name, e.currentTarget.value)}
                />
              )
            case 'boolean':
              return (
                <Checkbox
                  key={f.name}
                  label={f.label}
                  name={f.name}
                  checked={values[f.name] === true}
                  onChange={(e) => set(f.name, e.currentTarget.checked)}
                />
              )
            case 'select':
              return (
                <Select
                  key={f.name}
                  {...common}
                  data={(f.options ?? []).map((o) => ({ value: o.value, label: capitalize(o.label) }))}
                  value={String(values[f.name] ?? '') || null}
                  onChange={(v) => set(f.name, v ?? '')}
                  clearable={!f.required}
                  allowDeselect={!f.required}
                  placeholder="Choose…"
                  comboboxProps={{ withinPortal: true }}
                />
              )
            default:
              return (
                <TextInput
                  key={f.name}
                  {...common}
                  value={String(values[f.name] ?? '')}
                  onChange={(e) => set(f.name, e.currentTarget.value)}
                />
              )
          }
        })}
        <TextInput
          label="When it happened"
          description="Leave empty for now. Set it when recording something that happened earlier."
          type="datetime-local"
          value={occurredAt}
          onChange={(e) => setOccurredAt(e.currentTarget.value)}
        />
        {fields.length === 0 && (
          <Text size="sm" c="dimmed">
            This records the event on the timeline with your name and the time.
          </Text>
        )}
        {error ? (
          <ErrorAlert error={error} title="This could not be recorded" detail={errorNote ?? undefined} />
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
