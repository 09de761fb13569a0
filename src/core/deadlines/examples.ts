/**
 * Demand views for the clock tests: a typical served subpoena, overridden per case. Plain data,
 * like rules/examples.ts, so tests in both files build demands the same way.
 */
import type { DemandFields } from '../demand/index.js'
import type { DemandExtras } from '../rules/facts.js'
import { startDemand, type DemandView } from '../workflow/fold.js'
import { clocksFor } from './clocks.js'
import type { ClockFlag, ClockKind, ClockStatus, DemandClock } from './types.js'

export const SERVED = '2024-05-02T14:00:00.000Z'

export function fields(partial: Partial<DemandFields> = {}): DemandFields {
  return {
    instrument_type: 'grand_jury_subpoena',
    issuing_authority: {
      name: 'Grand Jury, U.S. District Court',
      kind: 'grand_jury',
      jurisdiction: 'US-federal',
    },
    reference: null,
    statutes_cited: ['Fed. R. Crim. P. 17'],
    targets: [{ identifier: '1000001', kind: 'account_id', speech_profile: 'other', pseudonymous: false }],
    data_categories_requested: ['subscriber_identity'],
    date_range: null,
    date_issued: '2024-05-01',
    served_at: SERVED,
    due_at: null,
    stated_purpose: null,
    nondisclosure: null,
    emergency: false,
    summary: null,
    ...partial,
  }
}

export function view(
  partial: Partial<DemandFields> = {},
  extras: DemandExtras = {},
  patch: Partial<DemandView> = {},
): DemandView {
  const started = startDemand({
    type: 'demand_received',
    payload: { fields: fields(partial), channel: 'portal' },
    occurred_at: patch.received_at ?? '2024-05-02T15:00:00.000Z',
    actor: 'test',
  })
  if (!started.ok) throw new Error(started.error.message)
  return { ...started.value, extras, ...patch }
}

export type Expect = {
  kind: ClockKind
  due_at: string
  remind_at?: string[]
  status?: ClockStatus
  flags?: ClockFlag[]
  confidence?: 'confirmed' | 'secondary'
}

export type ClockCase = { name: string; view: DemandView; now: string; expect: Expect[] }

export const preservation = (
  extras: DemandExtras = {},
  patch: Partial<DemandView> = {},
  authority = 'federal_agency' as const,
) =>
  view(
    {
      instrument_type: 'preservation_request',
      issuing_authority: { name: 'FBI', kind: authority, jurisdiction: 'US-federal' },
      statutes_cited: ['18 U.S.C. § 2703(f)'],
    },
    extras,
    patch,
  )

export const epoc = (
  order: 'epoc' | 'epoc_pr',
  extra: { emergency?: boolean } = {},
  served = '2026-09-01T10:00:00.000Z',
  extras: DemandExtras = {},
) =>
  view(
    {
      instrument_type: 'foreign_order',
      issuing_authority: { name: 'Parquet de Paris', kind: 'eu_authority', jurisdiction: 'FR' },
      served_at: served,
    },
    { e_evidence: { order, issuer_role: 'judge', ...extra }, ...extras },
    { received_at: served },
  )

export const warrantAbroad = (extras: DemandExtras, patch: Partial<DemandView> = {}) =>
  view(
    {
      instrument_type: 'search_warrant',
      issuing_authority: { name: 'U.S. District Court', kind: 'court', jurisdiction: 'US-federal' },
    },
    { target_is_us_person: false, target_country: 'GB', ...extras },
    patch,
  )

export const gagged = (
  basis: 'court_order' | 'statute' | 'request',
  expires_on: string | null,
  instrument: DemandFields['instrument_type'] = 'court_order_2703d',
  extras: DemandExtras = {},
  patch: Partial<DemandView> = {},
) =>
  view({ instrument_type: instrument, nondisclosure: { basis, expires_on, citation: null } }, extras, patch)

/** Compare the clocks of a case with what it expects; fields left out of an expectation are not checked. */
export function clockMismatches(c: ClockCase): string[] {
  const clocks: DemandClock[] = clocksFor(c.view, c.now)
  const problems: string[] = []
  const got = clocks.map((k) => `${k.kind}@${k.due_at}`).join(', ')
  const want = c.expect.map((e) => `${e.kind}@${e.due_at}`).join(', ')
  if (got !== want) return [`clocks: got [${got}], expected [${want}]`]
  for (const [i, e] of c.expect.entries()) {
    const k = clocks[i]!
    if (e.remind_at && JSON.stringify(k.remind_at) !== JSON.stringify(e.remind_at))
      problems.push(`${k.kind} remind_at: got ${JSON.stringify(k.remind_at)}`)
    if (e.status && k.status !== e.status)
      problems.push(`${k.kind} status: got ${k.status}, expected ${e.status}`)
    if (e.flags && JSON.stringify(k.flags) !== JSON.stringify(e.flags))
      problems.push(`${k.kind} flags: got ${JSON.stringify(k.flags)}`)
    if (e.confidence && k.confidence !== e.confidence)
      problems.push(`${k.kind} confidence: got ${k.confidence}`)
  }
  return problems
}
