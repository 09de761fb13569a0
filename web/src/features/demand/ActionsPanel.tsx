import { Button, Modal, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { isApiError } from '../../api/client'
import { useAddEvent, useSession, useStaff } from '../../api/queries'
import type { DemandDetail, Meta, NewEventBody } from '../../api/types'
import { labelOf } from '../../components/format'
import { FactsForm } from '../assessment/FactsForm'
import { CorrectFieldsForm } from './CorrectFieldsForm'
import { EventForm } from './EventForm'
import { Section } from './Section'
import { nameStaff } from './staffNames'

/** Verbs for the buttons; the timeline uses the server's past-tense labels. */
const ACTION_VERBS: Record<string, string> = {
  triage_started: 'Start triage',
  sent_to_legal_review: 'Send to legal review',
  clarification_requested: 'Ask the issuer to clarify',
  clarification_received: 'Record clarification received',
  objection_sent: 'Record objection sent',
  litigation_filed: 'Record litigation filed',
  production_prepared: 'Prepare production for approval',
  production_approved: 'Approve production',
  demand_assigned: 'Assign',
  court_enforced: 'Record court ordered compliance',
  court_modified: 'Record court modified the demand',
  court_quashed: 'Record court quashed the demand',
  production_started: 'Start production',
  production_delivered: 'Record production delivered',
  demand_rejected: 'Reject the demand',
  demand_withdrawn: 'Record withdrawal by issuer',
  demand_closed: 'Close the matter',
  demand_reopened: 'Reopen the matter',
  note_added: 'Add a note',
  user_notified: 'Record user notified',
  litigation_dismissed: 'Record litigation dismissed',
  fields_corrected: 'Correct fields',
  facts_recorded: 'Record facts for review',
  document_attached: 'Attach a document',
}

/**
 * Events that annotate the demand without moving it, when /api/meta does not say (it sends each
 * event type's `kind`; this mirrors the RECORDS table in src/core).
 */
const RECORD_EVENTS = new Set([
  'note_added',
  'user_notified',
  'fields_corrected',
  'facts_recorded',
  'document_attached',
  'fields_read',
  'litigation_dismissed',
  'production_prepared',
  'demand_assigned',
  'user_notice_queued',
  'letter_drafted',
])
/** Events with a form of their own in the UI, offered first among the records. */
const OWN_FORMS = ['facts_recorded', 'fields_corrected']
/** Events whose payload no simple form can carry; offered only when the server sends a form for them. */
const NEEDS_OWN_FORM = new Set(['document_attached', 'fields_read', 'user_notice_queued', 'letter_drafted'])

export function ActionsPanel({ demand, meta }: { demand: DemandDetail; meta: Meta | undefined }) {
  const [open, setOpen] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const addEvent = useAddEvent(demand.id)
  const session = useSession()
  const staff = useStaff()
  const forms = meta?.event_forms ?? {}
  const kinds = new Map((meta?.event_types ?? []).map((t) => [t.value, t.kind]))
  const isRecord = (t: string) => (kinds.get(t) ? kinds.get(t) === 'record' : RECORD_EVENTS.has(t))
  const ownForm = (t: string) => OWN_FORMS.includes(t)

  const available = demand.allowed_events.filter(
    (t) => ownForm(t) || forms[t] !== undefined || !NEEDS_OWN_FORM.has(t),
  )
  const moves = available.filter((t) => !isRecord(t))
  const records = [
    ...OWN_FORMS.filter((t) => available.includes(t)),
    ...available.filter((t) => isRecord(t) && !ownForm(t)),
  ]
  const verb = (t: string) => ACTION_VERBS[t] ?? labelOf(meta?.event_types, t)

  const submit = (body: NewEventBody) =>
    addEvent.mutate(body, {
      onSuccess: () => {
        setDone(body.type)
        setOpen(null)
      },
    })

  const start = (t: string) => {
    addEvent.reset()
    setDone(null)
    setOpen(t)
  }

  return (
    <Section id="actions-heading" title="Actions">
      <Stack gap="md">
        {available.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing can be recorded on this demand in its current state.
          </Text>
        )}
        {moves.length > 0 && (
          <div>
            <Title order={3} size="sm" c="dimmed" fw={600} mb={8}>
              Move the demand
            </Title>
            <Stack gap={8}>
              {moves.map((t) => (
                <Button
                  key={t}
                  variant={t === moves[0] ? 'filled' : 'default'}
                  justify="flex-start"
                  onClick={() => start(t)}
                >
                  {verb(t)}
                </Button>
              ))}
            </Stack>
          </div>
        )}
        {records.length > 0 && (
          <div>
            <Title order={3} size="sm" c="dimmed" fw={600} mb={8}>
              Record without moving
            </Title>
            <Stack gap={8}>
              {records.map((t) => (
                <Button key={t} variant="subtle" justify="flex-start" onClick={() => start(t)}>
                  {verb(t)}
                </Button>
              ))}
            </Stack>
          </div>
        )}
        <Text size="sm" c="#1b5e2e" role="status" aria-live="polite" fw={done ? 600 : 400}>
          {done ? `Recorded: ${labelOf(meta?.event_types, done)}.` : ''}
        </Text>
      </Stack>

      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open ? verb(open) : ''}
        size={open && ownForm(open) ? 'xl' : 'lg'}
        centered
        styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        {open === 'facts_recorded' && (
          <FactsForm
            timeline={demand.timeline}
            userName={session.data?.user.name || session.data?.user.email || ''}
            pending={addEvent.isPending}
            error={addEvent.error}
            onCancel={() => setOpen(null)}
            onSubmit={submit}
          />
        )}
        {open === 'fields_corrected' && (
          <CorrectFieldsForm
            fields={demand.fields}
            meta={meta}
            pending={addEvent.isPending}
            error={addEvent.error}
            onCancel={() => setOpen(null)}
            onSubmit={submit}
          />
        )}
        {open && !ownForm(open) && (
          <EventForm
            key={open}
            type={open}
            fields={forms[open] ?? []}
            submitLabel={verb(open)}
            pending={addEvent.isPending}
            error={addEvent.error}
            errorNote={
              transitionNote(addEvent.error, meta) ??
              twoPersonNote(addEvent.error, (id) => nameStaff(staff.data?.items, session.data?.user.id, id))
            }
            findings={demand.assessment?.findings}
            staff={staff.data?.items}
            onCancel={() => setOpen(null)}
            onSubmit={submit}
          />
        )}
      </Modal>
    </Section>
  )
}

