/**
 * "Correct fields" as data: the demand's fields as form values (the New demand form's, plus the
 * office, signatory and date range), and back, keeping only the fields that changed.
 */
import type { DemandFields, NewDemandFields } from '../../api/types'
import { EMPTY, toFields, validate, type Errors, type FormValues } from '../new-demand/formModel'

export type CorrectionValues = FormValues & {
  authority_office: string
  authority_signatory: string
  date_from: string
  date_to: string
}

const pad = (n: number) => String(n).padStart(2, '0')

/** An instant as a `datetime-local` value in the browser's time zone ("2017-03-13T11:45"). */
export function isoToLocalInput(value: string | null | undefined): string {
  if (!value) return ''
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return ''
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export function valuesFromFields(f: DemandFields): CorrectionValues {
  const a = f.issuing_authority
  return {
    ...EMPTY,
    instrument_type: f.instrument_type,
    authority_name: a.name,
    authority_kind: a.kind ?? '',
    authority_jurisdiction: a.jurisdiction ?? '',
    authority_office: a.office ?? '',
    authority_signatory: a.signatory ?? '',
    reference: f.reference ?? '',
    date_issued: f.date_issued ?? '',
    served_at: isoToLocalInput(f.served_at),
    due_at: isoToLocalInput(f.due_at),
    date_from: f.date_range?.from ?? '',
    date_to: f.date_range?.to ?? '',
    statutes: f.statutes_cited.join('\n'),
    stated_purpose: f.stated_purpose ?? '',
    data_categories: [...f.data_categories_requested],
    // Negative keys never meet the editor's own counter.
    targets: f.targets.map((t, i) => ({ ...t, key: -(i + 1) })),
    nondisclosure_basis: f.nondisclosure?.basis ?? '',
    nondisclosure_expires_on: f.nondisclosure?.expires_on ?? '',
    nondisclosure_citation: f.nondisclosure?.citation ?? '',
    emergency: f.emergency,
    summary: f.summary ?? '',
  }
}

const orNull = (s: string) => (s.trim() ? s.trim() : null)

function toCorrectedFields(v: CorrectionValues): NewDemandFields {
  const base = toFields(v)
  return {
    ...base,
    issuing_authority: {
      ...base.issuing_authority,
      kind: v.authority_kind || 'other',
      office: orNull(v.authority_office),
      signatory: orNull(v.authority_signatory),
    },
    date_range: v.date_from || v.date_to ? { from: orNull(v.date_from), to: orNull(v.date_to) } : null,
  }
}

export function validateCorrection(v: CorrectionValues): Errors {
  return validate({ ...v, source: 'paste' })
}

/**
 * The fields whose value changed, whole (the server replaces a field, so a changed authority is
 * sent with its office and signatory). Both sides pass through the same conversion, so a date
 * shown to the minute never counts as a change by itself.
 */
export function changedFields(edited: CorrectionValues, initial: CorrectionValues): Partial<NewDemandFields> {
  const before = toCorrectedFields(initial) as Record<string, unknown>
  const after = toCorrectedFields(edited) as Record<string, unknown>
  const changes: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(value ?? null) !== JSON.stringify(before[key] ?? null)) changes[key] = value
  }
  return changes as Partial<NewDemandFields>
}
