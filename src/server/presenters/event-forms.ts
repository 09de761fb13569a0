/**
 * What the UI asks for when a user records each event: a form description per event type,
 * kept beside the payload schemas' names so that the two cannot drift (a test checks it).
 */
import { DATA_CATEGORIES, DATA_CATEGORY_LABELS } from '../../core/demand/data-category.js'
import { OUTCOMES } from '../../core/demand/demand.js'
import type { DemandEventType } from '../../core/workflow/index.js'

export type FormField = {
  name: string
  label: string
  /** `multiselect` takes `options`; `findings` is a multi-choice of the demand's current findings (rule ids). */
  kind: 'text' | 'textarea' | 'date' | 'boolean' | 'select' | 'multiselect' | 'findings'
  required: boolean
  options?: { value: string; label: string }[]
}

const note: FormField = { name: 'note', label: 'Note (optional)', kind: 'textarea', required: false }
const sentence = (v: string) => v.charAt(0).toUpperCase() + v.slice(1).replaceAll('_', ' ')
const opt = (values: readonly string[]) => values.map((v) => ({ value: v, label: sentence(v) }))

export const EVENT_FORMS: Record<Exclude<DemandEventType, 'demand_received' | 'fields_corrected' | 'fields_read' | 'facts_recorded' | 'document_attached' | 'user_notice_queued' | 'letter_drafted'>, FormField[]> = {
  triage_started: [note],
  sent_to_legal_review: [note],
  clarification_requested: [{ name: 'question', label: 'What the issuer must clarify', kind: 'textarea', required: true }],
  clarification_received: [note],
  objection_sent: [
    { name: 'grounds', label: 'Grounds of the objection', kind: 'textarea', required: true },
    { name: 'finding_ids', label: 'Findings it rests on', kind: 'findings', required: true },
  ],
  litigation_filed: [
    { name: 'court', label: 'Court', kind: 'text', required: true },
    { name: 'case_number', label: 'Case number', kind: 'text', required: true },
    { name: 'filed_on', label: 'Filed on', kind: 'date', required: true },
    {
      name: 'posture',
      label: 'Posture',
      kind: 'select',
      required: true,
      options: opt(['platform_challenge', 'enforcement_action', 'motion_to_quash']),
    },
    note,
  ],
  production_approved: [note],
  court_enforced: [note],
  court_modified: [note],
  court_quashed: [note],
  production_started: [note],
  production_delivered: [note],
  demand_rejected: [
    { name: 'reason', label: 'Reason for rejecting', kind: 'textarea', required: true },
    { name: 'finding_ids', label: 'Findings it rests on', kind: 'findings', required: true },
  ],
  production_prepared: [
    { name: 'categories', label: 'Data categories to produce', kind: 'multiselect', required: true, options: DATA_CATEGORIES.map((c) => ({ value: c, label: DATA_CATEGORY_LABELS[c] })) },
    { name: 'finding_ids', label: 'Findings the scope rests on', kind: 'findings', required: false },
    note,
  ],
  demand_assigned: [{ name: 'assignee_id', label: 'Assign to', kind: 'select', required: false, options: [] }, note],
  demand_withdrawn: [note],
  demand_closed: [{ name: 'outcome', label: 'Outcome', kind: 'select', required: true, options: opt(OUTCOMES) }, note],
  demand_reopened: [{ name: 'reason', label: 'Why the demand is reopened', kind: 'textarea', required: true }],
  note_added: [{ name: 'text', label: 'Note', kind: 'textarea', required: true }],
  user_notified: [
    { name: 'channel', label: 'Channel', kind: 'select', required: true, options: opt(['email', 'in_app', 'postal', 'other']) },
    { name: 'recipient', label: 'Recipient', kind: 'text', required: false },
    note,
  ],
  litigation_dismissed: [
    { name: 'case_number', label: 'Case number', kind: 'text', required: true },
    { name: 'with_prejudice', label: 'Dismissed with prejudice', kind: 'boolean', required: true },
    note,
  ],
}
