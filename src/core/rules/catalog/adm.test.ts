import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { DemandFields, Target } from '../../demand/index.js'
import { EXAMPLES, buildFacts } from '../examples.js'
import type { DemandExtras } from '../facts.js'
import { checkCase, type RuleCase } from '../rule-cases.js'

const cbp = {
  name: 'U.S. Customs and Border Protection',
  kind: 'federal_agency',
  jurisdiction: 'US-federal',
  signatory: null,
} as const
const importer: Target = {
  identifier: 'acme-imports',
  kind: 'account_id',
  speech_profile: 'commercial',
  pseudonymous: false,
}
const critic: Target = {
  identifier: '@alt_agency',
  kind: 'handle',
  speech_profile: 'political',
  pseudonymous: true,
}
const customsPurpose = 'Determining liability for duties and penalties on entries of imported goods'

function summons(partial: Partial<DemandFields> = {}, extras: DemandExtras = {}) {
  return buildFacts(
    {
      instrument_type: 'administrative_summons',
      issuing_authority: cbp,
      statutes_cited: ['19 U.S.C. § 1509'],
      targets: [importer],
      stated_purpose: customsPurpose,
      ...partial,
    },
    extras,
  )
}

const irs = { name: 'Internal Revenue Service', kind: 'federal_agency', jurisdiction: 'US-federal' } as const