/** The two-person rule, when an approval is refused: who prepared it, and what to do. */
function twoPersonNote(error: unknown, name: (id: string) => string): string | null {
  if (!isApiError(error) || error.code !== 'TWO_PERSON_RULE') return null
  const preparer = typeof error.problem.prepared_by === 'string' ? error.problem.prepared_by : null
  if (!preparer) {
    return 'Two-person rule: a production is approved only after someone records what it covers (“Prepare production for approval”), and by a different person.'
  }
  return `Two-person rule: ${name(preparer)} prepared this production, so a different person must approve it. Nothing was disclosed; ask a colleague to review the scope and approve it.`
}

/** A refused transition in the reader's words, with the labels rather than the codes. */
function transitionNote(error: unknown, meta: Meta | undefined): string | null {
  if (!isApiError(error) || error.code !== 'INVALID_TRANSITION') return null
  const state = typeof error.problem.state === 'string' ? labelOf(meta?.states, error.problem.state) : null
  const event =
    typeof error.problem.event === 'string' ? labelOf(meta?.event_types, error.problem.event) : null
  const where = state ? `The demand is now in the state “${state}”` : 'The demand has changed'
  const what = event ? `, where “${event}” cannot be recorded` : ''
  return `${where}${what}. The page has been refreshed: close this form and choose one of the actions offered.`
}
