/** Recorded facts in words, for the timeline ("Signed by the issuing official: Yes"). */
import { humanize } from '../../components/format'
import { IP_SCOPE_OPTIONS, NOTICE_EXCEPTION_OPTIONS, VERIFICATION_OPTIONS } from './factsModel'

export const FACT_LABELS: Record<string, string> = {
  sender_email_domain: 'Sender email domain',
  sender_domain_is_government: 'Sender domain is a government domain',
  sender_domain_matches_authority: 'Sender domain belongs to the authority',
  first_seen_requester: 'First request from this requester',
  verification: 'Out-of-band verification',
  document_signed: 'Signed by the issuing official',
  on_letterhead: 'On letterhead',
  non_editable_format: 'Non-editable format',
  all_records_phrasing: '“All records regarding” phrasing',
  ip_request_scope: 'IP addresses asked for',
  requested_data_public: 'Requested data is public',
  addressed_to_correct_entity: 'Addressed to the right entity',
  evident_purpose: 'Evident purpose',
  purpose_within_statute: 'Purpose within the statute',
  issuer_rank_sufficient: 'Signatory’s rank allowed by the statute',
  foreign_route: 'Foreign route',
  target_country: 'Target’s country',
  harassment_signs: 'Signs of harassment',
  notice_exception: 'Notice exception',
}

const label = (options: { value: string; label: string }[], value: string) =>
  options.find((o) => o.value === value)?.label ?? humanize(value)

export function factLabel(key: string): string {
  return FACT_LABELS[key] ?? humanize(key)
}

export function formatFact(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'Unknown'
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (key === 'ip_request_scope' && typeof value === 'string') return label(IP_SCOPE_OPTIONS, value)
  if (key === 'notice_exception' && typeof value === 'string') return label(NOTICE_EXCEPTION_OPTIONS, value)
  if (key === 'verification' && typeof value === 'object') {
    const v = value as { status?: string; method?: string | null; by?: string | null }
    const status = v.status ? label(VERIFICATION_OPTIONS, v.status).split(':')[0]! : 'Unknown'
    return [status, v.method, v.by ? `by ${v.by}` : null].filter(Boolean).join(' · ')
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => `${humanize(k)}: ${formatFact(k, v)}`)
      .join('; ')
  }
  return String(value)
}
