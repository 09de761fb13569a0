import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildFacts } from '../examples.js'
import { checkCase, type RuleCase } from '../rule-cases.js'

const CASES: RuleCase[] = [
  {
    name: 'gov domain that matches passes',
    rule: 'AUTH.SENDER.DOMAIN_MATCHES_AUTHORITY',
    facts: buildFacts({}, { sender_domain_matches_authority: true }),
    expect: 'pass',
  },
  {
    name: 'free-mail sender fails',
    rule: 'AUTH.SENDER.DOMAIN_MATCHES_AUTHORITY',
    facts: buildFacts({}, { sender_email_domain: 'detective.smith@gmail.com' }),
    expect: 'fail',
    effect: 'clarify',
    mentions: ['gmail.com', 'not a government domain'],
  },
  {
    name: 'gov domain of another agency fails',
    rule: 'AUTH.SENDER.DOMAIN_MATCHES_AUTHORITY',
    facts: buildFacts({}, { sender_email_domain: 'x@irs.gov', sender_domain_matches_authority: false }),
    expect: 'fail',
    mentions: ['does not belong'],
  },
  {
    name: 'unknown domain needs review',
    rule: 'AUTH.SENDER.DOMAIN_MATCHES_AUTHORITY',
    facts: buildFacts(
      {},
      { sender_email_domain: 'police.example.net', sender_domain_matches_authority: null },
    ),
    expect: 'needs_review',
  },
  {
    name: 'faxed demand has no sender domain',
    rule: 'AUTH.SENDER.DOMAIN_MATCHES_AUTHORITY',
    facts: buildFacts({}, { channel: 'fax' }),
    expect: 'not_applicable',
  },
  {
    name: 'known requester is not re-verified',
    rule: 'AUTH.VERIFY.OUT_OF_BAND',
    facts: buildFacts({}, { first_seen_requester: false }),
    expect: 'not_applicable',
  },
  {
    name: 'verified first-seen requester passes',
    rule: 'AUTH.VERIFY.OUT_OF_BAND',
    facts: buildFacts({}, { first_seen_requester: true }),
    expect: 'pass',
  },
  {
    name: 'failed verification declines',
    rule: 'AUTH.VERIFY.OUT_OF_BAND',
    facts: buildFacts({}, { first_seen_requester: true, verification: { status: 'failed' } }),
    expect: 'fail',
    effect: 'decline',
    severity: 'critical',
  },
  {
    name: 'unverified emergency is a critical review',
    rule: 'AUTH.VERIFY.OUT_OF_BAND',
    facts: buildFacts(
      { instrument_type: 'emergency_disclosure_request', emergency: true },
      { verification: { status: 'not_attempted' } },
    ),
    expect: 'needs_review',
    severity: 'critical',
    mentions: ['emergency request'],
  },
  { name: 'signed passes', rule: 'AUTH.DOCUMENT.SIGNED', facts: buildFacts(), expect: 'pass' },
  {
    name: 'unsigned fails',
    rule: 'AUTH.DOCUMENT.SIGNED',
    facts: buildFacts({}, { document_signed: false }),
    expect: 'fail',
    effect: 'clarify',
  },
  {
    name: 'signature unknown needs review',
    rule: 'AUTH.DOCUMENT.SIGNED',
    facts: buildFacts({}, { document_signed: null }),
    expect: 'needs_review',
  },
  { name: 'letterhead and PDF pass', rule: 'AUTH.DOCUMENT.LETTERHEAD', facts: buildFacts(), expect: 'pass' },
  {
    name: 'letterhead on a fax passes',
    rule: 'AUTH.DOCUMENT.LETTERHEAD',
    facts: buildFacts({}, { channel: 'fax', non_editable_format: null }),
    expect: 'pass',
  },
  {
    name: 'no letterhead fails',
    rule: 'AUTH.DOCUMENT.LETTERHEAD',
    facts: buildFacts({}, { on_letterhead: false }),
    expect: 'fail',
    mentions: ['letterhead'],
  },
  {
    name: 'editable e-mail attachment fails',
    rule: 'AUTH.DOCUMENT.LETTERHEAD',
    facts: buildFacts({}, { non_editable_format: false }),
    expect: 'fail',
    mentions: ['editable'],
  },
  {
    name: 'format unknown on a portal upload needs review',
    rule: 'AUTH.DOCUMENT.LETTERHEAD',
    facts: buildFacts({}, { non_editable_format: null }),
    expect: 'needs_review',
  },
  {
    name: 'summons citing § 1509 fits',
    rule: 'AUTH.CITATIONS.FIT_INSTRUMENT',
    facts: buildFacts({ instrument_type: 'administrative_summons', statutes_cited: ['19 USC 1509'] }),
    expect: 'pass',
  },
  {
    name: 'grand jury subpoena citing the NSL statute is a forgery signal',
    rule: 'AUTH.CITATIONS.FIT_INSTRUMENT',
    facts: buildFacts({ statutes_cited: ['18 U.S.C. § 2709'] }),
    expect: 'fail',
    mentions: ['2709'],
  },
  {
    name: 'NSL citing a customs statute fails',
    rule: 'AUTH.CITATIONS.FIT_INSTRUMENT',
    facts: buildFacts({
      instrument_type: 'national_security_letter',
      statutes_cited: ['19 U.S.C. 1509', '18 U.S.C. 2709'],
    }),
    expect: 'fail',
  },
  {
    name: 'warrant citing 2703(d) and Rule 41 fits',
    rule: 'AUTH.CITATIONS.FIT_INSTRUMENT',
    facts: buildFacts({
      instrument_type: 'search_warrant',
      statutes_cited: ['18 U.S.C. § 2703(d)', 'Federal Rules of Criminal Procedure 41'],
    }),
    expect: 'pass',
  },
  {
    name: 'no citation needs review',
    rule: 'AUTH.CITATIONS.FIT_INSTRUMENT',
    facts: buildFacts({ statutes_cited: [] }),
    expect: 'needs_review',
  },
  {
    name: 'unknown instrument is not judged',
    rule: 'AUTH.CITATIONS.FIT_INSTRUMENT',
    facts: buildFacts({ instrument_type: 'other' }),
    expect: 'not_applicable',
  },
  {
    name: 'due before service fails',
    rule: 'AUTH.DEADLINE.BEFORE_SERVICE',
    facts: buildFacts({
      served_at: '2017-03-14T11:00:00-04:00',
      due_at: '2017-03-13T11:45:00-04:00',
      date_issued: '2017-03-14',
    }),
    expect: 'fail',
    effect: 'note',
    mentions: ['before it was served'],
  },
  {
    name: 'due before issue date fails even without a service time',
    rule: 'AUTH.DEADLINE.BEFORE_SERVICE',
    facts: buildFacts({ served_at: null, date_issued: '2024-05-10', due_at: '2024-05-09T10:00:00-07:00' }),
    expect: 'fail',
    mentions: ['issued'],
  },
  {
    name: 'due on the issue day in a western time zone is fine',
    rule: 'AUTH.DEADLINE.BEFORE_SERVICE',
    facts: buildFacts({ served_at: null, date_issued: '2024-05-10', due_at: '2024-05-10T20:00:00-07:00' }),
    expect: 'pass',
  },
  {
    name: 'sensible deadline passes',
    rule: 'AUTH.DEADLINE.BEFORE_SERVICE',
    facts: buildFacts(),
    expect: 'pass',
  },
  {
    name: 'no deadline, nothing to check',
    rule: 'AUTH.DEADLINE.BEFORE_SERVICE',
    facts: buildFacts({ due_at: null }),
    expect: 'not_applicable',
  },
  {
    name: 'deadline without issue or service dates needs review',
    rule: 'AUTH.DEADLINE.BEFORE_SERVICE',
    facts: buildFacts({ served_at: null, date_issued: null }),
    expect: 'needs_review',
  },
]

for (const c of CASES) {
  test(`AUTH: ${c.name}`, () => assert.deepEqual(checkCase(c), []))
}
