import { Alert, Button, Group, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { isApiError } from '../../api/client'
import { useQueueNotice } from '../../api/queries'
import type { DemandDetail, NoticeLanguage } from '../../api/types'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDate, formatDateTime } from '../../components/format'
import { ToneBadge } from '../../components/StateBadge'
import { TONES } from '../../components/tones'
import { NOTICE_TONES, noticeHeadline, noticeReason } from '../assessment/labels'
import { Section } from '../demand/Section'
import { useCanAct } from '../demand/staffNames'
import {
  defaultRespondOn,
  languageLabel,
  localToday,
  looksLikeEmail,
  NOTICE_LANGUAGES,
  queuedNotices,
  recordedNotices,
  type QueuedNotice,
} from './noticeModel'

/**
 * Telling the account holder: what the assessment decided (now, later, or not at all), the
 * notices already queued and whether they went out, and the form that queues one. Custodian
 * sends it by e-mail with a copy of the demand attached; the worker records the Message-ID.
 */
export function NoticePanel({ demand }: { demand: DemandDetail }) {
  const canAct = useCanAct()
  const notice = demand.assessment?.notice
  const notices = queuedNotices(demand.timeline, demand.assessment)
  const byHand = recordedNotices(demand.timeline)
  const [formOpen, setFormOpen] = useState(false)
  const [queuedTo, setQueuedTo] = useState<string | null>(null)
  const closed = demand.state === 'closed'
  const barred = notice?.decision === 'no_notice'
  const showForm = canAct && !closed && !barred && (notices.length === 0 || formOpen)

  return (
    <Section id="notice-heading" title="Notify the user">
      <Stack gap="md">
        {notice ? (
          <div
            className="verdict"
            style={{ borderColor: TONES[NOTICE_TONES[notice.decision] ?? 'gray'].border }}
            data-testid="notify-decision"
          >
            <Text fw={700} c={TONES[NOTICE_TONES[notice.decision] ?? 'gray'].fg}>
              {noticeHeadline(notice, formatDate)}
            </Text>
            {noticeReason(notice) && (
              <Text size="sm" fw={500} mt={2}>
                {noticeReason(notice)}
              </Text>
            )}
            <Text size="sm" mt={2}>
              {notice.explanation}
            </Text>
          </div>
        ) : (
          <Text size="sm" c="dimmed">
            The notice decision appears once the demand has been assessed.
          </Text>
        )}

        {notices.length > 0 && (
          <Stack gap="sm" data-testid="notices">
            {notices.map((n) => (
              <NoticeItem key={n.notice_key} notice={n} />
            ))}
          </Stack>
        )}
        {byHand.map((e) => (
          <Text key={e.seq} size="sm" data-testid="notice-by-hand">
            Recorded as notified{' '}
            {typeof e.payload.channel === 'string' ? `by ${e.payload.channel.replace('_', ' ')}` : ''}
            {typeof e.payload.recipient === 'string' && e.payload.recipient
              ? ` (${e.payload.recipient})`
              : ''}{' '}
            on {formatDate(e.occurred_at)}, by {e.actor_name ?? e.actor}.
          </Text>
        ))}

        {barred && (
          <Text size="sm" data-testid="notice-barred">
            {notice?.reason === 'binding_nondisclosure'
              ? 'No notice can be sent while the order stands. If it is lifted or gets an end date, correct the nondisclosure under Actions: the decision above follows.'
              : 'Custodian sends no notice while the decision is “No notice to the user”. If the facts change, correct them under Actions: the decision above follows.'}
          </Text>
        )}
        {closed && !barred && (
          <Text size="sm" c="dimmed">
            The matter is closed: reopen it to send a notice.
          </Text>
        )}
        {!canAct && !closed && !barred && (
          <Text size="sm" c="dimmed">
            Only legal staff and administrators can send notices.
          </Text>
        )}
        {canAct && !closed && !barred && notices.length > 0 && !formOpen && (
          <div>
            <Button variant="default" onClick={() => setFormOpen(true)}>
              Notify another address
            </Button>
          </div>
        )}
        {showForm && (
          <NoticeForm
            demand={demand}
            delayed={notice?.decision === 'delay_until' ? (notice.until ?? null) : null}
            onStart={() => setQueuedTo(null)}
            onDone={(to) => {
              setQueuedTo(to)
              setFormOpen(false)
            }}
            onCancel={notices.length > 0 ? () => setFormOpen(false) : null}
          />
        )}
        <Text size="sm" c="#1b5e2e" role="status" aria-live="polite" fw={queuedTo ? 600 : 400}>
          {queuedTo ? `Notice to ${queuedTo} queued.` : ''}
        </Text>
      </Stack>
    </Section>
  )
}

