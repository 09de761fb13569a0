import type { NewDemandFields, Target } from '../../api/types'
import { localInputToIso } from '../../components/format'

export type TargetRow = Target & { key: number }

export type FormValues = {
  source: 'paste' | 'file'
  text: string
  file: File | null
  instrument_type: string
  authority_name: string
  authority_kind: string
  authority_jurisdiction: string
  reference: string
  channel: string
  date_issued: string
  served_at: string
  due_at: string
  statutes: string
  stated_purpose: string
  data_categories: string[]
  targets: TargetRow[]
  nondisclosure_basis: string
  nondisclosure_expires_on: string
  nondisclosure_citation: string
  emergency: boolean
  summary: string
}

export const EMPTY: FormValues = {
  source: 'paste',
  text: '',
  file: null,
  instrument_type: '',
  authority_name: '',
  authority_kind: '',
  authority_jurisdiction: '',
  reference: '',
  channel: '',
  date_issued: '',
  served_at: '',
  due_at: '',
  statutes: '',
  stated_purpose: '',
  data_categories: [],
  targets: [],
  nondisclosure_basis: '',
  nondisclosure_expires_on: '',
  nondisclosure_citation: '',
  emergency: false,
  summary: '',
}

export type Errors = Partial<Record<'instrument_type' | 'authority_name' | 'file' | 'targets', string>>

export function validate(v: FormValues): Errors {
  const errors: Errors = {}
  if (!v.instrument_type) errors.instrument_type = 'Choose the kind of instrument'
  if (!v.authority_name.trim()) errors.authority_name = 'Name the authority that issued the demand'
  if (v.source === 'file' && !v.file) errors.file = 'Choose the file to upload'
  if (v.targets.some((t) => !t.identifier.trim()))
    errors.targets = 'Every target needs an identifier (or remove the empty row)'
  return errors
}

const orNull = (s: string) => (s.trim() ? s.trim() : null)

/** The form's values as the API's `fields` object (only what was filled in). */
export function toFields(v: FormValues): NewDemandFields {
  const fields: NewDemandFields = {
    instrument_type: v.instrument_type,
    issuing_authority: {
      name: v.authority_name.trim(),
      ...(v.authority_kind ? { kind: v.authority_kind } : {}),
      jurisdiction: orNull(v.authority_jurisdiction),
    },
    reference: orNull(v.reference),
    statutes_cited: v.statutes
      .split(/[\n;]+/)
      .map((s) => s.trim())
      .filter(Boolean),
    targets: v.targets.map(({ identifier, kind, speech_profile, pseudonymous }) => ({
      identifier: identifier.trim(),
      kind,
      speech_profile,
      pseudonymous,
    })),
    data_categories_requested: v.data_categories,
    date_issued: orNull(v.date_issued),
    served_at: localInputToIso(v.served_at),
    due_at: localInputToIso(v.due_at),
    stated_purpose: orNull(v.stated_purpose),
    nondisclosure: v.nondisclosure_basis
      ? {
          basis: v.nondisclosure_basis,
          expires_on: orNull(v.nondisclosure_expires_on),
          citation: orNull(v.nondisclosure_citation),
        }
      : null,
    emergency: v.emergency,
    summary: orNull(v.summary),
  }
  return fields
}
