/**
 * SPEECH: demands that would unmask an anonymous speaker, and sensitive targets. Identifying the
 * person behind a pseudonymous account is itself the request, so even basic subscriber data
 * triggers these rules. The court tests are summarised in `checklistFor`.
 */
import { checklistFor } from '../checklist.js'
import type { DemandFacts } from '../facts.js'
import {
  IDENTIFYING,
  NON_JUDICIAL_FOR_SPEECH,
  PROTECTED_SPEECH,
  instrumentPhrase,
  pseudonymousTargets,
  requested,
} from '../scope.js'
import type { Rule } from '../types.js'

function unmasks(f: DemandFacts): boolean {
  return (
    f.instrument_type !== 'preservation_request' &&
    pseudonymousTargets(f).length > 0 &&
    requested(f, IDENTIFYING).length > 0
  )
}

function speakers(f: DemandFacts, filter: (profile: string) => boolean = () => true): string {
  return pseudonymousTargets(f)
    .filter((t) => filter(t.speech_profile))
    .map((t) => `${t.identifier} (${t.speech_profile})`)
    .join(', ')
}

function testNames(f: DemandFacts): string {
  return (
    checklistFor(f)
      ?.tests.map((t) => t.name)
      .join(', then ') ?? 'none'
  )
}

const US_STATE = /^US-[A-Z]{2}$/