function NoticeItem({ notice: n }: { notice: QueuedNotice }) {
  const s = n.status
  return (
    <article
      className="notice-item"
      data-testid="notice-item"
      data-status={s.kind}
      aria-label={`Notice to ${n.recipient}`}
    >
      <Group gap={8} wrap="wrap" justify="space-between">
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          To {n.recipient}
        </Text>
        <StatusBadge notice={n} />
      </Group>
      <Text size="sm" mt={4} data-testid="notice-status">
        {s.kind === 'sent' && (
          <>
            Sent {formatDateTime(s.at)}
            {s.message_id ? (
              <>
                {' '}
                · Message-ID{' '}
                <Text
                  span
                  ff="monospace"
                  size="xs"
                  style={{ overflowWrap: 'anywhere' }}
                  data-testid="notice-message-id"
                >
                  {s.message_id}
                </Text>
              </>
            ) : null}
          </>
        )}
        {s.kind === 'scheduled' && (
          <>
            Scheduled for {formatDate(s.until)}
            {s.reason ? `: ${s.reason}` : ''}
          </>
        )}
        {s.kind === 'held' && <>Held back: {s.reason}</>}
        {s.kind === 'sending' && <>Queued {formatDateTime(n.queued_at)}; sending now…</>}
        {s.kind === 'stalled' && (
          <>
            Queued {formatDateTime(n.queued_at)} and not sent yet. Custodian keeps trying; if it stays like
            this, ask an administrator to check the mail settings (CUSTODIAN_SMTP_URL) and the server log.
          </>
        )}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {languageLabel(n.language)}
        {n.respond_on ? ` · says we respond on or after ${formatDate(n.respond_on)}` : ''} · queued by{' '}
        {n.queued_by}
      </Text>
      <details className="disclosure" style={{ marginTop: 6 }}>
        <summary>
          <Text span size="sm">
            Read the notice: {n.subject}
          </Text>
        </summary>
        <Text size="sm" mt={6} className="notice-text">
          {n.text}
        </Text>
        <Text size="xs" c="dimmed" mt={4}>
          A copy of the demand is attached to the e-mail.
        </Text>
      </details>
    </article>
  )
}

function StatusBadge({ notice: n }: { notice: QueuedNotice }) {
  switch (n.status.kind) {
    case 'sent':
      return <ToneBadge tone="green">Sent</ToneBadge>
    case 'scheduled':
      return <ToneBadge tone="amber">Scheduled</ToneBadge>
    case 'held':
      return <ToneBadge tone="red">Held back</ToneBadge>
    case 'stalled':
      return <ToneBadge tone="red">Not sent yet</ToneBadge>
    default:
      return <ToneBadge tone="blue">Sending</ToneBadge>
  }
}

