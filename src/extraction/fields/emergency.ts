/**
 * Emergency requests: disclosure asked for because of an imminent danger to life or of serious
 * injury (18 U.S.C. 2702(b)(8) and (c)(4), and the same idea in other systems).
 */
import type { InstrumentType } from '../../core/demand/index.js'
import type { Field } from '../types.js'
import { cue, findCues, negatedBefore, type CueHit } from './cues.js'
import { uni } from './uni.js'

export const EMERGENCY_CUES = [
  cue(/\bemergency\s+(?:disclosure|data|information)?\s*request\b/i, 3, 'emergency-request'),
  cue(/\bexigent\s+(?:circumstances|requests?|situation|letters?)\b/i, 3, 'exigent'),
  cue(/\b(?:imminent|immediate)\s+(?:danger|threat|risk)\b[^.]{0,60}\b(?:death|serious (?:physical|bodily) (?:injury|harm)|life)\b/i, 3, 'imminent-danger'),
  cue(/\b(?:danger|threat|risk) (?:of|to) (?:death|life)\b/i, 2.5, 'danger-to-life'),
  cue(/\b2702\s*\(\s*(?:b\s*\)\s*\(\s*8|c\s*\)\s*\(\s*4)\s*\)/i, 3, '2702-emergency'),
  cue(/\blife[- ]threatening\b/i, 2, 'life-threatening'),
  // "we remind you the importance of this case as a national emergency": presented as one.
  cue(/\b(?:as|is|constitutes|represents) an? (?:national |real |genuine |true )?emergency\b(?! (?:contact|number|line|services?|room|department|hotline))/i, 3, 'presented-as-emergency'),
  cue(/\b(?:solicitud|petición|requerimiento) (?:de|por) (?:emergencia|urgencia)\b/i, 3, 'es'),
  cue(/\b(?:riesgo|peligro) (?:inminente|grave)\b[^.]{0,40}\b(?:vida|integridad)\b/i, 3, 'es-danger'),
  cue(/\b(?:pedido|solicitação|requisição) (?:de )?emergência\b/i, 3, 'pt'),
  cue(/\brisco (?:iminente|concreto)\b[^.]{0,40}\b(?:vida|integridade)\b/i, 3, 'pt-danger'),
  cue(/\b(?:demande|réquisition) (?:d'urgence|urgente)\b|\burgence vitale\b|\bdanger imminent\b|\bmenace (?:pour|contre) la vie\b/i, 3, 'fr'),
  cue(/\bNotfall(?:anfrage|ersuchen)?\b|\bGefahr für Leib(?:,| oder| und) Leben\b|\bunmittelbare(?:n)? Gefahr\b|\bEilersuchen\b|\bEilauskunft\b|\bSuizidgefahr\b|\bLebensgefahr\b/i, 3, 'de'),
  cue(/экстренн\w*|угроз\w* (?:жизни|для жизни)/i, 3, 'ru'),
  cue(/紧急(?:请求|调取|情况)|生命危险|危及生命/u, 3, 'zh'),
  cue(/\bacil (?:durum|talep)\b|\bhayati tehlike\b/i, 3, 'tr'),
]

const NEGATION = uni(/\b(?:not|no|non|without|sin|sem|sans|kein\w*|не|без)\b[- ]{0,2}(?:an?\s+)?$/i)

/** Emergency cues not denied just before ("this is not an emergency request"). */
export function affirmedEmergency(text: string, hits: CueHit[]): CueHit[] {
  return hits.filter((h) => !negatedBefore(text, h.span.start, NEGATION, 20))
}

export function extractEmergency(text: string, instrument: InstrumentType): Field<boolean> {
  const hits = affirmedEmergency(text, findCues(text, EMERGENCY_CUES))
  if (instrument === 'emergency_disclosure_request') {
    return { value: true, confidence: 0.9, evidence: hits.slice(0, 3).map((h) => h.span) }
  }
  const weight = hits.reduce((a, h) => a + h.cue.weight, 0)
  if (weight >= 3) return { value: true, confidence: Math.min(0.9, 0.5 + weight * 0.08), evidence: hits.slice(0, 3).map((h) => h.span) }
  return { value: false, confidence: hits.length > 0 ? 0.5 : 0.8, evidence: [] }
}