export const SPEECH_RULES: readonly Rule[] = [
  {
    id: 'SPEECH.ANON.IDENTIFIES_SPEAKER',
    family: 'SPEECH',
    kind: 'law',
    title: 'The demand would identify an anonymous speaker',
    citation:
      'First Amendment right to speak anonymously: Dendrite (N.J. App. 2001), Doe v. Cahill (Del. 2005), In re Anonymous Online Speakers (9th Cir. 2011)',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'object',
    appliesTo: unmasks,
    check: (f) => {
      const unknown = pseudonymousTargets(f).some((t) => t.speech_profile === 'unknown')
      return {
        outcome: 'needs_review',
        values: {
          speakers: speakers(f),
          tests: testNames(f),
          classify: unknown ? ' Classify the speech of each account first: the test depends on it.' : '',
        },
      }
    },
    explanation: {
      pass: 'No anonymous speaker would be identified.',
      fail: 'The demand would identify an anonymous speaker.',
      needs_review:
        'Answering would unmask the pseudonymous account(s) {speakers}.{classify} The fitting test: {tests}.',
    },
    action: {
      pass: 'None.',
      fail: 'Object.',
      needs_review:
        'Notify the speaker with time to move to quash, and give counsel the unmasking checklist.',
    },
  },
  {
    id: 'SPEECH.POLITICAL.NON_JUDICIAL_PROCESS',
    family: 'SPEECH',
    kind: 'policy',
    title: 'No voluntary unmasking of political speakers without a court order',
    citation:
      'Twitter v. DHS (2017) complaint and the Dendrite/Cahill/2TheMart line; Bursey v. United States, 466 F.2d 1059 (9th Cir. 1972) for investigative demands',
    confidence: 'confirmed',
    severity: 'critical',
    effect: 'object',
    appliesTo: (f) => unmasks(f) && NON_JUDICIAL_FOR_SPEECH.has(f.instrument_type) && !f.emergency,
    check: (f) => {
      const instrument = instrumentPhrase(f)
      const political = pseudonymousTargets(f).filter((t) => t.speech_profile === 'political')
      if (political.length > 0) {
        return {
          outcome: 'fail',
          values: { instrument, speakers: political.map((t) => t.identifier).join(', ') },
        }
      }
      const unknown = speakers(f, (p) => p === 'unknown')
      if (unknown) return { outcome: 'needs_review', values: { instrument, speakers: unknown } }
      return { outcome: 'pass', values: { instrument, speakers: speakers(f) } }
    },
    explanation: {
      pass: 'The anonymous accounts ({speakers}) do not carry political speech; the general unmasking review applies.',
      fail: 'This demand ({instrument}, issued without a judge) would unmask the anonymous political speaker(s) {speakers}. Unmasking a critic of government without a court having applied a First Amendment test is what the Twitter/CBP case was about.',
      needs_review:
        'This demand ({instrument}) would unmask {speakers}, whose kind of speech is not classified; if it is political, no voluntary production.',
    },
    action: {
      pass: 'None.',
      fail: 'Refuse voluntary production, notify the speaker, and require a court order that applies an anonymous-speech test (counsel checklist).',
      needs_review: 'Classify the speech before anything else.',
    },
  },
  {
    id: 'SPEECH.CIVIL.UNMASKING_CHECKLIST',
    family: 'SPEECH',
    kind: 'law',
    title: 'Civil unmasking: counsel works through the fitting test',
    citation:
      'Dendrite, 775 A.2d 756; Doe v. Cahill, 884 A.2d 451; Doe v. 2TheMart.com, 140 F. Supp. 2d 1088; Highfields, 385 F. Supp. 2d 969',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'object',
    appliesTo: (f) => f.instrument_type === 'civil_subpoena' && unmasks(f),
    check: (f) => ({ outcome: 'needs_review', values: { tests: testNames(f), speakers: speakers(f) } }),
    explanation: {
      pass: 'Not applicable.',
      fail: 'Not applicable.',
      needs_review:
        'A civil party wants to unmask {speakers}. The fitting test: {tests}. Its first element, common to all, is notice to the speaker with time to move to quash.',
    },
    action: {
      pass: 'None.',
      fail: 'None.',
      needs_review:
        'Notify the speaker, wait for the time to quash, and produce only if a court has applied the test or the speaker does not object.',
    },
  },
  {
    id: 'SPEECH.GRAND_JURY.GOOD_FAITH',
    family: 'SPEECH',
    kind: 'law',
    title: 'Grand jury: good-faith screen before speech-touching production',
    citation:
      'Branzburg v. Hayes good-faith test, In re Grand Jury Subpoena No. 16-03-217 (Glassdoor) (9th Cir. 2017); Fed. R. Crim. P. 17(c)',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'challenge',
    appliesTo: (f) =>
      f.instrument_type === 'grand_jury_subpoena' &&
      (pseudonymousTargets(f).length > 0 || f.targets.some((t) => PROTECTED_SPEECH.has(t.speech_profile))),
    check: (f) => {
      if (f.harassment_signs === true) return { outcome: 'fail' }
      if (f.harassment_signs === false) return { outcome: 'pass' }
      return { outcome: 'needs_review', severity: 'medium' }
    },
    explanation: {
      pass: 'Nothing suggests the grand jury investigation is in bad faith; under Branzburg the First Amendment objection would fail.',
      fail: 'There are signs that the grand jury subpoena is used to harass or retaliate against a speaker.',
      needs_review:
        'The grand jury subpoena touches speech; nobody has recorded whether there are signs of harassment or retaliation.',
    },
    action: {
      pass: 'None.',
      fail: 'Hold and consider a motion to quash under Fed. R. Crim. P. 17(c); counsel applies Bursey.',
      needs_review: 'Counsel looks for signs of bad faith before production.',
    },
  },
  {
    id: 'SPEECH.PRESS.HOLD',
    family: 'SPEECH',
    kind: 'policy',
    title: 'Journalists and press: hold for counsel',
    citation:
      'Mozilla gag-challenge criteria (free-expression facts); e-Evidence Regulation Arts. 10–11 (press rules); state shield laws (Republic of Kazakhstan v. Does, Wash. Ct. App. 2016)',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'object',
    appliesTo: (f) => f.targets.some((t) => t.speech_profile === 'journalism'),
    check: (f) => ({
      outcome: 'needs_review',
      values: {
        targets: f.targets
          .filter((t) => t.speech_profile === 'journalism')
          .map((t) => t.identifier)
          .join(', '),
      },
    }),
    explanation: {
      pass: 'Not applicable.',
      fail: 'Not applicable.',
      needs_review:
        'The demand targets press accounts ({targets}); shield laws and press-freedom rules may apply.',
    },
    action: {
      pass: 'None.',
      fail: 'None.',
      needs_review: 'Hold for counsel; check the shield law of the forum before anything is produced.',
    },
  },
  {
    id: 'SPEECH.REPRO_HEALTH.AFFIRMATION',
    family: 'SPEECH',
    kind: 'policy',
    title: 'Out-of-state requests affirm they do not concern lawful reproductive health care',
    citation:
      'Mozilla law-enforcement guidelines (California: affirmation required from out-of-state requesters)',
    confidence: 'confirmed',
    severity: 'high',
    effect: 'decline',
    default_enabled: false,
    appliesTo: (f) => {
      const j = f.issuing_authority.jurisdiction?.toUpperCase() ?? ''
      return US_STATE.test(j) && j !== 'US-CA'
    },
    check: (f) => {
      const state = f.issuing_authority.jurisdiction ?? ''
      if (f.reproductive_health_affirmation === true) return { outcome: 'pass', values: { state } }
      if (f.reproductive_health_affirmation === false) return { outcome: 'fail', values: { state } }
      return { outcome: 'needs_review', values: { state } }
    },
    explanation: {
      pass: 'The requester from {state} affirmed that the demand does not concern lawful reproductive health services.',
      fail: 'The requester from {state} did not affirm that the demand is unrelated to lawful reproductive health services.',
      needs_review:
        'The demand comes from {state}; no affirmation about reproductive health services is on file.',
    },
    action: {
      pass: 'None.',
      fail: 'Decline unless the requester gives the affirmation or enough facts to decide.',
      needs_review: 'Ask the requester for the affirmation.',
    },
  },
]
