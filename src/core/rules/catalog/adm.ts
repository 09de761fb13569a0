/**
 * ADM: administrative summonses and subpoenas. The summons must serve a purpose of the statute it
 * cites, be signed at a rank the statute allows, and be reasonable; it is not self-executing; and
 * a request for secrecy inside it binds nobody.
 */
import { daysBetween } from '../dates.js'
import type { DemandFacts } from '../facts.js'
import { ADMINISTRATIVE, PROTECTED_SPEECH, isUsAuthority } from '../scope.js'
import type { Rule } from '../types.js'
import { summonsStatuteFor } from './adm-statutes.js'

function isSummons(f: DemandFacts): boolean {
  return ADMINISTRATIVE.has(f.instrument_type) && isUsAuthority(f)
}

function citedList(f: DemandFacts): string {
  return f.statutes_cited.length > 0 ? f.statutes_cited.join('; ') : 'no statute'
}

export const ADM_RULES: readonly Rule[] = [
  {
    id: 'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE',
    family: 'ADM',
    kind: 'law',
    title: 'The purpose is one the summons statute serves',
    citation:
      "19 U.S.C. § 1509(a); 26 U.S.C. § 7602; 21 U.S.C. § 876; DHS OIG management alert on CBP's use of § 1509 (Nov 2017)",
    confidence: 'confirmed',
    severity: 'critical',
    effect: 'object',
    appliesTo: isSummons,
    check: (f) => {
      const statute = summonsStatuteFor(f)
      if (!statute)
        return {
          outcome: 'needs_review',
          values: { statute: citedList(f), detail: 'the statute cited is not in the summons catalogue' },
        }
      const base = { statute: statute.label, purposes: statute.purposes }
      if (f.purpose_within_statute === false) {
        return {
          outcome: 'fail',
          values: { ...base, detail: 'counsel concluded the purpose is outside the statute' },
        }
      }
      if (f.purpose_within_statute === true) return { outcome: 'pass', values: base }
      if (f.evident_purpose && !statute.purpose_terms.test(f.evident_purpose)) {
        return {
          outcome: 'fail',
          values: { ...base, detail: `the evident purpose ("${f.evident_purpose}") is none of them` },
        }
      }
      if (!f.stated_purpose) {
        return { outcome: 'needs_review', values: { ...base, detail: 'the demand states no purpose' } }
      }
      if (!statute.purpose_terms.test(f.stated_purpose)) {
        return {
          outcome: 'fail',
          values: { ...base, detail: `the stated purpose ("${f.stated_purpose}") is none of them` },
        }
      }
      const speakers = f.targets.filter((t) => t.pseudonymous && PROTECTED_SPEECH.has(t.speech_profile))
      if (speakers.length > 0) {
        const who = speakers.map((t) => `${t.identifier} (${t.speech_profile} speech)`).join(', ')
        return {
          outcome: 'fail',
          values: {
            ...base,
            detail: `the purpose recited is boilerplate, while what the demand evidently seeks is to unmask an anonymous speaker: ${who}${statute.records_relate_to ? `; an account's records do not relate to ${statute.records_relate_to}` : ''}`,
          },
        }
      }
      if (statute.records_relate_to) {
        return {
          outcome: 'needs_review',
          severity: 'medium',
          values: {
            ...base,
            detail: `confirm that the records sought relate to ${statute.records_relate_to}`,
          },
        }
      }
      return { outcome: 'pass', values: base }
    },
    explanation: {
      pass: '{statute} serves {purposes}; the purpose of this demand is among them.',
      fail: '{statute} serves only {purposes}, but {detail}. An administrative summons is enforceable only if it serves the statute that authorises it.',
      needs_review: 'The purpose cannot be checked against {statute}: {detail}.',
    },
    action: {
      pass: 'None.',
      fail: 'Object in writing: the summons exceeds the statute it relies on. Do not produce; refer to counsel.',
      needs_review: 'Counsel compares the purpose of the demand with the statute before any production.',
    },
  },
  {
    id: 'ADM.SUMMONS.ISSUER_RANK',
    family: 'ADM',
    kind: 'law',
    title: 'Signed at a rank the statute allows',
    citation:
      '19 U.S.C. § 1509 (no delegate below district director or special agent in charge); 19 C.F.R. § 162.1d (port director or special agent in charge)',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'object',
    appliesTo: (f) => isSummons(f) && summonsStatuteFor(f)?.issuer_rank != null,
    check: (f) => {
      const rank = summonsStatuteFor(f)?.issuer_rank
      const signatory = f.issuing_authority.signatory ?? 'an unrecorded signatory'
      const values = { signatory, limit: rank?.text ?? '' }
      if (f.issuer_rank_sufficient === false) return { outcome: 'fail', values }
      if (f.issuer_rank_sufficient === true) return { outcome: 'pass', values }
      const title = f.issuing_authority.signatory ?? ''
      if (rank && rank.sufficient.test(title) && !/\b(?:assistant|deputy)\b/i.test(title))
        return { outcome: 'pass', values }
      return { outcome: 'needs_review', severity: 'medium', values }
    },
    explanation: {
      pass: 'Signed by {signatory}, a rank the statute allows ({limit}).',
      fail: 'Signed by {signatory}, below the rank the statute allows ({limit}).',
      needs_review: 'Signed by {signatory}; the statute allows {limit}, and the rank has not been confirmed.',
    },
    action: {
      pass: 'None.',
      fail: 'Object: the summons was not issued by an official the statute empowers.',
      needs_review: "Check the signatory's title against the delegation limit.",
    },
  },
  {
    id: 'ADM.SUMMONS.REASONABLENESS',
    family: 'ADM',
    kind: 'law',
    title: 'Reasonable: statute satisfied, relevant, not already held by the government',
    citation:
      'United States v. Powell, 379 U.S. 48 (1964); CRS RL33321 (administrative subpoena reasonableness)',
    confidence: 'secondary',
    severity: 'low',
    effect: 'object',
    appliesTo: isSummons,
    check: () => ({ outcome: 'needs_review' }),
    explanation: {
      pass: 'The summons meets the reasonableness test.',
      fail: 'The summons fails the reasonableness test.',
      needs_review:
        'An administrative summons must satisfy its statute, seek relevant records, not seek what the government already holds, and follow the required administrative steps. Only counsel can weigh these.',
    },
    action: {
      pass: 'None.',
      fail: 'Object.',
      needs_review: 'Counsel records the reasonableness assessment with the decision.',
    },
  },
  {
    id: 'ADM.SUMMONS.NOT_SELF_EXECUTING',
    family: 'ADM',
    kind: 'law',
    title: 'Not self-executing: only a court can compel compliance',
    citation:
      '19 C.F.R. § 163.9 (customs summons enforcement); CRS RL33321 (administrative subpoenas are enforced in court)',
    confidence: 'confirmed',
    severity: 'low',
    effect: 'note',
    appliesTo: isSummons,
    check: (f) => {
      const statute = summonsStatuteFor(f)
      return {
        outcome: 'needs_review',
        values: {
          statute: statute?.label ?? 'an administrative subpoena',
          enforcement: statute?.enforcement ?? 'it is enforced only through a court proceeding',
        },
      }
    },
    explanation: {
      pass: 'Not applicable.',
      fail: 'Not applicable.',
      needs_review:
        'A summons under {statute} carries no penalty by itself: {enforcement}. Declining and letting a court decide is a lawful posture.',
    },
    action: {
      pass: 'None.',
      fail: 'None.',
      needs_review:
        'Decide whether to comply voluntarily or await an enforcement action, and record the decision with its reasons.',
    },
  },
  {
    id: 'ADM.SUMMONS.SECRECY_NOT_BINDING',
    family: 'ADM',
    kind: 'law',
    title: 'A request for secrecy in a summons is not a gag order',
    citation:
      '18 U.S.C. § 2705(b) (only a court order bars a provider from notifying); DOJ memorandum of 19 Oct 2017',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'note',
    appliesTo: (f) => isSummons(f) && f.nondisclosure !== null && f.nondisclosure.basis !== 'court_order',
    check: (f) => {
      const citation = f.nondisclosure?.citation ?? 'no authority named'
      return f.nondisclosure?.basis === 'statute'
        ? { outcome: 'needs_review', values: { citation } }
        : { outcome: 'fail', values: { citation } }
    },
    explanation: {
      pass: 'Not applicable.',
      fail: 'The summons asks the provider to keep it secret ({citation}) but no court ordered it. Nothing in the Stored Communications Act bars notice by default; only a court order under § 2705(b) does.',
      needs_review:
        'The summons claims a statutory secrecy duty ({citation}); confirm that the statute really binds the provider.',
    },
    action: {
      pass: 'None.',
      fail: 'Treat the request as not binding and apply the notice policy; say so in the reply.',
      needs_review: 'Counsel reads the statute cited before notice is withheld.',
    },
  },
  {
    id: 'ADM.IRS.THIRD_PARTY_WAIT',
    family: 'ADM',
    kind: 'law',
    title: 'IRS third-party summons: no examination before day 23',
    citation:
      '26 U.S.C. § 7609 (notice to the identified person at least 23 days before the examination; 20 days to petition to quash)',
    confidence: 'confirmed',
    severity: 'medium',
    effect: 'note',
    appliesTo: (f) => isSummons(f) && summonsStatuteFor(f)?.key === 'IRS_7602' && f.due_at !== null,
    check: (f) => {
      const days = daysBetween(f.served_at, f.due_at)
      if (days === null) return { outcome: 'needs_review', values: { days: 'an unknown number of' } }
      return days < 23 ? { outcome: 'fail', values: { days } } : { outcome: 'pass', values: { days } }
    },
    explanation: {
      pass: 'The examination date is {days} days after service, leaving the identified person time to petition to quash.',
      fail: 'The summons asks for records {days} days after service; a third-party summons cannot be examined before the 23rd day, or while a petition to quash is pending.',
      needs_review: 'The examination date is {days} days after service: record when it was served.',
    },
    action: {
      pass: 'Do not produce while a petition to quash is pending.',
      fail: 'Do not produce before the 23rd day or while a petition to quash is pending; tell the IRS.',
      needs_review: 'Record the service date.',
    },
  },
  {
    id: 'ADM.IRS.JOHN_DOE_COURT',
    family: 'ADM',
    kind: 'law',
    title: 'An IRS John Doe summons needs a prior court proceeding',
    citation: '26 U.S.C. § 7609(f)',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'object',
    appliesTo: (f) =>
      isSummons(f) && summonsStatuteFor(f)?.key === 'IRS_7602' && f.targets.some((t) => t.pseudonymous),
    check: () => ({ outcome: 'needs_review' }),
    explanation: {
      pass: 'Not applicable.',
      fail: 'Not applicable.',
      needs_review:
        'The IRS summons concerns accounts whose holders it does not name: if it is a John Doe summons, a court must have authorised it first.',
    },
    action: {
      pass: 'None.',
      fail: 'None.',
      needs_review: 'Ask for the court order authorising the John Doe summons before producing.',
    },
  },
]
