/**
 * XB: cross-border demands. A foreign government asking a US provider directly cannot get
 * content (the SCA forbids divulging it); the routes are a mutual legal assistance request,
 * letters rogatory, or a request under a CLOUD Act agreement. The other way round, US process
 * for a foreigner's data may conflict with a qualifying foreign government's law: the provider
 * then has 14 days to move to quash.
 */
import { addDays, toMillis } from '../dates.js'
import type { DemandFacts } from '../facts.js'
import { isEmergency, isForeignRequest, isUsProcess, requests } from '../scope.js'
import type { Rule } from '../types.js'

const FORMAL_ROUTES = new Set(['mlat', 'letters_rogatory', 'cloud_act_agreement'])

function authority(f: DemandFacts): string {
  const j = f.issuing_authority.jurisdiction
  return j ? `${f.issuing_authority.name} (${j})` : f.issuing_authority.name
}

function foreignTarget(f: DemandFacts): boolean {
  const country = f.target_country?.toUpperCase()
  return f.target_is_us_person === false || (country != null && country !== '' && country !== 'US')
}

export const XB_RULES: readonly Rule[] = [
  {
    id: 'XB.FOREIGN.CONTENT_VIA_MLAT',
    family: 'XB',
    kind: 'law',
    title: 'Foreign requests for content go through MLAT or a CLOUD Act agreement',
    citation:
      '18 U.S.C. § 2702(a) (no divulging of contents); MLAT, letters rogatory or CLOUD Act agreement route (Apple, GitHub, Discord, Meta guidelines)',
    confidence: 'confirmed',
    severity: 'critical',
    effect: 'decline',
    appliesTo: (f) => isForeignRequest(f) && requests(f, 'content') && !isEmergency(f),
    check: (f) => {
      const route = f.foreign_route
      if (route && FORMAL_ROUTES.has(route))
        return { outcome: 'pass', values: { authority: authority(f), route: route.replaceAll('_', ' ') } }
      return { outcome: 'fail', values: { authority: authority(f) }, excluded_categories: ['content'] }
    },
    explanation: {
      pass: 'The request from {authority} for content arrived through a formal route ({route}).',
      fail: '{authority} asks a US provider directly for contents of communications. US law does not let the provider hand content to a foreign government on its own request.',
      needs_review: 'Not applicable.',
    },
    action: {
      pass: 'Answer the US process that the formal route produces.',
      fail: 'Decline and point the authority to a mutual legal assistance request (MLAT), letters rogatory, or a CLOUD Act agreement request.',
      needs_review: 'None.',
    },
  },
  {
    id: 'XB.FOREIGN.ROUTE_VIA_MLAT',
    family: 'XB',
    kind: 'policy',
    title: 'Foreign requests for other data also take the formal route',
    citation:
      'GitHub, Discord and Mozilla guidelines (foreign requests through DOJ OIA, MLAT or letters rogatory)',
    confidence: 'confirmed',
    severity: 'medium',
    effect: 'decline',
    appliesTo: (f) =>
      isForeignRequest(f) && !isEmergency(f) && f.data_categories_requested.some((c) => c !== 'content'),
    check: (f) => {
      const route = f.foreign_route
      if (route && FORMAL_ROUTES.has(route)) return { outcome: 'pass', values: { authority: authority(f) } }
      return { outcome: 'fail', values: { authority: authority(f) } }
    },
    explanation: {
      pass: 'The request from {authority} came through a formal route.',
      fail: "{authority} asks directly for non-content data; the operator's policy answers foreign governments only through formal legal assistance.",
      needs_review: 'Not applicable.',
    },
    action: {
      pass: 'None.',
      fail: 'Decline and explain the MLAT or letters-rogatory route.',
      needs_review: 'None.',
    },
  },
  {
    id: 'XB.CLOUD.QUASH_WINDOW_14_DAYS',
    family: 'XB',
    kind: 'law',
    title: 'Non-US customer and a qualifying foreign government: 14 days to move to quash',
    citation: '18 U.S.C. § 2703(h) (CLOUD Act comity motion); 18 U.S.C. § 2713',
    confidence: 'secondary',
    severity: 'high',
    effect: 'note',
    appliesTo: (f) => isUsProcess(f) && foreignTarget(f),
    check: (f, _policy, now) => {
      const deadline = addDays(f.served_at, 14)
      const passed = deadline !== null && (toMillis(now) ?? 0) > (toMillis(`${deadline}T23:59:59Z`) ?? 0)
      const country = f.target_country ?? 'a country outside the US'
      const window = deadline
        ? `${passed ? 'ended' : 'ends'} on ${deadline}`
        : 'runs 14 days from service (service date not recorded)'
      if (f.qualifying_foreign_government === false) return { outcome: 'pass', values: { country } }
      return {
        outcome: 'needs_review',
        severity: f.qualifying_foreign_government === true ? 'high' : 'medium',
        values: {
          country,
          window,
          qualifying: f.qualifying_foreign_government === true ? 'has' : 'may have',
        },
      }
    },
    explanation: {
      pass: 'The customer is outside the US ({country}), but that country has no CLOUD Act agreement: only common-law comity applies.',
      fail: 'Not applicable.',
      needs_review:
        'The customer is not a US person ({country}), which {qualifying} a CLOUD Act agreement. If disclosure would risk breaking its law, the provider may move to quash; the window {window}.',
    },
    action: {
      pass: 'Counsel may still raise comity if the foreign law conflicts.',
      fail: 'None.',
      needs_review: 'Counsel checks for a conflict with the foreign law before the window closes.',
    },
  },
]