function NoticeForm({
  demand,
  delayed,
  onStart,
  onDone,
  onCancel,
}: {
  demand: DemandDetail
  /** The date a lawful delay ends, when the notice must wait for it. */
  delayed: string | null
  onStart: () => void
  onDone: (recipient: string) => void
  onCancel: (() => void) | null
}) {
  const queue = useQueueNotice(demand.id)
  const [recipient, setRecipient] = useState('')
  const [language, setLanguage] = useState<NoticeLanguage>('en')
  const [respondOn, setRespondOn] = useState(() => defaultRespondOn(demand.fields.due_at))
  const [problem, setProblem] = useState<string | null>(null)
  const past = respondOn !== '' && respondOn < localToday()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onStart()
    if (!looksLikeEmail(recipient)) return setProblem('Give the e-mail address of the account holder.')
    setProblem(null)
    queue.mutate(
      { recipient: recipient.trim(), language, ...(respondOn ? { respond_on: respondOn } : {}) },
      {
        onSuccess: () => {
          onDone(recipient.trim())
          setRecipient('')
        },
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="notice-form-title">
      <Stack gap="sm">
        <Title order={3} id="notice-form-title" fz="sm" c="dark.6">
          {delayed ? `Schedule the notice for ${formatDate(delayed)}` : 'Send the notice'}
        </Title>
        <TextInput
          label="Recipient e-mail"
          description="The account holder's address on record."
          type="email"
          autoComplete="off"
          required
          value={recipient}
          onChange={(e) => {
            setProblem(null)
            setRecipient(e.currentTarget.value)
          }}
          error={problem ?? undefined}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Radio.Group label="Language" value={language} onChange={(v) => setLanguage(v as NoticeLanguage)}>
            <Group gap="md" mt={6}>
              {NOTICE_LANGUAGES.map((l) => (
                <Radio key={l.value} value={l.value} label={l.label} />
              ))}
            </Group>
          </Radio.Group>
          <TextInput
            label="We respond on or after"
            description="The user's time to object; the due date unless you choose another."
            type="date"
            value={respondOn}
            onChange={(e) => setRespondOn(e.currentTarget.value)}
          />
        </SimpleGrid>
        {past && (
          <Text size="sm" c="#7f3505" role="note" data-testid="respond-on-past">
            {formatDate(respondOn)} has passed: the user would have no time to act. Choose a later date.
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {delayed
            ? `Custodian will e-mail the notice on ${formatDate(delayed)}, when the lawful basis for delay ends, with a copy of the demand attached.`
            : 'Custodian e-mails the notice now, with a copy of the demand attached. It never asks for a password and contains no links.'}
        </Text>
        {queue.error ? <NoticeError error={queue.error} /> : null}
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={queue.isPending}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={queue.isPending}>
            {delayed ? 'Schedule the notice' : 'Send the notice'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** The two refusals a lawyer must understand, in words; anything else as a problem. */
function NoticeError({ error }: { error: unknown }) {
  if (isApiError(error) && error.code === 'NOTICE_BARRED') {
    return (
      <Alert
        color="red"
        variant="light"
        role="alert"
        title="Notice is barred"
        styles={{ title: { color: 'var(--mantine-color-red-9)' } }}
      >
        <Text size="sm">
          {error.detail ?? 'A binding nondisclosure obligation forbids telling the user.'}
        </Text>
        <Text size="sm" mt={4}>
          Nothing was sent. The page now shows the current decision; record an end date or the lifting of the
          order to notify later.
        </Text>
      </Alert>
    )
  }
  if (isApiError(error) && error.code === 'MAIL_NOT_CONFIGURED') {
    return (
      <Alert
        color="orange"
        variant="light"
        role="alert"
        title="Outgoing mail is not set up"
        styles={{ title: { color: '#7f3505' } }}
      >
        <Text size="sm">
          Custodian cannot send e-mail until an administrator sets CUSTODIAN_SMTP_URL and restarts it. Nothing
          was queued.
        </Text>
        <Text size="sm" mt={4}>
          Meanwhile, notify the user another way and record it with “Record user notified” under Actions.
        </Text>
      </Alert>
    )
  }
  return <ErrorAlert error={error} title="The notice was not queued" />
}
