/**
 * The worker's handler for a queued user notice. Idempotent: a notice already recorded as sent
 * is not sent again; the Message-ID comes from the notice key, so a retry after a crash between
 * sending and recording is recognisably the same message. Before sending it judges the demand
 * again: a gag recorded since the notice was queued holds it back (and reschedules it when the
 * gag has an end).
 */
import type { DemandEvent, EventPayload } from '../../core/workflow/index.js'
import { assessDemand } from '../assessment/assess-demand.js'
import type { Clock, DemandStore, Mailer, PolicyStore } from '../ports.js'

export type DeliveryOutcome = { status: 'sent'; message_id: string } | { status: 'already_sent' } | { status: 'held'; until: string | null; reason: string } | { status: 'missing' }

export async function deliverUserNotice(
  deps: { store: DemandStore; policies: PolicyStore; clock: Clock; mailer: Mailer },
  job: { demand_id: string; notice_key: string },
): Promise<DeliveryOutcome> {
  const [record, events] = await Promise.all([deps.store.get(job.demand_id), deps.store.events(job.demand_id)])
  if (!record) return { status: 'missing' }
  const queued = events.find((e) => e.type === 'user_notice_queued' && e.payload.notice_key === job.notice_key)
  if (!queued || queued.type !== 'user_notice_queued') return { status: 'missing' }
  if (events.some((e) => e.type === 'user_notified' && e.payload.notice_key === job.notice_key)) return { status: 'already_sent' }

  const { notice } = await assessDemand(deps, record.view)
  if (notice.decision === 'no_notice') return { status: 'held', until: null, reason: notice.explanation }
  if (notice.decision === 'delay_until' && notice.until > deps.clock.now().toISOString().slice(0, 10)) {
    return { status: 'held', until: notice.until, reason: notice.explanation }
  }

  const payload = queued.payload as EventPayload<'user_notice_queued'>
  // A copy of the process: the documents as served, never our own drafts (letters) or notes.
  const ours = new Set(events.flatMap((e) => (e.type === 'letter_drafted' ? (e.payload as { document_ids: string[] }).document_ids : [])))
  const documents = (await deps.store.documents(job.demand_id)).filter((d) => !ours.has(d.id))
  const attachments = []
  for (const d of documents) {
    const content = await deps.store.documentContent(d.id)
    if (content) attachments.push({ filename: d.filename, content: content.content, content_type: d.media_type })
  }
  const sent = await deps.mailer.send({ key: job.notice_key, to: payload.recipient, subject: payload.subject, text: payload.text, attachments })

  const now = deps.clock.now().toISOString()
  const notified: DemandEvent = {
    type: 'user_notified',
    payload: { channel: 'email', recipient: payload.recipient, note: null, notice_key: job.notice_key, message_id: sent.message_id },
    occurred_at: now,
    actor: 'system',
  }
  const committed = await deps.store.commit({ demandId: job.demand_id, events: [notified], recordedAt: now })
  // A demand closed meanwhile cannot take the record; the mail went out, so say so in a note instead.
  if (!committed.ok) {
    await deps.store.commit({
      demandId: job.demand_id,
      events: [{ type: 'note_added', payload: { text: `User notice ${job.notice_key} was sent to ${payload.recipient} (Message-ID ${sent.message_id}).` }, occurred_at: now, actor: 'system' }],
      recordedAt: now,
    })
  }
  return { status: 'sent', message_id: sent.message_id }
}
