/**
 * PROD: producing and record-keeping. Whatever the answer, only approved categories go out, to a
 * verified requester, through an authenticated channel, hashed and signed, and the decision is
 * logged with the rule ids that support it.
 */
import type { DemandFacts } from '../facts.js'
import { isEmergency, isUsProcess } from '../scope.js'
import type { Rule } from '../types.js'

/** A demand that may end in a production of user data. */
function mayProduce(f: DemandFacts): boolean {
  if (f.instrument_type === 'preservation_request' || f.instrument_type === 'takedown_demand') return false
  if (f.e_evidence?.order === 'epoc_pr') return false
  if (f.dsa_order?.article === 9) return false
  return f.data_categories_requested.length > 0
}

export const PROD_RULES: readonly Rule[] = [
  {
    id: 'PROD.DELIVERY.VERIFIED_RECIPIENT',
    family: 'PROD',
    kind: 'policy',
    title: 'Deliver only to a verified requester through an authenticated channel',
    citation: 'Google LERS (verified agencies, secure download, two-factor authentication)',
    confidence: 'confirmed',
    severity: 'medium',
    effect: 'decline',
    appliesTo: mayProduce,
    check: (f) => {
      const status = f.verification?.status
      if (status === 'verified') return { outcome: 'pass' }
      if (status === 'failed') return { outcome: 'fail', severity: 'critical' }
      return { outcome: 'needs_review' }
    },
    explanation: {
      pass: 'The requester is verified; a production can go to them through an authenticated channel.',
      fail: 'The requester failed verification: nothing may be delivered to them.',
      needs_review: 'The requester has not been verified, so there is nobody to deliver a production to yet.',
    },
    action: {
      pass: 'Deliver through the authenticated portal with an expiring link; audit downloads.',
      fail: 'Decline delivery.',
      needs_review: 'Verify the requester out of band before any delivery.',
    },
  },
  {
    id: 'PROD.INTEGRITY.HASH_AND_SIGN',
    family: 'PROD',
    kind: 'policy',
    title: 'Productions are hashed and signed; a records declaration is offered',
    citation:
      'X (electronically signed productions, declaration on request); Meta (self-authenticating records)',
    confidence: 'confirmed',
    severity: 'info',
    effect: 'note',
    appliesTo: mayProduce,
    check: () => ({ outcome: 'pass' }),
    explanation: {
      pass: 'Any production must contain only approved categories and be hashed and signed.',
      fail: 'Not applicable.',
      needs_review: 'Not applicable.',
    },
    action: {
      pass: 'Package only the approved categories, record the hash, sign, and offer a business-records declaration.',
      fail: 'None.',
      needs_review: 'None.',
    },
  },
  {
    id: 'PROD.COST.REIMBURSEMENT',
    family: 'PROD',
    kind: 'policy',
    title: 'Costs may be recovered, never in emergencies',
    citation: '18 U.S.C. § 2706 (cost reimbursement); GitHub cost schedule (no charge in emergencies)',
    confidence: 'confirmed',
    severity: 'info',
    effect: 'note',
    appliesTo: (f) => mayProduce(f) && isUsProcess(f) && !isEmergency(f),
    check: () => ({ outcome: 'pass' }),
    explanation: {
      pass: 'The provider may ask the government to reimburse the cost of searching and producing.',
      fail: 'Not applicable.',
      needs_review: 'Not applicable.',
    },
    action: {
      pass: "Apply the operator's cost schedule, if any.",
      fail: 'None.',
      needs_review: 'None.',
    },
  },
  {
    id: 'PROD.RECORD.DECISION_LOGGED',
    family: 'PROD',
    kind: 'policy',
    title: 'Every decision is logged with its rule ids and citations',
    citation:
      'Cloudflare ("we review every request for legal sufficiency"); Ranking Digital Rights P10a elements 4–6',
    confidence: 'confirmed',
    severity: 'info',
    effect: 'note',
    appliesTo: () => true,
    check: () => ({ outcome: 'pass' }),
    explanation: {
      pass: 'The findings, with their rule ids and citations, are the record of this decision for counsel and the transparency report.',
      fail: 'Not applicable.',
      needs_review: 'Not applicable.',
    },
    action: {
      pass: 'Store the evaluation with the decision event.',
      fail: 'None.',
      needs_review: 'None.',
    },
  },
]
