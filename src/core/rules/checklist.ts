/**
 * Counsel checklists for unmasking an anonymous speaker. These are court tests: the provider
 * cannot decide them, but it can tell which one fits, demand notice to the speaker first, and
 * hand counsel the elements to look for. Items are paraphrased from legal-rules.md §4.
 */
import type { DemandFacts } from './facts.js'
import { ADMINISTRATIVE, PROTECTED_SPEECH, pseudonymousTargets } from './scope.js'

export type UnmaskingTest =
  | 'dendrite'
  | 'cahill'
  | 'two_the_mart'
  | 'highfields'
  | 'anonymous_online_speakers'
  | 'bursey'
  | 'branzburg_good_faith'
  | 'twitter_2017'

export type ChecklistTest = {
  test: UnmaskingTest
  name: string
  citation: string
  /** `decided`: a court applied it; `argued`: pleaded but never decided. */
  status: 'decided' | 'argued'
  context: string
  items: readonly string[]
}

export type Checklist = {
  speakers: string[]
  /** Why these tests were chosen. */
  reason: string
  /** The test that fits first; the rest are the other tests the forum might apply. */
  tests: ChecklistTest[]
}

export const UNMASKING_TESTS: Readonly<Record<UnmaskingTest, ChecklistTest>> = {
  dendrite: {
    test: 'dendrite',
    name: 'Dendrite',
    citation: 'Dendrite International, Inc. v. Doe No. 3, 775 A.2d 756 (N.J. App. Div. 2001)',
    status: 'decided',
    context: 'civil plaintiff against an anonymous defendant',
    items: [
      'The plaintiff tried in good faith to notify the speaker and left a reasonable time to oppose.',
      'The plaintiff identified the exact statements said to be actionable.',
      'The complaint sets out a prima facie cause of action.',
      'The plaintiff brought evidence supporting each element of the claim.',
      'The court weighed the right to speak anonymously against the strength of the case and the need for disclosure.',
    ],
  },
  cahill: {
    test: 'cahill',
    name: 'Cahill',
    citation: 'Doe v. Cahill, 884 A.2d 451 (Del. 2005)',
    status: 'decided',
    context: 'civil claim over political speech',
    items: [
      'Reasonable efforts were made to notify the speaker of the disclosure request.',
      "The plaintiff's evidence would survive summary judgment on every element within its control.",
    ],
  },
  two_the_mart: {
    test: 'two_the_mart',
    name: '2TheMart',
    citation: 'Doe v. 2TheMart.com Inc., 140 F. Supp. 2d 1088 (W.D. Wash. 2001)',
    status: 'decided',
    context: 'anonymous non-party witness (a stricter standard)',
    items: [
      'The subpoena was issued in good faith and not for an improper purpose.',
      'The information relates to a core claim or defence.',
      'The identity is directly and materially relevant to that claim or defence.',
      'Nothing else available would establish or disprove it.',
    ],
  },
  highfields: {
    test: 'highfields',
    name: 'Highfields',
    citation: 'Highfields Capital Management v. Doe, 385 F. Supp. 2d 969 (N.D. Cal. 2005)',
    status: 'decided',
    context: 'civil claim over commercial commentary',
    items: [
      'Competent evidence supports every fact essential to the cause of action; pleading is not enough.',
      'The harm to each side from ordering disclosure was compared with the harm from refusing it.',
    ],
  },
  anonymous_online_speakers: {
    test: 'anonymous_online_speakers',
    name: 'In re Anonymous Online Speakers',
    citation: 'In re Anonymous Online Speakers, 661 F.3d 1168 (9th Cir. 2011)',
    status: 'decided',
    context: 'discovery in a commercial dispute',
    items: [
      'Classify the nature of the speech (political, religious or literary versus commercial) and pick the standard to match.',
      "For commercial speech a standard below Cahill's summary-judgment test may apply.",
    ],
  },
  bursey: {
    test: 'bursey',
    name: 'Bursey',
    citation: 'Bursey v. United States, 466 F.2d 1059 (9th Cir. 1972)',
    status: 'decided',
    context: 'government inquiry intruding on press or association (the government carries the burden)',
    items: [
      "The government's interest in the subject is immediate, substantial and subordinating.",
      'The information sought is substantially connected to that interest.',
      'The means chosen are no more drastic than necessary.',
    ],
  },
  branzburg_good_faith: {
    test: 'branzburg_good_faith',
    name: 'Branzburg good-faith screen',
    citation:
      'Branzburg v. Hayes, as applied in In re Grand Jury Subpoena No. 16-03-217 (Glassdoor) (9th Cir. 2017)',
    status: 'decided',
    context: 'grand jury subpoena',
    items: [
      'The investigation is conducted in good faith: no sign of harassment or retaliation.',
      'The information is relevant to the investigation.',
      'If both hold the First Amendment objection fails; signs of bad faith open the stricter Bursey test and a motion to quash under Fed. R. Crim. P. 17(c).',
    ],
  },
  twitter_2017: {
    test: 'twitter_2017',
    name: "Twitter's four-part test",
    citation: 'Complaint, Twitter, Inc. v. DHS, No. 3:17-cv-01916 (N.D. Cal. 2017) (argued, never decided)',
    status: 'argued',
    context: 'administrative summons seeking to unmask a critic',
    items: [
      'The government shows that some criminal or civil offence was committed.',
      'Unmasking is the least restrictive means of investigating it.',
      'The demand is not motivated by a wish to suppress speech.',
      "The investigation's interests outweigh the First Amendment rights of the platform and its users.",
    ],
  },
}

