/** Where a demand stands. Derived from its events by `foldDemand`; never written directly. */
export const DEMAND_STATES = [
  'received',
  'triage',
  'legal_review',
  'awaiting_clarification',
  'objected',
  'in_litigation',
  'approved',
  'producing',
  'produced',
  'rejected',
  'withdrawn',
  'closed',
] as const

export type DemandState = (typeof DEMAND_STATES)[number]

export const STATE_LABELS: Record<DemandState, string> = {
  received: 'Received',
  triage: 'Triage',
  legal_review: 'Legal review',
  awaiting_clarification: 'Awaiting clarification',
  objected: 'Objected',
  in_litigation: 'In litigation',
  approved: 'Approved for production',
  producing: 'Producing',
  produced: 'Produced',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn by issuer',
  closed: 'Closed',
}

/** States in which nothing more is owed to the issuer (the demand is off the working queue). */
export const SETTLED_STATES: ReadonlySet<DemandState> = new Set(['produced', 'rejected', 'withdrawn', 'closed'])

export function isDemandState(value: unknown): value is DemandState {
  return typeof value === 'string' && (DEMAND_STATES as readonly string[]).includes(value)
}
