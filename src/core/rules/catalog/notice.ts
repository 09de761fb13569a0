/**
 * NOTICE: user notice and gags. Notice by default, before disclosure, with a copy of the process;
 * only a court order or a secrecy statute stops it; gags without an end, longer than a year, or
 * touching many users or free expression go to the challenge queue; when a gag ends, notice goes
 * out. The notice decision itself is computed in ../notice.ts from the same facts.
 */
import { daysBetween, localDate, toMillis } from '../dates.js'
import type { DemandFacts } from '../facts.js'
import { assessGag, isBinding } from '../gag.js'
import type { Rule } from '../types.js'

function gagStart(f: DemandFacts, now: string): string {
  return f.date_issued ?? (f.served_at ? localDate(f.served_at) : localDate(now))
}

export const NOTICE_RULES: readonly Rule[] = [
  {
    id: 'NOTICE.GAG.BINDING_SOURCE',
    family: 'NOTICE',
    kind: 'law',
    title: 'Only a court order or a secrecy statute stops user notice',
    citation:
      '18 U.S.C. § 2705(b); 18 U.S.C. § 2709(c) (NSL); 18 U.S.C. § 3123 (pen/trap); DOJ memorandum of 19 Oct 2017',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'note',
    appliesTo: (f) => f.nondisclosure !== null,
    check: (f) => {
      const gag = assessGag(f)
      const citation = f.nondisclosure?.citation ?? 'no authority named'
      switch (gag.kind) {
        case 'request':
          return { outcome: 'fail', values: { citation } }
        case 'court_order':
          return { outcome: 'pass', values: { citation, source: 'a court order' } }
        case 'statute':
          return {
            outcome: 'pass',
            values: {
              citation,
              source: gag.statute === 'nsl' ? 'the NSL statute' : 'the pen/trap sealing statute',
            },
          }
        default:
          return { outcome: 'needs_review', values: { citation } }
      }
    },
    explanation: {
      pass: 'The secrecy obligation comes from {source} ({citation}) and binds the provider while it lasts.',
      fail: 'The demand asks for secrecy ({citation}) without a court order or a statute that imposes it. It does not bind the provider: the notice policy applies.',
      needs_review:
        'The demand invokes a statute for secrecy ({citation}); until counsel confirms it binds the provider, notice is held back.',
    },
    action: {
      pass: 'Withhold notice while the order lasts; record its expiry.',
      fail: 'Notify the user under the notice policy; tell the requester that secrecy needs a court order under § 2705(b).',
      needs_review: 'Counsel confirms whether the statute cited gags the provider.',
    },
  },
  {
    id: 'NOTICE.GAG.CHALLENGE_CRITERIA',
    family: 'NOTICE',
    kind: 'policy',
    title: 'Indefinite, long or broad gags go to the challenge queue',
    citation:
      'Mozilla gag-challenge criteria (no duration or over a year, bars transparency counts, over 50 users, free-expression facts); DOJ § 2705(b) policy of 19 Oct 2017 (one year or less)',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'challenge',
    appliesTo: (f) => {
      const gag = assessGag(f)
      return isBinding(gag) && !(gag.kind === 'statute' && gag.statute === 'nsl')
    },
    check: (f, policy, now) => {
      const gag = assessGag(f)
      const reasons: string[] = []
      const expires = isBinding(gag) ? gag.expires_on : null
      if (expires === null) reasons.push('it has no end date')
      else {
        const days = daysBetween(gagStart(f, now), expires)
        if (days !== null && days > policy.gag_challenge_threshold_days) {
          reasons.push(`it lasts ${days} days, more than ${policy.gag_challenge_threshold_days}`)
        }
      }
      if (f.targets.length > policy.gag_challenge_max_accounts)
        reasons.push(`it covers ${f.targets.length} accounts`)
      if (f.gag_bars_transparency_reporting === true)
        reasons.push('it bars counting the demand in transparency reports')
      const speech = f.targets.filter(
        (t) => t.speech_profile === 'journalism' || (t.pseudonymous && t.speech_profile === 'political'),
      )
      if (speech.length > 0)
        reasons.push(
          `it silences notice to ${speech.map((t) => t.identifier).join(', ')}, whose speech is protected`,
        )
      return reasons.length > 0
        ? {
            outcome: 'fail',
            values: { reasons: reasons.join('; '), threshold: policy.gag_challenge_threshold_days },
          }
        : { outcome: 'pass', values: { threshold: policy.gag_challenge_threshold_days } }
    },
    explanation: {
      pass: 'The gag has an end date within {threshold} days and meets none of the challenge criteria.',
      fail: 'The gag meets the challenge criteria: {reasons}.',
      needs_review: 'Not applicable.',
    },
    action: {
      pass: 'Honour the gag and schedule notice for its end.',
      fail: 'Honour the gag for now and put it in the challenge queue: ask the government to limit it, then move the court to modify it.',
      needs_review: 'None.',
    },
  },
  {
    id: 'NOTICE.GAG.EXPIRY_TRACKED',
    family: 'NOTICE',
    kind: 'policy',
    title: 'Notice goes out when the gag ends',
    citation:
      'Meta, Google and Mozilla user-notice policies (delayed notice when the nondisclosure period ends)',
    confidence: 'confirmed',
    severity: 'info',
    effect: 'note',
    appliesTo: (f) => {
      const gag = assessGag(f)
      return isBinding(gag) && gag.expires_on !== null
    },
    check: (f, _policy, now) => {
      const expires = f.nondisclosure?.expires_on ?? ''
      const ended = (toMillis(expires) ?? 0) <= (toMillis(now) ?? 0)
      return {
        outcome: 'pass',
        values: { when: ended ? `now: the gag ended on ${expires}` : `on ${expires}` },
      }
    },
    explanation: {
      pass: 'The user notice is due {when}.',
      fail: 'Not applicable.',
      needs_review: 'Not applicable.',
    },
    action: {
      pass: 'Keep the scheduled notice; it is sent automatically when the gag ends.',
      fail: 'None.',
      needs_review: 'None.',
    },
  },
  {
    id: 'NOTICE.NSL.RECIPROCAL_NOTICE',
    family: 'NOTICE',
    kind: 'policy',
    title: 'Ask for judicial review of every NSL gag',
    citation:
      'USA FREEDOM Act reciprocal notice (government must go to court within 30 days), as described by EFF "Who Has Your Back?" 2017',
    confidence: 'confirmed',
    severity: 'medium',
    effect: 'note',
    appliesTo: (f) => f.instrument_type === 'national_security_letter' && f.nondisclosure !== null,
    check: () => ({ outcome: 'needs_review' }),
    explanation: {
      pass: 'Not applicable.',
      fail: 'Not applicable.',
      needs_review:
        'The NSL carries a nondisclosure requirement. The provider can invoke reciprocal notice so that a judge reviews the gag.',
    },
    action: {
      pass: 'None.',
      fail: 'None.',
      needs_review:
        'Invoke reciprocal notice: ask the FBI to seek judicial review of the gag, and track the 30 days.',
    },
  },
  {
    id: 'NOTICE.ENTERPRISE.REDIRECT',
    family: 'NOTICE',
    kind: 'policy',
    title: 'Enterprise accounts: redirect to the customer, notify the administrator',
    citation:
      "Microsoft government-request principles (redirect to the enterprise customer); Google (notify the managed account's administrator)",
    confidence: 'confirmed',
    severity: 'medium',
    effect: 'note',
    appliesTo: (f) => f.account_type === 'enterprise',
    check: () => ({ outcome: 'needs_review' }),
    explanation: {
      pass: 'Not applicable.',
      fail: 'Not applicable.',
      needs_review:
        'The data belongs to an enterprise customer: the government should ask the customer first.',
    },
    action: {
      pass: 'None.',
      fail: 'None.',
      needs_review:
        "Redirect the requester to the customer and notify the customer's administrator unless prohibited.",
    },
  },
  {
    id: 'NOTICE.EXCEPTION.RECORDED',
    family: 'NOTICE',
    kind: 'policy',
    title: 'A notice exception is recorded with its reason',
    citation:
      'Mozilla, X and Google notice exceptions (child exploitation, compromised account, no contact details, nothing disclosed, real-world harm)',
    confidence: 'confirmed',
    severity: 'low',
    effect: 'note',
    appliesTo: (f) => f.notice_exception != null,
    check: (f) => ({
      outcome: 'needs_review',
      values: { exception: (f.notice_exception ?? '').replaceAll('_', ' ') },
    }),
    explanation: {
      pass: 'Not applicable.',
      fail: 'Not applicable.',
      needs_review: 'Notice is withheld under an exception: {exception}.',
    },
    action: {
      pass: 'None.',
      fail: 'None.',
      needs_review: 'Counsel confirms the exception, records the reason and a date to revisit it.',
    },
  },
]
