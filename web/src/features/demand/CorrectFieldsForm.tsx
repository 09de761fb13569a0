import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useMemo, useState, type FormEvent } from 'react'
import type { DemandFields, Meta, NewEventBody } from '../../api/types'
import { ErrorAlert } from '../../components/ErrorAlert'
import { humanize } from '../../components/format'
import type { Errors } from '../new-demand/formModel'
import { TargetsEditor } from '../new-demand/TargetsEditor'
import { changedFields, validateCorrection, valuesFromFields, type CorrectionValues } from './correctionModel'

type Props = {
  fields: DemandFields
  meta: Meta | undefined
  pending: boolean
  error: unknown
  onSubmit: (body: NewEventBody) => void
  onCancel: () => void
}

/** The demand's fields, pre-filled, for correcting what was misread; only the changes are recorded. */
export function CorrectFieldsForm({ fields, meta: m, pending, error, onSubmit, onCancel }: Props) {
  const initial = useMemo(() => valuesFromFields(fields), [fields])
  const [values, setValues] = useState<CorrectionValues>(initial)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<Errors & { reason?: string; nothing?: string }>({})
  const set = <K extends keyof CorrectionValues>(k: K, v: CorrectionValues[K]) => {
    setErrors({})
    setValues((s) => ({ ...s, [k]: v }))
  }
  const changes = changedFields(values, initial)
  const changedNames = Object.keys(changes)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: typeof errors = { ...validateCorrection(values) }
    if (!reason.trim()) found.reason = 'Say why the fields are corrected'
    if (changedNames.length === 0) found.nothing = 'Nothing has changed yet.'
    setErrors(found)
    if (Object.keys(found).length > 0) return
    onSubmit({ type: 'fields_corrected', payload: { changes, reason: reason.trim() } })
  }

  const text = (k: keyof CorrectionValues, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput
      label={label}
      value={String(values[k] ?? '')}
      onChange={(e) => set(k, e.currentTarget.value as never)}
      {...extra}
    />
  )

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Fieldset legend="The instrument">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label="Instrument"
              data={m?.instruments ?? []}
              value={values.instrument_type || null}
              onChange={(v) => set('instrument_type', v ?? '')}
              required
              error={errors.instrument_type}
              searchable
              comboboxProps={{ withinPortal: true }}
            />
            {text('reference', 'Reference')}
            {text('authority_name', 'Issuing authority', { required: true, error: errors.authority_name })}
            <Select
              label="Authority kind"
              data={m?.authority_kinds ?? []}
              value={values.authority_kind || null}
              onChange={(v) => set('authority_kind', v ?? '')}
              clearable
              comboboxProps={{ withinPortal: true }}
            />
            {text('authority_jurisdiction', 'Jurisdiction')}
            {text('authority_office', 'Office')}
            {text('authority_signatory', 'Signatory', { description: 'Name and title, as signed.' })}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
            <Textarea
              label="Statutes cited"
              description="One per line."
              autosize
              minRows={2}
              value={values.statutes}
              onChange={(e) => set('statutes', e.currentTarget.value)}
            />
            <Textarea
              label="Stated purpose"
              autosize
              minRows={2}
              value={values.stated_purpose}
              onChange={(e) => set('stated_purpose', e.currentTarget.value)}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Dates">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {text('date_issued', 'Date issued', { type: 'date' })}
            {text('served_at', 'Served at', { type: 'datetime-local' })}
            {text('due_at', 'Due at', { type: 'datetime-local' })}
            {text('date_from', 'Records from', { type: 'date' })}
            {text('date_to', 'Records to', { type: 'date' })}
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Targets">
          <TargetsEditor
            meta={m}
            targets={values.targets}
            error={errors.targets}
            onChange={(t) => set('targets', t)}
          />
        </Fieldset>

        <Fieldset legend="Data categories requested">
          <Checkbox.Group
            aria-label="Data categories requested"
            value={values.data_categories}
            onChange={(v) => set('data_categories', v)}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              {(m?.data_categories ?? []).map((c) => (
                <Checkbox key={c.value} value={c.value} label={c.label} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Fieldset>

        <Fieldset legend="Nondisclosure (gag)">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label="Basis"
              placeholder="No nondisclosure"
              data={m?.nondisclosure_bases ?? []}
              value={values.nondisclosure_basis || null}
              onChange={(v) => set('nondisclosure_basis', v ?? '')}
              clearable
              comboboxProps={{ withinPortal: true }}
            />
            {text('nondisclosure_expires_on', 'Expires on', {
              type: 'date',
              disabled: !values.nondisclosure_basis,
            })}
            {text('nondisclosure_citation', 'Citation', { disabled: !values.nondisclosure_basis })}
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Other">
          <Stack gap="sm">
            <Checkbox
              label="Emergency request"
              checked={values.emergency}
              onChange={(e) => set('emergency', e.currentTarget.checked)}
            />
            <Textarea
              label="Summary"
              autosize
              minRows={2}
              value={values.summary}
              onChange={(e) => set('summary', e.currentTarget.value)}
            />
          </Stack>
        </Fieldset>

        <Textarea
          label="Reason for the correction"
          description="For the record: what was wrong and where the right value comes from."
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => {
            setErrors({})
            setReason(e.currentTarget.value)
          }}
          error={errors.reason}
        />
        <Text size="sm" c={changedNames.length ? undefined : 'dimmed'} aria-live="polite">
          {changedNames.length
            ? `Will record: ${changedNames.map(humanize).join(', ')}.`
            : 'No field changed yet.'}
        </Text>
        {errors.nothing && (
          <Text size="sm" c="red.9" role="alert">
            {errors.nothing}
          </Text>
        )}
        {error ? <ErrorAlert error={error} title="The correction was not recorded" /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            Record the correction
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
