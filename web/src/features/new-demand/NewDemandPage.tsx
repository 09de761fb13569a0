import {
  Button,
  Checkbox,
  FileInput,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { useDocumentTitle } from '@mantine/hooks'
import { useRef, useState, type FormEvent, type ReactNode } from 'react'
import { Link, useNavigate } from 'react-router'
import { randomKey } from '../../api/client'
import { useCreateDemand, useImportDemand, useMeta } from '../../api/queries'
import { ErrorAlert } from '../../components/ErrorAlert'
import { channelOptions } from '../../components/format'
import { EMPTY, toFields, validate, type Errors, type FormValues } from './formModel'
import { TargetsEditor } from './TargetsEditor'

export function NewDemandPage() {
  useDocumentTitle('New demand · Custodian')
  const meta = useMeta()
  const navigate = useNavigate()
  const create = useCreateDemand()
  const importFile = useImportDemand()
  const [values, setValues] = useState<FormValues>(EMPTY)
  const [errors, setErrors] = useState<Errors>({})
  const [submitted, setSubmitted] = useState(false)
  // One key per submission of these values: a double click or a retry sends the same key, so the
  // server records one demand. Any change to the form makes the next submission a new one.
  const idempotencyKey = useRef<string | null>(null)

  const set = <K extends keyof FormValues>(name: K, value: FormValues[K]) => {
    idempotencyKey.current = null
    setValues((v) => {
      const next = { ...v, [name]: value }
      if (submitted) setErrors(validate(next))
      return next
    })
  }

  const pending = create.isPending || importFile.isPending
  const error = values.source === 'file' ? importFile.error : create.error

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (pending) return
    setSubmitted(true)
    const found = validate(values)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      focusFirstError()
      return
    }
    idempotencyKey.current ??= randomKey()
    const key = idempotencyKey.current
    const fields = toFields(values)
    const onSuccess = (demand: { id: string }) => void navigate(`/demands/${encodeURIComponent(demand.id)}`)
    if (values.source === 'file' && values.file) {
      importFile.mutate({ file: values.file, fields, idempotencyKey: key }, { onSuccess })
    } else {
      create.mutate(
        {
          body: {
            fields,
            ...(values.channel ? { channel: values.channel } : {}),
            ...(values.text.trim() ? { text: values.text } : {}),
          },
          idempotencyKey: key,
        },
        { onSuccess },
      )
    }
  }

  const m = meta.data

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="new-demand-title">
      <Stack gap="lg" maw={1040}>
        <div>
          <Title order={1} id="new-demand-title">
            New demand
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            Record a demand as it arrived: its text or file, and what it says. Only the instrument and the
            issuing authority are needed to start; the rest can be corrected later.
          </Text>
        </div>

        <Block
          title="The document"
          description="Paste the text of the demand, or upload the file you received."
        >
          <Stack gap="md">
            <SegmentedControl
              value={values.source}
              onChange={(v) => set('source', v as FormValues['source'])}
              data={[
                { value: 'paste', label: 'Paste text' },
                { value: 'file', label: 'Upload a file' },
              ]}
              w={320}
              aria-label="How to provide the document"
            />
            {values.source === 'paste' ? (
              <Textarea
                label="Text of the demand"
                description="Optional. Paste the whole document as received."
                autosize
                minRows={8}
                maxRows={20}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
                value={values.text}
                onChange={(e) => set('text', e.currentTarget.value)}
              />
            ) : (
              <FileInput
                label="File"
                description="PDF, email (.eml), Word (.docx), text or a scanned image."
                placeholder="Choose a file…"
                accept=".pdf,.eml,.msg,.docx,.txt,.png,.jpg,.jpeg,.tif,.tiff,application/pdf,message/rfc822,text/plain,image/*"
                value={values.file}
                onChange={(f) => set('file', f)}
                clearable
                required
                error={errors.file}
                data-error-field={errors.file ? true : undefined}
                w={480}
              />
            )}
            <Select
              label="Received by"
              placeholder="Channel"
              data={channelOptions(m?.channels)}
              value={values.channel || null}
              onChange={(v) => set('channel', v ?? '')}
              clearable
              w={240}
              disabled={values.source === 'file'}
              description={
                values.source === 'file' ? 'Uploads are recorded as received through the portal.' : undefined
              }
            />
          </Stack>
        </Block>

        <Block title="The instrument">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label="Instrument"
              description="The kind of legal process."
              placeholder="Subpoena, summons, warrant…"
              data={m?.instruments ?? []}
              value={values.instrument_type || null}
              onChange={(v) => set('instrument_type', v ?? '')}
              searchable
              openOnFocus={false}
              required
              error={errors.instrument_type}
            />
            <TextInput
              label="Reference"
              description="Case or file number printed on the document."
              value={values.reference}
              onChange={(e) => set('reference', e.currentTarget.value)}
            />
            <TextInput
              label="Issuing authority"
              description="The agency, court or party that issued it."
              placeholder="e.g. U.S. Customs and Border Protection"
              value={values.authority_name}
              onChange={(e) => set('authority_name', e.currentTarget.value)}
              required
              error={errors.authority_name}
            />
            <SimpleGrid cols={2} spacing="md">
              <Select
                label="Authority kind"
                description="Agency, court, party…"
                data={m?.authority_kinds ?? []}
                value={values.authority_kind || null}
                onChange={(v) => set('authority_kind', v ?? '')}
                clearable
              />
              <TextInput
                label="Jurisdiction"
                description="US-federal, US-CA, DE, EU…"
                value={values.authority_jurisdiction}
                onChange={(e) => set('authority_jurisdiction', e.currentTarget.value)}
              />
            </SimpleGrid>
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
              description="The purpose or offence the document gives."
              autosize
              minRows={2}
              value={values.stated_purpose}
              onChange={(e) => set('stated_purpose', e.currentTarget.value)}
            />
          </SimpleGrid>
        </Block>

        <Block title="Dates" description="Times are in your time zone.">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput
              label="Date issued"
              description="As printed on the document."
              type="date"
              value={values.date_issued}
              onChange={(e) => set('date_issued', e.currentTarget.value)}
            />
            <TextInput
              label="Served at"
              description="When it reached you."
              type="datetime-local"
              value={values.served_at}
              onChange={(e) => set('served_at', e.currentTarget.value)}
            />
            <TextInput
              label="Due at"
              description="When the issuer wants a response."
              type="datetime-local"
              value={values.due_at}
              onChange={(e) => set('due_at', e.currentTarget.value)}
            />
          </SimpleGrid>
        </Block>

        <Block title="Targets" description="Who the demand is about.">
          <TargetsEditor
            meta={m}
            targets={values.targets}
            error={errors.targets}
            onChange={(targets) => set('targets', targets)}
          />
        </Block>

        <Block title="Data categories" description="What the demand asks for.">
          <Checkbox.Group
            label="Data categories requested"
            value={values.data_categories}
            onChange={(v) => set('data_categories', v)}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
              {(m?.data_categories ?? []).map((c) => (
                <Checkbox key={c.value} value={c.value} label={c.label} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Block>

        <Block
          title="Nondisclosure (gag)"
          description="Whether the demand asks you to keep it secret, and on what basis."
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Select
              label="Basis"
              description="Only a court order or a statute binds."
              placeholder="No nondisclosure"
              data={m?.nondisclosure_bases ?? []}
              value={values.nondisclosure_basis || null}
              onChange={(v) => set('nondisclosure_basis', v ?? '')}
              clearable
            />
            <TextInput
              label="Expires on"
              description="Empty if no end date is given."
              type="date"
              value={values.nondisclosure_expires_on}
              onChange={(e) => set('nondisclosure_expires_on', e.currentTarget.value)}
              disabled={!values.nondisclosure_basis}
            />
            <TextInput
              label="Citation"
              description="The order, statute or wording relied on."
              placeholder="e.g. 18 U.S.C. 2705(b)"
              value={values.nondisclosure_citation}
              onChange={(e) => set('nondisclosure_citation', e.currentTarget.value)}
              disabled={!values.nondisclosure_basis}
            />
          </SimpleGrid>
        </Block>

        <Block title="Notes">
          <Stack gap="md">
            <Checkbox
              label="Emergency request (danger of death or serious physical injury is claimed)"
              checked={values.emergency}
              onChange={(e) => set('emergency', e.currentTarget.checked)}
            />
            <Textarea
              label="Summary"
              description="A sentence or two for the queue."
              autosize
              minRows={2}
              value={values.summary}
              onChange={(e) => set('summary', e.currentTarget.value)}
            />
          </Stack>
        </Block>

        {error ? <ErrorAlert error={error} title="The demand was not recorded" /> : null}
        {submitted && Object.keys(errors).length > 0 && (
          <Text c="red.9" size="sm" role="alert">
            Some fields need attention before the demand can be recorded.
          </Text>
        )}

        <Group justify="flex-end" gap="sm">
          <Button component={Link} to="/" variant="default">
            Cancel
          </Button>
          <Button type="submit" loading={pending} size="md">
            Record demand
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

function Block({
  title,
  description,
  children,
}: {
  title: string
  description?: string
  children: ReactNode
}) {
  const id = `block-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`
  return (
    <Paper component="section" aria-labelledby={id}>
      <Title order={2} id={id}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed" mt={2}>
          {description}
        </Text>
      )}
      <div style={{ marginTop: 16 }}>{children}</div>
    </Paper>
  )
}

function focusFirstError() {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>('[aria-invalid="true"], [data-error-field]')
    el?.focus()
  })
}