const CASES: RuleCase[] = [
  // ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE
  {
    name: 'flagship: boilerplate purpose, political critic',
    rule: 'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE',
    facts: EXAMPLES.flagship.facts,
    expect: 'fail',
    effect: 'object',
    mentions: ['1509', '@ALT_USCIS'],
  },
  {
    name: 'customs purpose, importer account: confirm records relate to importation',
    rule: 'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE',
    facts: summons(),
    expect: 'needs_review',
    mentions: ['importation'],
  },
  {
    name: 'counsel confirmed the purpose',
    rule: 'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE',
    facts: summons({}, { purpose_within_statute: true }),
    expect: 'pass',
  },
  {
    name: 'counsel found the purpose outside',
    rule: 'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE',
    facts: summons({}, { purpose_within_statute: false }),
    expect: 'fail',
  },
  {
    name: 'stated purpose outside the statute',
    rule: 'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE',
    facts: summons({ stated_purpose: 'Investigation of possible misconduct by agency employees' }),
    expect: 'fail',
    mentions: ['misconduct'],
  },
  {
    name: 'evident purpose outside the statute beats the recital',
    rule: 'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE',
    facts: summons({}, { evident_purpose: 'identify the author of posts criticising the agency' }),
    expect: 'fail',
    mentions: ['evident purpose'],
  },
  {
    name: 'no stated purpose',
    rule: 'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE',
    facts: summons({ stated_purpose: null }),
    expect: 'needs_review',
    mentions: ['states no purpose'],
  },
  {
    name: 'statute not in the catalogue',
    rule: 'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE',
    facts: summons({ statutes_cited: ['5 U.S.C. App. 3 § 6'] }),
    expect: 'needs_review',
    mentions: ['not in the summons catalogue'],
  },
  {
    name: 'IRS summons for a tax purpose passes',
    rule: 'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE',
    facts: summons({
      issuing_authority: irs,
      statutes_cited: ['26 U.S.C. § 7602'],
      stated_purpose: 'Determining the tax liability of J. Doe for 2021',
    }),
    expect: 'pass',
  },
  {
    name: 'DEA subpoena for a drug case passes',
    rule: 'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE',
    facts: summons({
      instrument_type: 'administrative_subpoena',
      statutes_cited: ['21 U.S.C. 876'],
      stated_purpose: 'Investigation of drug trafficking',
    }),
    expect: 'pass',
  },
  {
    name: 'not for search warrants',
    rule: 'ADM.SUMMONS.PURPOSE_OUTSIDE_STATUTE',
    facts: buildFacts({ instrument_type: 'search_warrant' }),
    expect: 'not_applicable',
  },
  // ADM.SUMMONS.ISSUER_RANK
  {
    name: 'port director may sign',
    rule: 'ADM.SUMMONS.ISSUER_RANK',
    facts: summons({ issuing_authority: { ...cbp, signatory: 'Jane Roe, Port Director, Port of Seattle' } }),
    expect: 'pass',
  },
  {
    name: 'an assistant port director needs a check',
    rule: 'ADM.SUMMONS.ISSUER_RANK',
    facts: summons({ issuing_authority: { ...cbp, signatory: 'Assistant Port Director' } }),
    expect: 'needs_review',
  },
  {
    name: 'rank found insufficient',
    rule: 'ADM.SUMMONS.ISSUER_RANK',
    facts: summons({}, { issuer_rank_sufficient: false }),
    expect: 'fail',
    effect: 'object',
  },
  {
    name: 'IRS has no rank limit in the catalogue',
    rule: 'ADM.SUMMONS.ISSUER_RANK',
    facts: summons({ statutes_cited: ['26 U.S.C. 7602'] }),
    expect: 'not_applicable',
  },
  // ADM.SUMMONS.REASONABLENESS / NOT_SELF_EXECUTING
  {
    name: "reasonableness is counsel's call",
    rule: 'ADM.SUMMONS.REASONABLENESS',
    facts: summons(),
    expect: 'needs_review',
    mentions: ['already holds'],
  },
  {
    name: 'customs summons is not self-executing',
    rule: 'ADM.SUMMONS.NOT_SELF_EXECUTING',
    facts: summons(),
    expect: 'needs_review',
    mentions: ['163.9'],
  },
  {
    name: 'IRS summons is enforced in court',
    rule: 'ADM.SUMMONS.NOT_SELF_EXECUTING',
    facts: summons({ statutes_cited: ['26 U.S.C. 7602'] }),
    expect: 'needs_review',
    mentions: ['Powell'],
  },
  {
    name: 'grand jury subpoenas are not summonses',
    rule: 'ADM.SUMMONS.NOT_SELF_EXECUTING',
    facts: buildFacts(),
    expect: 'not_applicable',
  },
  // ADM.SUMMONS.SECRECY_NOT_BINDING
  {
    name: 'secrecy requested in the summons is not binding',
    rule: 'ADM.SUMMONS.SECRECY_NOT_BINDING',
    facts: summons({ nondisclosure: { basis: 'request', expires_on: null } }),
    expect: 'fail',
    effect: 'note',
    mentions: ['2705(b)'],
  },
  {
    name: 'statutory secrecy claim needs counsel',
    rule: 'ADM.SUMMONS.SECRECY_NOT_BINDING',
    facts: summons({ nondisclosure: { basis: 'statute', expires_on: null, citation: '21 U.S.C. 876(b)' } }),
    expect: 'needs_review',
  },
  {
    name: 'a court order is judged by NOTICE',
    rule: 'ADM.SUMMONS.SECRECY_NOT_BINDING',
    facts: summons({ nondisclosure: { basis: 'court_order', expires_on: '2024-12-01' } }),
    expect: 'not_applicable',
  },
  // ADM.IRS.THIRD_PARTY_WAIT / JOHN_DOE_COURT
  {
    name: 'IRS summons due after 10 days is premature',
    rule: 'ADM.IRS.THIRD_PARTY_WAIT',
    facts: summons({
      issuing_authority: irs,
      statutes_cited: ['26 U.S.C. § 7609'],
      served_at: '2024-05-02T14:00:00Z',
      due_at: '2024-05-12T14:00:00Z',
    }),
    expect: 'fail',
    mentions: ['23rd day'],
  },
  {
    name: 'IRS summons due after 30 days is fine',
    rule: 'ADM.IRS.THIRD_PARTY_WAIT',
    facts: summons({
      issuing_authority: irs,
      statutes_cited: ['26 U.S.C. § 7609'],
      served_at: '2024-05-02T14:00:00Z',
      due_at: '2024-06-01T14:00:00Z',
    }),
    expect: 'pass',
  },
  {
    name: 'IRS summons for unnamed account holders may be a John Doe summons',
    rule: 'ADM.IRS.JOHN_DOE_COURT',
    facts: summons({ issuing_authority: irs, statutes_cited: ['26 U.S.C. § 7609(f)'], targets: [critic] }),
    expect: 'needs_review',
    mentions: ['John Doe'],
  },
]

for (const c of CASES) {
  test(`ADM: ${c.name}`, () => assert.deepEqual(checkCase(c), []))
}
