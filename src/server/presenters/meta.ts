/** Vocabularies with their labels, so the UI never hard-codes a legal term. */
import {
  AUTHORITY_KINDS,
  CHANNELS,
  DATA_CATEGORIES,
  DATA_CATEGORY_LABELS,
  INSTRUMENT_LABELS,
  INSTRUMENT_TYPES,
  NONDISCLOSURE_BASES,
  SPEECH_PROFILES,
  TARGET_KINDS,
} from '../../core/demand/index.js'
import { DEMAND_EVENT_TYPES, DEMAND_STATES, EVENT_LABELS, isTransitionEvent, SETTLED_STATES, STATE_LABELS } from '../../core/workflow/index.js'
import { EVENT_FORMS } from './event-forms.js'

const humanise = (v: string) => v.charAt(0).toUpperCase() + v.slice(1).replaceAll('_', ' ')
const list = (values: readonly string[], labels?: Record<string, string>) =>
  values.map((value) => ({ value, label: labels?.[value] ?? humanise(value) }))

export function presentMeta() {
  return {
    states: list(DEMAND_STATES, STATE_LABELS).map((s) => ({ ...s, settled: SETTLED_STATES.has(s.value as never) })),
    instruments: list(INSTRUMENT_TYPES, INSTRUMENT_LABELS),
    data_categories: list(DATA_CATEGORIES, DATA_CATEGORY_LABELS),
    authority_kinds: list(AUTHORITY_KINDS),
    target_kinds: list(TARGET_KINDS),
    speech_profiles: list(SPEECH_PROFILES),
    nondisclosure_bases: list(NONDISCLOSURE_BASES, {
      court_order: 'Court order',
      statute: 'Statute',
      request: 'Mere request (not binding by itself)',
    }),
    channels: [...CHANNELS],
    event_types: list(DEMAND_EVENT_TYPES, EVENT_LABELS).map((e) => ({
      ...e,
      kind: isTransitionEvent(e.value as never) ? 'transition' : 'record',
    })),
    event_forms: EVENT_FORMS,
  }
}