function pick(reason: string, speakers: string[], keys: UnmaskingTest[]): Checklist {
  return { speakers, reason, tests: keys.map((k) => UNMASKING_TESTS[k]) }
}

/**
 * The anonymous-speech test(s) that fit the demand, first the best fit. Null when the demand
 * targets no pseudonymous account (nobody would be unmasked).
 */
export function checklistFor(facts: DemandFacts): Checklist | null {
  const targets = pseudonymousTargets(facts)
  if (targets.length === 0) return null
  const speakers = targets.map((t) => t.identifier)
  const protectedSpeech = targets.some((t) => PROTECTED_SPEECH.has(t.speech_profile))
  const commercialOnly = targets.every((t) => t.speech_profile === 'commercial')
  const instrument = facts.instrument_type

  if (instrument === 'grand_jury_subpoena') {
    const keys: UnmaskingTest[] =
      facts.harassment_signs === true ? ['branzburg_good_faith', 'bursey'] : ['branzburg_good_faith']
    return pick(
      'A grand jury subpoena: courts screen it for good faith before any First Amendment balancing.',
      speakers,
      keys,
    )
  }
  if (
    ADMINISTRATIVE.has(instrument) ||
    instrument === 'national_security_letter' ||
    instrument === 'trial_subpoena' ||
    instrument === 'other'
  ) {
    return pick(
      'Government investigative process that would unmask a speaker: the government should carry the burden before a court.',
      speakers,
      ['twitter_2017', 'bursey'],
    )
  }
  if (instrument === 'civil_subpoena') {
    if (facts.target_is_party === false) {
      return pick('A civil subpoena for an anonymous non-party witness.', speakers, [
        'two_the_mart',
        'dendrite',
      ])
    }
    if (commercialOnly) {
      return pick(
        'A civil subpoena over commercial speech: classify the speech, then apply the matching standard.',
        speakers,
        ['anonymous_online_speakers', 'highfields', 'dendrite'],
      )
    }
    return pick(
      protectedSpeech
        ? 'A civil subpoena over political, religious or press speech: apply the strictest test the forum might use.'
        : 'A civil subpoena to unmask an anonymous speaker: apply the strictest test the forum might use until counsel picks one.',
      speakers,
      ['dendrite', 'cahill'],
    )
  }
  return pick(
    'A demand that would unmask an anonymous speaker: apply the strictest test the forum might use.',
    speakers,
    ['dendrite', 'cahill'],
  )
}
