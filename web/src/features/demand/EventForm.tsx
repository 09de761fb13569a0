import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import type { EventFormField, Finding, NewEventBody, StaffMember } from '../../api/types'
import { ErrorAlert } from '../../components/ErrorAlert'
import { capitalize, localInputToIso } from '../../components/format'
import { OUTCOMES, SEVERITIES } from '../assessment/labels'

type Value = string | boolean | string[]
type Values = Record<string, Value>

/** A select whose options are the staff (from /api/staff): /api/meta cannot list people. */
export function isStaffField(f: EventFormField): boolean {
  return f.kind === 'select' && /(^|_)assignee_id$/.test(f.name)
}

/** The findings a decision may rest on: those failing or awaiting review, failing first. */
export function groundingFindings(findings: readonly Finding[] | undefined): Finding[] {
  const rank = { fail: 0, needs_review: 1, pass: 2 } as const
  return (findings ?? [])
    .filter((f) => f.outcome !== 'pass')
    .sort(
      (a, b) =>
        rank[a.outcome] - rank[b.outcome] || SEVERITIES[a.severity].rank - SEVERITIES[b.severity].rank,
    )
}

function initialValue(f: EventFormField, findings: readonly Finding[] | undefined): Value {
  if (f.kind === 'boolean') return false
  if (f.kind === 'multiselect') return []
  // The failing findings are what a decision normally rests on: chosen to start with.
  if (f.kind === 'findings')
    return groundingFindings(findings)
      .filter((x) => x.outcome === 'fail')
      .map((x) => x.rule_id)
  return ''
}

const isEmpty = (v: Value | undefined) => (Array.isArray(v) ? v.length === 0 : !String(v ?? '').trim())

type Props = {
  type: string
  fields: EventFormField[]
  submitLabel: string
  pending: boolean
  error: unknown
  /** Replaces the server's detail with a clearer sentence (e.g. for a refused transition). */
  errorNote?: string | null
  /** The demand's current findings, for `findings` fields. */
  findings?: readonly Finding[]
  /** Active staff, for the assignee select. */
  staff?: readonly StaffMember[]
  onSubmit: (body: NewEventBody) => void
  onCancel: () => void
}

function requiredMessage(f: EventFormField): string {
  if (f.kind === 'findings') return 'Choose at least one finding it rests on'
  if (f.kind === 'multiselect') return `Choose at least one: ${f.label.toLowerCase()}`
  return `${f.label} is required`
}

/**
 * Choose the findings a decision rests on: the demand's failing findings (chosen to start with)
 * and those awaiting review, each with its rule id, title and outcome.
 */
function FindingsField({
  field,
  error,
  findings,
  value,
  onChange,
}: {
  field: EventFormField
  error: string | undefined
  findings: Finding[]
  value: string[]
  onChange: (value: string[]) => void
}) {
  if (findings.length === 0) {
    return (
      <Text size="sm" c={field.required ? 'red.9' : 'dimmed'} role={field.required ? 'alert' : undefined}>
        {field.label}: no finding fails or awaits review on this demand.
        {field.required
          ? ' Record the facts or correct the fields first, so the decision rests on a finding.'
          : ''}
      </Text>
    )
  }
  return (
    <Checkbox.Group
      label={field.label}
      description="The checks that fail are chosen; add the open questions your grounds rely on."
      required={field.required}
      error={error}
      value={value}
      onChange={onChange}
      data-testid="findings-field"
    >
      <Stack gap={6} mt={6}>
        {findings.map((x) => (
          <Checkbox
            key={x.rule_id}
            value={x.rule_id}
            aria-label={`${x.rule_id}: ${x.title}`}
            label={
              <span>
                <Text span ff="monospace" size="xs" fw={600}>
                  {x.rule_id}
                </Text>{' '}
                <Text span size="sm">
                  {x.title}
                </Text>
              </span>
            }
            description={`${OUTCOMES[x.outcome].label} · ${SEVERITIES[x.severity].label} severity`}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  )
}

/** A form generated from `event_forms[type]` in /api/meta. */
export function EventForm({
  type,
  fields,
  submitLabel,
  pending,
  error,
  errorNote,
  findings,
  staff,
  onSubmit,
  onCancel,
}: Props) {
  const [values, setValues] = useState<Values>(() =>
    Object.fromEntries(fields.map((f) => [f.name, initialValue(f, findings)])),
  )
  const [occurredAt, setOccurredAt] = useState('')
  const [submitted, setSubmitted] = useState(false)
  const set = (name: string, value: Value) => setValues((v) => ({ ...v, [name]: value }))

  const missing = fields.filter((f) => f.required && f.kind !== 'boolean' && isEmpty(values[f.name]))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (missing.length > 0) return
    const payload: Record<string, unknown> = {}
    for (const f of fields) {
      const v = values[f.name]
      if (f.kind === 'boolean') payload[f.name] = v === true
      else if (Array.isArray(v)) {
        if (v.length > 0) payload[f.name] = v
      } else if (typeof v === 'string' && v.trim()) payload[f.name] = f.kind === 'textarea' ? v : v.trim()
      // No one chosen: the demand is unassigned (an explicit null, not a missing field).
      else if (isStaffField(f)) payload[f.name] = null
    }
    const occurred = localInputToIso(occurredAt)
    onSubmit({ type, payload, ...(occurred ? { occurred_at: occurred } : {}) })
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {fields.map((f) => {
          const err = submitted && missing.includes(f) ? requiredMessage(f) : undefined
          const common = { label: f.label, required: f.required, error: err, name: f.name }
          if (isStaffField(f)) {
            return (
              <Select
                key={f.name}
                {...common}
                data={(staff ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.role})` }))}
                value={String(values[f.name] ?? '') || null}
                onChange={(v) => set(f.name, v ?? '')}
                clearable
                placeholder="Nobody (unassigned)"
                searchable
                nothingFoundMessage="No such staff member"
                comboboxProps={{ withinPortal: true }}
              />
            )
          }
          switch (f.kind) {
            case 'multiselect':
              return (
                <Checkbox.Group
                  key={f.name}
                  {...common}
                  value={(values[f.name] as string[] | undefined) ?? []}
                  onChange={(v) => set(f.name, v)}
                >
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={6}>
                    {(f.options ?? []).map((o) => (
                      <Checkbox key={o.value} value={o.value} label={capitalize(o.label)} />
                    ))}
                  </SimpleGrid>
                </Checkbox.Group>
              )
            case 'findings':
              return (
                <FindingsField
                  key={f.name}
                  field={f}
                  error={err}
                  findings={groundingFindings(findings)}
                  value={(values[f.name] as string[] | undefined) ?? []}
                  onChange={(v) => set(f.name, v)}
                />
              )
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
