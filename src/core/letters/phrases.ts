/**
 * The sentences a letter is made of, in the operator's voice: plain and firm. The rules'
 * explanations say what is wrong; their actions are written for staff ("refer to counsel"), so
 * what we ask of the issuer is worded here instead, by effect, with a few rules that say it
 * better in words of their own. Kept as data so counsel can review every sentence in one place.
 */
import type { Effect } from '../rules/index.js'

/** What we ask of the issuer for a failing finding, by the finding's effect. */
export const ASK_BY_EFFECT: Readonly<Record<Effect, string>> = {
  decline: 'For this reason we will not produce any records in response to the demand.',
  challenge:
    'We will not produce records on this point unless a court, having heard our objection, orders us to do so.',
  object:
    'We object on this ground and ask that you withdraw the demand or, if you maintain it, obtain an order from a court of competent jurisdiction.',
  clarify:
    'Please clarify this point in writing. Until you do, we cannot respond to the demand as it stands.',
  narrow:
    'Any response will be limited accordingly: we will not produce records that this process cannot lawfully reach.',
  note: 'We note this defect and reserve our position on it.',
}

const SECRECY = {
  topic: 'secrecy',
  ask: 'A request for secrecy is not a court order under 18 U.S.C. § 2705(b) and does not bind us. Unless a court orders otherwise, we will notify the affected user under our notice policy.',
}

/**
 * Rules whose point is better made in words of their own. `topic` merges findings that make the
 * same point (two rules both say a request for secrecy binds no one) into one paragraph.
 */
export const RULE_PHRASES: Readonly<Record<string, { ask: string; topic?: string }>> = {
  'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE': {
    ask: 'A summons that does not serve the statute under which it is issued is unenforceable. We ask that you withdraw it.',
  },
  'SPEECH.POLITICAL.NON_JUDICIAL_PROCESS': {
    ask: 'We will not identify the account holder voluntarily. We will consider disclosure only on the order of a court that has weighed the First Amendment rights of the speaker and of our users.',
  },
  'SPEECH.ANON.IDENTIFIES_SPEAKER': {
    ask: 'We will not identify an anonymous speaker unless a court, applying the test the First Amendment requires, orders us to do so.',
  },
  'US.SCA.SUBPOENA_REACHES_BSI_ONLY': {
    ask: 'At most, this process reaches the basic subscriber information listed in 18 U.S.C. § 2703(c)(2). Any other record requires a court order under 18 U.S.C. § 2703(d) or a search warrant.',
  },
  'US.SCA.CONTENT_NEEDS_WARRANT': {
    ask: 'We will not produce the contents of any communication without a search warrant.',
  },
  'US.SCA.CIVIL_NO_CONTENT': {
    ask: 'We will not produce the contents of any communication in response to civil process.',
  },
  'US.SCA.NON_CONTENT_NEEDS_2703D_ORDER': {
    ask: 'Please serve the compulsory process the law requires; we will not produce these records without it.',
  },
  'US.SCA.JUDICIAL_ISSUER': {
    ask: 'Please obtain the order from a court of competent jurisdiction; we will not treat this demand as one.',
  },
  'US.PARTICULARITY.SPECIFIC_REQUEST': {
    ask: 'Please state precisely the accounts, the categories of data and the date range you seek. We will not produce records in answer to an unbounded request.',
  },
  'ADM.SUMMONS.SECRECY_NOT_BINDING': SECRECY,
  'NOTICE.GAG.BINDING_SOURCE': SECRECY,
  'NOTICE.GAG.CHALLENGE_CRITERIA': {
    ask: 'We intend to ask the court to limit or lift the order of nondisclosure, and we ask you to consent to its modification.',
  },
  'AUTH.DEADLINE.BEFORE_SERVICE': {
    ask: 'We do not treat that deadline as binding. We will respond within a reasonable time after proper service.',
  },
  'XB.FOREIGN.CONTENT_VIA_MLAT': {
    ask: 'Please make the request through a mutual legal assistance treaty or an agreement under the CLOUD Act.',
  },
  'XB.FOREIGN.ROUTE_VIA_MLAT': {
    ask: 'Please make the request through formal legal assistance between governments.',
  },
}

/**
 * Findings about our own bookkeeping (logging, reporting, timers): true defects in how a demand
 * is handled inside, but nothing the issuer can cure, so they never go in a letter.
 */
export const INTERNAL_RULES: ReadonlySet<string> = new Set([
  'EDR.VERIFY.LOGGED',
  'EDR.NOTICE.AFTER_EMERGENCY',
  'PRES.RENEWAL.ALERT',
  'PRES.REPORT.NOT_A_DISCLOSURE',
  'NOTICE.GAG.EXPIRY_TRACKED',
  'NOTICE.EXCEPTION.RECORDED',
  'NOTICE.ENTERPRISE.REDIRECT',
  'PROD.INTEGRITY.HASH_AND_SIGN',
  'PROD.COST.REIMBURSEMENT',
  'PROD.RECORD.DECISION_LOGGED',
])

/** The letter's stance, after the sentence that says which demand it answers. */
export const STANCE: Readonly<Record<'objection' | 'narrowing' | 'clarification' | 'rejection', string>> = {
  objection:
    'We object to the demand for the reasons set out below, and we will not produce any records in response to it as it stands.',
  narrowing:
    'Having reviewed the demand, we are prepared to respond to it only in part, for the reasons set out below.',
  clarification: 'Before we can respond, we need you to clarify or correct the points set out below.',
  rejection: 'We decline to produce any records in response to the demand, for the reasons set out below.',
}

/** What the letter asks of the issuer as a whole. */
export const CLOSING_ASK: Readonly<
  Record<'objection' | 'narrowing' | 'clarification' | 'rejection', string>
> = {
  objection:
    'We ask that you withdraw the demand. If you maintain it, please obtain an order from a court of competent jurisdiction, and we will respond to that order.',
  narrowing:
    'Please confirm in writing that you accept the narrowed scope, or serve process that lawfully reaches the remaining records.',
  clarification: 'Please answer in writing. We will consider the demand further once we have your answer.',
  rejection:
    'If you believe the demand is valid, please obtain an order from a court of competent jurisdiction; we will respond to that order.',
}

export const NO_POINTS =
  '[No rule found a defect in this demand. State the grounds of this letter here before sending it.]'
