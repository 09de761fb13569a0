/**
 * Queue the notice to the affected user. Notice is the default; it is delayed only on a lawful
 * basis (the assessment's notice decision: a court order or statute with an end date, an
 * emergency) and then sent automatically when that basis ends; it is refused while a binding gag
 * with no end applies. The notice and its delivery job are committed together with the event.
 */
import { NOTICE_LANGUAGES, type NoticeLanguage } from '../../core/notice/notice-templates.js'
import { composeUserNotice } from '../../core/notice/user-notice.js'
import { domainError, type DomainError } from '../../core/errors.js'
import { err, type Result } from '../../core/result.js'
import { assessDemand } from '../assessment/assess-demand.js'
import { getDemand } from '../demands/get-demand.js'
import type { Clock, DemandRecord, DemandStore, NoticeTemplateStore, PolicyStore } from '../ports.js'
import { templateFor } from './notice-templates.js'

export type QueueUserNoticeInput = {
  demand_id: string
  recipient: string
  language?: string
  /** Date on or after which the operator will respond; default: the due date, or 14 days from now. */
  respond_on?: string | null
  actor: string
}

export type NoticeDeps = {
  store: DemandStore
  policies: PolicyStore
  templates: NoticeTemplateStore
  clock: Clock
  organisation: string
  counselHelp: string
}

export async function queueUserNotice(deps: NoticeDeps, input: QueueUserNoticeInput): Promise<Result<DemandRecord, DomainError>> {
  const found = await getDemand(deps, input.demand_id)
  if (!found.ok) return found
  const { record } = found.value
  const language = (input.language ?? 'en') as NoticeLanguage
  if (!NOTICE_LANGUAGES.includes(language)) {
    return err(domainError('VALIDATION_FAILED', `Notices are available in ${NOTICE_LANGUAGES.join(', ')}.`))
  }

  const { notice } = await assessDemand(deps, record.view)
  const now = deps.clock.now()
  if (notice.decision === 'no_notice') {
    return err(domainError('NOTICE_BARRED', `The user cannot be notified: ${notice.explanation}`, { reason: notice.reason }))
  }
  const sendAt = notice.decision === 'delay_until' ? new Date(`${notice.until}T00:00:00Z`) : now
  // The user needs time to find counsel and move to quash: never a date already past. By default,
  // the due date or two weeks from now, whichever is later.
  const today = now.toISOString().slice(0, 10)
  const twoWeeks = new Date(now.getTime() + 14 * 86_400_000).toISOString().slice(0, 10)
  const due = record.view.fields.due_at?.slice(0, 10) ?? null
  const respondOn = input.respond_on ?? (due && due > twoWeeks ? due : twoWeeks)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(respondOn) || respondOn < today) {
    return err(domainError('VALIDATION_FAILED', `The respond-on date (${respondOn}) must be a date from today on: the user needs time to act before we respond.`))
  }

  const composed = composeUserNotice({
    fields: record.view.fields,
    reference: record.reference,
    organisation: deps.organisation,
    respond_on: respondOn,
    counsel_help: deps.counselHelp,
    language,
    template: await templateFor(deps, language),
  })
  const noticeKey = `notice:${record.id}:${record.version + 1}`
  return deps.store.commit({
    demandId: record.id,
    expectedVersion: record.version,
    events: [
      {
        type: 'user_notice_queued',
        payload: {
          notice_key: noticeKey,
          recipient: input.recipient,
          language,
          respond_on: respondOn,
          subject: composed.subject,
          text: composed.text,
          send_at: sendAt.toISOString(),
          delay_reason: notice.decision === 'delay_until' ? notice.explanation : null,
        },
        occurred_at: now.toISOString(),
        actor: input.actor,
      },
    ],
    effects: [{ kind: 'user_notice', key: noticeKey, payload: { demand_id: record.id, notice_key: noticeKey }, run_at: sendAt.toISOString() }],
    recordedAt: now.toISOString(),
  })
}
