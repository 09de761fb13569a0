/**
 * Compose the notice to the affected user: what was asked, by whom, a copy of the process (the
 * caller attaches the documents), how to find counsel, and when the operator will respond.
 */
import { DATA_CATEGORY_LABELS } from '../demand/data-category.js'
import type { DemandFields } from '../demand/demand.js'
import { INSTRUMENT_LABELS } from '../demand/instrument.js'
import { SAFETY_PARAGRAPH, type NoticeLanguage, type NoticeTemplate } from './notice-templates.js'

export type UserNoticeInput = {
  fields: DemandFields
  reference: string
  organisation: string
  /** Calendar date on or after which the operator will respond to the issuer. */
  respond_on: string
  counsel_help: string
  language: NoticeLanguage
  template: NoticeTemplate
}

export type ComposedNotice = { subject: string; text: string }

export function composeUserNotice(input: UserNoticeInput): ComposedNotice {
  const f = input.fields
  const values: Record<string, string> = {
    organisation: input.organisation,
    reference: input.reference,
    authority: [f.issuing_authority.name, f.issuing_authority.office].filter(Boolean).join(', '),
    instrument: INSTRUMENT_LABELS[f.instrument_type],
    accounts: f.targets.map((t) => t.identifier).join(', ') || 'your account',
    categories: f.data_categories_requested.map((c) => DATA_CATEGORY_LABELS[c]).join('; ') || 'information about the account',
    date_issued: f.date_issued ?? 'an unstated date',
    respond_on: input.respond_on,
    counsel_help: input.counsel_help,
  }
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
  return {
    subject: fill(input.template.subject).replace(/\s+/g, ' ').trim(),
    text: `${fill(input.template.body).trim()}\n\n${SAFETY_PARAGRAPH[input.language]}\n`,
  }
}
