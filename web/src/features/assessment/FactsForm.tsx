import {
  Button,
  Fieldset,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useMemo, useState, type FormEvent } from 'react'
import type { NewEventBody, TimelineEvent } from '../../api/types'
import { ErrorAlert } from '../../components/ErrorAlert'
import {
  changedFacts,
  checkFacts,
  currentFacts,
  IP_SCOPE_OPTIONS,
  NOTICE_EXCEPTION_OPTIONS,
  valuesFrom,
  VERIFICATION_OPTIONS,
  type FactsValues,
  type Tri,
  type TriFact,
} from './factsModel'

type Props = {
  timeline: TimelineEvent[]
  userName: string
  pending: boolean
  error: unknown
  onSubmit: (body: NewEventBody) => void
  onCancel: () => void
}

/**
 * What the rules need beyond the fields, as reviewed by a person. Opens with what is already
 * recorded; sends only what changed. "Unknown" is a real answer: the rule then asks for review.
 */
export function FactsForm({ timeline, userName, pending, error, onSubmit, onCancel }: Props) {
  const initial = useMemo(() => valuesFrom(currentFacts(timeline), userName), [timeline, userName])
  const [values, setValues] = useState<FactsValues>(initial)
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const set = <K extends keyof FactsValues>(k: K, v: FactsValues[K]) => {
    setProblem(null)
    setValues((s) => ({ ...s, [k]: v }))
  }
  const invalid = checkFacts(values)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (invalid) return setProblem(invalid.message)
    const facts = changedFacts(values, initial)
    if (Object.keys(facts).length === 0) return setProblem('Nothing has changed: set at least one fact.')
    onSubmit({ type: 'facts_recorded', payload: { facts, ...(note.trim() ? { note: note.trim() } : {}) } })
  }

  const triProps = (k: TriFact) => ({ value: values[k], onChange: (v: Tri) => set(k, v) })

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Record what you checked. Leave “Unknown” where nobody has looked yet: those rules stay open for
          review. Only what you change is recorded.
        </Text>
        <Fieldset legend="Sender and verification">
          <Stack gap="sm">
            <TextInput
              label="Sender email domain"
              description="The domain the demand came from (an address is reduced to its domain)."
              placeholder="e.g. cbp.dhs.gov"
              value={values.sender_email_domain}
              onChange={(e) => set('sender_email_domain', e.currentTarget.value)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label="Out-of-band verification"
                description="Contact through a number or directory found independently."
                placeholder="Unknown"
                data={VERIFICATION_OPTIONS}
                value={values.verification_status || null}
                onChange={(v) => set('verification_status', (v ?? '') as FactsValues['verification_status'])}
                clearable
                error={problem && invalid?.field === 'verification_status' ? invalid.message : undefined}
                comboboxProps={{ withinPortal: true }}
              />
              <TextInput
                label="Verified by"
                value={values.verification_by}
                onChange={(e) => set('verification_by', e.currentTarget.value)}
                disabled={!values.verification_status}
              />
            </SimpleGrid>
            <TextInput
              label="How it was verified"
              placeholder="e.g. called the agency switchboard from its public website"
              value={values.verification_method}
              onChange={(e) => set('verification_method', e.currentTarget.value)}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend="The document">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TriState label="Signed by the issuing official" {...triProps('document_signed')} />
            <TriState label="On letterhead" {...triProps('on_letterhead')} />
            <TriState
              label="Phrased as “all records regarding” the account"
              {...triProps('all_records_phrasing')}
            />
            <TriState
              label="The data asked for is public on the service"
              {...triProps('requested_data_public')}
            />
          </SimpleGrid>
          <Select
            mt="sm"
            label="IP addresses are asked for"
            placeholder="Unknown, or no IP addresses asked for"
            data={IP_SCOPE_OPTIONS}
            value={values.ip_request_scope || null}
            onChange={(v) => set('ip_request_scope', (v ?? '') as FactsValues['ip_request_scope'])}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
        </Fieldset>

        <Fieldset legend="Purpose and authority">
          <Stack gap="sm">
            <Textarea
              label="Evident purpose"
              description="What the circumstances show the demand is for, when it differs from its recital."
              placeholder="e.g. identify the anonymous author of a critical account"
              autosize
              minRows={2}
              value={values.evident_purpose}
              onChange={(e) => set('evident_purpose', e.currentTarget.value)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TriState
                label="Purpose within the statute relied on (counsel)"
                {...triProps('purpose_within_statute')}
              />
              <TriState
                label="Signatory’s rank allowed by the statute"
                {...triProps('issuer_rank_sufficient')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend="User notice">
          <Select
            label="Notice exception"
            description="Only when a recognised exception applies; otherwise leave empty."
            placeholder="None recorded"
            data={NOTICE_EXCEPTION_OPTIONS}
            value={values.notice_exception || null}
            onChange={(v) => set('notice_exception', v ?? '')}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
        </Fieldset>

        <Textarea
          label="Note (optional)"
          description="Who checked, and how; it is shown on the timeline."
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {problem && !invalid && (
          <Text size="sm" c="red.9" role="alert">
            {problem}
          </Text>
        )}
        {error ? <ErrorAlert error={error} title="The facts were not recorded" /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            Record facts
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

function TriState({ label, value, onChange }: { label: string; value: Tri; onChange: (v: Tri) => void }) {
  return (
    <Radio.Group label={label} value={value} onChange={(v) => onChange(v as Tri)}>
      <Group gap="md" mt={6}>
        <Radio value="unknown" label="Unknown" />
        <Radio value="yes" label="Yes" />
        <Radio value="no" label="No" />
      </Group>
    </Radio.Group>
  )
}
